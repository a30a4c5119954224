CREATE INDEX audit_log_at ON audit_log(at);

CREATE INDEX audit_log_object ON audit_log(object_type, object_id);

CREATE INDEX audit_log_user ON audit_log(user_id, at);

CREATE INDEX behovsmelding_runde ON behovsmelding(runde_id, ordning, status);

CREATE INDEX epost_created ON epost(created_at);

CREATE INDEX epost_due ON epost(state, next_attempt_at) WHERE state = 'venter';

CREATE INDEX innstilling_forum_innstilling ON innstilling_forum(innstilling_id, id);

CREATE INDEX innstilling_linje_behovsmelding ON innstilling_linje(innstilling_id, behovsmelding_id);

CREATE INDEX login_attempt_address ON login_attempt(address, at);

CREATE INDEX login_attempt_email ON login_attempt(email, at);

CREATE INDEX nettverk_invitert_organisation ON nettverk_invitert(organisation_id);

CREATE INDEX nettverksdokument_nettverk ON nettverksdokument(kompetansenettverk_id);

CREATE INDEX nettverksmote_nettverk ON nettverksmote(kompetansenettverk_id, date);

CREATE INDEX organisation_region ON organisation(region_id);

CREATE INDEX partnerskap_part_organisation ON partnerskap_part(organisation_id);

CREATE INDEX partnerskap_region ON partnerskap(region_id);

CREATE INDEX rapport_partnerskap ON rapport(partnerskap_id);

CREATE INDEX rekom30_forum_runde ON rekom30_forum(runde_id, id);

CREATE UNIQUE INDEX role_grant_unique ON role_grant(user_id, role, ifnull(organisation_id, 0), ifnull(kompetansenettverk_id, 0), ifnull(sector, ''));

CREATE INDEX role_grant_user ON role_grant(user_id);

CREATE INDEX session_expires ON session(expires_at);

CREATE INDEX session_user ON session(user_id);

CREATE INDEX varsel_user ON varsel(user_id, created_at);

CREATE INDEX varsel_waiting ON varsel(state, user_id) WHERE state = 'venter';

CREATE INDEX vurdering_behovsmelding ON vurdering(behovsmelding_id, id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    user_name TEXT,
    acting_role TEXT,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT,
    before_json TEXT,
    after_json TEXT
);

CREATE TABLE "behovsmelding" (
    id INTEGER PRIMARY KEY,
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'til_uh', 'levert')),
    forankring TEXT NOT NULL DEFAULT '' CHECK (length(forankring) <= 4000),
    kollektive_prosesser TEXT NOT NULL DEFAULT '' CHECK (length(kollektive_prosesser) <= 4000),
    partnerskap_svar TEXT NOT NULL DEFAULT '' CHECK (length(partnerskap_svar) <= 4000),
    uh_laererutdanning TEXT NOT NULL DEFAULT '' CHECK (length(uh_laererutdanning) <= 4000),
    enheter TEXT NOT NULL DEFAULT '' CHECK (length(enheter) <= 2000),
    kontaktperson TEXT NOT NULL DEFAULT '' CHECK (length(kontaktperson) <= 200),
    -- The partner's comment when it last returned the behovsmelding to the owner.
    return_comment TEXT CHECK (return_comment IS NULL OR length(return_comment) <= 2000),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    delivered_at TEXT,
    deadline_extended_to TEXT CHECK (deadline_extended_to IS NULL OR date(deadline_extended_to) = deadline_extended_to),
    deadline_extension_reason TEXT CHECK (deadline_extension_reason IS NULL OR length(deadline_extension_reason) BETWEEN 1 AND 2000),
    -- R2: one per partnership, ordning and round.
    UNIQUE (partnerskap_id, runde_id, ordning)
);

CREATE TABLE behovsmelding_uh_signatur (
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    signed_at TEXT NOT NULL,
    signed_by_user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    PRIMARY KEY (behovsmelding_id, organisation_id)
);

CREATE TABLE "commitment_answer" (
    decision_year INTEGER NOT NULL,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE RESTRICT,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    year INTEGER NOT NULL CHECK (year > decision_year),
    eier INTEGER NOT NULL CHECK (eier >= 0),
    uh INTEGER NOT NULL CHECK (uh >= 0),
    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
    accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
    answered_at TEXT NOT NULL,
    PRIMARY KEY (decision_year, ordning, behovsmelding_id, tiltak_nummer, year)
);

CREATE TABLE epost (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    to_address TEXT NOT NULL CHECK (length(to_address) BETWEEN 3 AND 254),
    to_name TEXT NOT NULL,
    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body TEXT NOT NULL,
    -- Stable across retries, so a receiver can tell a second delivery of the same message.
    message_id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    -- 'venter': to be sent at next_attempt_at; 'sendt'; 'holdt': no mail server configured,
    -- kept for the «Sendt e-post» page.
    state TEXT NOT NULL DEFAULT 'venter' CHECK (state IN ('venter', 'sendt', 'holdt')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT
);

CREATE TABLE felles_tiltak (
    id INTEGER PRIMARY KEY,
    behandling_id INTEGER NOT NULL REFERENCES nettverk_behandling(id) ON DELETE CASCADE,
    note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 2000)
);

CREATE TABLE felles_tiltak_medlem (
    felles_tiltak_id INTEGER NOT NULL REFERENCES felles_tiltak(id) ON DELETE CASCADE,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    PRIMARY KEY (felles_tiltak_id, behovsmelding_id, tiltak_nummer)
);

CREATE TABLE "innstilling" (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    nummer INTEGER NOT NULL CHECK (nummer >= 1),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'forelopig', 'vedtatt')),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    vedtak_date TEXT,
    expected_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(expected_json)),
    UNIQUE (runde_id, ordning, nummer)
);

CREATE TABLE innstilling_forum (
    id INTEGER PRIMARY KEY,
    innstilling_id INTEGER NOT NULL REFERENCES innstilling(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('kommentar', 'godkjent')),
    text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 2000)
);

CREATE TABLE innstilling_linje (
    innstilling_id INTEGER NOT NULL REFERENCES innstilling(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    behovsmelding_id INTEGER NOT NULL,
    line_json TEXT NOT NULL CHECK (json_valid(line_json)),
    PRIMARY KEY (innstilling_id, position)
) WITHOUT ROWID;

CREATE TABLE kalender_nokkel (
    user_id INTEGER PRIMARY KEY REFERENCES user(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE kompetansenettverk (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
    type TEXT NOT NULL CHECK (type IN ('barnehage', 'skole')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    UNIQUE (region_id, type)
);

CREATE TABLE kompetanseplan (
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    version INTEGER NOT NULL CHECK (version >= 1),
    basis TEXT NOT NULL CHECK (length(basis) BETWEEN 1 AND 4000),
    goals TEXT NOT NULL CHECK (length(goals) BETWEEN 1 AND 4000),
    measures TEXT NOT NULL CHECK (length(measures) BETWEEN 1 AND 4000),
    ways_of_working TEXT NOT NULL CHECK (length(ways_of_working) BETWEEN 1 AND 4000),
    funds TEXT NOT NULL CHECK (length(funds) BETWEEN 1 AND 4000),
    timeframe TEXT NOT NULL CHECK (length(timeframe) BETWEEN 1 AND 4000),
    -- What changed from the version before; empty for the first.
    change_note TEXT NOT NULL DEFAULT '' CHECK (length(change_note) <= 2000),
    published_by TEXT NOT NULL CHECK (length(published_by) BETWEEN 1 AND 200),
    published_at TEXT NOT NULL,
    PRIMARY KEY (kompetansenettverk_id, version)
);

CREATE TABLE login_attempt (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    at TEXT NOT NULL,
    succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
);

CREATE TABLE "nettverk_behandling" (
    id INTEGER PRIMARY KEY,
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    forwarded_at TEXT,
    forwarded_by TEXT,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    UNIQUE (kompetansenettverk_id, runde_id, ordning)
);

CREATE TABLE nettverk_invitert (
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    role_text TEXT NOT NULL CHECK (length(role_text) BETWEEN 1 AND 200),
    invited_at TEXT NOT NULL,
    invited_by TEXT NOT NULL CHECK (length(invited_by) BETWEEN 1 AND 200),
    PRIMARY KEY (kompetansenettverk_id, organisation_id)
);

CREATE TABLE nettverk_prioritet (
    behandling_id INTEGER NOT NULL REFERENCES nettverk_behandling(id) ON DELETE CASCADE,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    PRIMARY KEY (behandling_id, behovsmelding_id)
);

CREATE TABLE nettverksdokument (
    id INTEGER PRIMARY KEY,
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 5 AND 104),
    readers TEXT NOT NULL CHECK (readers IN ('alle', 'medlemmer')),
    content BLOB NOT NULL CHECK (length(content) BETWEEN 5 AND 5242880 AND substr(content, 1, 5) = CAST('%PDF-' AS BLOB)),
    uploaded_by TEXT NOT NULL CHECK (length(uploaded_by) BETWEEN 1 AND 200),
    uploaded_at TEXT NOT NULL
);

CREATE TABLE nettverksmote (
    id INTEGER PRIMARY KEY,
    kompetansenettverk_id INTEGER NOT NULL REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    date TEXT NOT NULL CHECK (date(date) = date),
    time_text TEXT NOT NULL DEFAULT '' CHECK (length(time_text) <= 200),
    what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
    responsible TEXT NOT NULL CHECK (length(responsible) BETWEEN 1 AND 200),
    form TEXT NOT NULL CHECK (form IN ('digital', 'fysisk')),
    place TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, minutes TEXT NOT NULL DEFAULT '' CHECK (length(minutes) <= 4000));

CREATE TABLE "organisation" (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('kommune', 'fylkeskommune', 'privat_eier', 'uh', 'fagskole', 'nasjonalt_senter', 'statsforvalter')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    orgnr TEXT NOT NULL UNIQUE CHECK (length(orgnr) = 9 AND orgnr NOT GLOB '*[^0-9]*'),
    kommunenummer TEXT CHECK (kommunenummer IS NULL OR (length(kommunenummer) = 4 AND kommunenummer NOT GLOB '*[^0-9]*')),
    region_id INTEGER REFERENCES region(id) ON DELETE RESTRICT,
    saerlige_utfordringer INTEGER NOT NULL DEFAULT 0 CHECK (saerlige_utfordringer IN (0, 1)),
    oppfolgingsordningen INTEGER NOT NULL DEFAULT 0 CHECK (oppfolgingsordningen IN (0, 1)),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
, malform TEXT NOT NULL DEFAULT 'noytral'
    CHECK (malform IN ('bokmal', 'nynorsk', 'noytral')));

CREATE TABLE partnerskap (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    region_id INTEGER NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
    avtale_hvem TEXT NOT NULL DEFAULT '' CHECK (length(avtale_hvem) <= 4000),
    avtale_hva TEXT NOT NULL DEFAULT '' CHECK (length(avtale_hva) <= 4000),
    avtale_naar TEXT NOT NULL DEFAULT '' CHECK (length(avtale_naar) <= 4000),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE partnerskap_part (
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    side TEXT NOT NULL CHECK (side IN ('eier', 'uh')),
    position INTEGER NOT NULL CHECK (position >= 0),
    -- R8: signed the current agreement text; cleared when the text or the parties change.
    signed_at TEXT,
    signed_by_user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    -- The latest reminder to sign, shown on this party's home page until it signs.
    reminded_at TEXT,
    PRIMARY KEY (partnerskap_id, organisation_id)
);

CREATE TABLE password_token (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT
);

CREATE TABLE "rapport" (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    -- 'aar': the report on the year; 'halvaar': the half-year report.
    kind TEXT NOT NULL CHECK (kind IN ('aar', 'halvaar')),
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    side TEXT NOT NULL CHECK (side IN ('eier', 'uh')),
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'sendt', 'returnert', 'godkjent')),
    -- The Statsforvalter's comment when it last returned the report.
    return_comment TEXT NOT NULL DEFAULT '' CHECK (length(return_comment) <= 2000),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (runde_id, ordning, kind, partnerskap_id, organisation_id)
);

CREATE TABLE rapport_linje (
    rapport_id INTEGER NOT NULL REFERENCES rapport(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE RESTRICT,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    title TEXT NOT NULL CHECK (length(title) <= 200),
    granted INTEGER NOT NULL CHECK (granted >= 0),
    used INTEGER CHECK (used IS NULL OR used >= 0),
    done TEXT NOT NULL DEFAULT '' CHECK (length(done) <= 4000),
    participants TEXT NOT NULL DEFAULT '' CHECK (length(participants) <= 4000),
    against_plan TEXT NOT NULL DEFAULT '' CHECK (length(against_plan) <= 4000),
    outcome TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 4000),
    deviation TEXT NOT NULL DEFAULT '' CHECK (length(deviation) <= 4000),
    PRIMARY KEY (rapport_id, position)
);

CREATE TABLE "rapport_paminnelse" (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    kind TEXT NOT NULL CHECK (kind IN ('aar', 'halvaar')),
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (runde_id, ordning, kind, partnerskap_id, organisation_id)
);

CREATE TABLE region (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    fylke TEXT NOT NULL CHECK (length(fylke) = 2)
);

CREATE TABLE rekom30_fordeling (
    runde_id INTEGER PRIMARY KEY REFERENCES runde(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'forelopig', 'vedtatt')),
    tillegg INTEGER NOT NULL DEFAULT 0 CHECK (tillegg >= 0),
    choices_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(choices_json)),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    vedtak_date TEXT
);

CREATE TABLE rekom30_forum (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('kommentar', 'godkjent')),
    text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 2000)
);

CREATE TABLE rekom30_linje (
    soknad_id INTEGER NOT NULL REFERENCES rekom30_soknad(id) ON DELETE CASCADE,
    nummer INTEGER NOT NULL CHECK (nummer BETWEEN 1 AND 20),
    formal TEXT NOT NULL CHECK (formal IN ('ablu', 'fagbrev', 'assistenter', 'veiledning', 'tilrettelegging')),
    barnehage TEXT NOT NULL DEFAULT '' CHECK (length(barnehage) <= 200),
    person TEXT NOT NULL DEFAULT '' CHECK (length(person) <= 200),
    studium TEXT NOT NULL DEFAULT '' CHECK (length(studium) <= 200),
    semester INTEGER NOT NULL DEFAULT 0 CHECK (semester BETWEEN 0 AND 10000),
    semestre INTEGER NOT NULL DEFAULT 0 CHECK (semestre BETWEEN 0 AND 10000),
    dispensasjoner_barnehage INTEGER NOT NULL DEFAULT 0 CHECK (dispensasjoner_barnehage BETWEEN 0 AND 10000),
    belop INTEGER NOT NULL DEFAULT 0 CHECK (belop >= 0),
    PRIMARY KEY (soknad_id, nummer)
);

CREATE TABLE rekom30_soknad (
    id INTEGER PRIMARY KEY,
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'sendt')),
    dispensasjoner_kommune INTEGER NOT NULL DEFAULT 0 CHECK (dispensasjoner_kommune BETWEEN 0 AND 10000),
    kontaktperson TEXT NOT NULL DEFAULT '' CHECK (length(kontaktperson) <= 200),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (runde_id, organisation_id)
);

CREATE TABLE role_grant (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('eier', 'uh', 'nettverksleder', 'fagutvalg', 'statsforvalter', 'samarbeidsforum')),
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
    kompetansenettverk_id INTEGER REFERENCES kompetansenettverk(id) ON DELETE RESTRICT,
    sector TEXT CHECK (sector IS NULL OR sector IN ('barnehage', 'grunnskole', 'videregaende')),
    CHECK (
        (role IN ('eier', 'uh') AND organisation_id IS NOT NULL AND kompetansenettverk_id IS NULL AND sector IS NULL) OR
        (role = 'nettverksleder' AND kompetansenettverk_id IS NOT NULL AND organisation_id IS NULL AND sector IS NULL) OR
        (role = 'fagutvalg' AND sector IS NOT NULL AND organisation_id IS NULL AND kompetansenettverk_id IS NULL) OR
        (role IN ('statsforvalter', 'samarbeidsforum') AND organisation_id IS NULL AND kompetansenettverk_id IS NULL AND sector IS NULL)
    )
);

CREATE TABLE runde (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2200),
    opens_on TEXT NOT NULL,
    behovsmelding_deadline TEXT NOT NULL,
    nettverk_deadline TEXT NOT NULL,
    fagutvalg_deadline TEXT NOT NULL,
    tildelingsbrev_deadline TEXT NOT NULL,
    rekom30_opens_on TEXT NOT NULL,
    rekom30_deadline TEXT NOT NULL,
    rekom30_allocated_after TEXT NOT NULL,
    report_deadline TEXT NOT NULL
, rules_locked_at TEXT, half_year_report_deadline TEXT
    CHECK (half_year_report_deadline IS NULL OR date(half_year_report_deadline) = half_year_report_deadline));

CREATE TABLE "runde_ordning" (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE CASCADE,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30 AND ordning NOT GLOB '*[^a-z0-9-]*' AND ordning GLOB '[a-z]*'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    short_name TEXT NOT NULL CHECK (length(short_name) BETWEEN 1 AND 40),
    -- Comma-separated codes, each list in the order the form shows them.
    sectors TEXT NOT NULL CHECK (length(sectors) BETWEEN 1 AND 200),
    target_groups TEXT NOT NULL CHECK (length(target_groups) BETWEEN 1 AND 200),
    network_kinds TEXT NOT NULL CHECK (length(network_kinds) BETWEEN 1 AND 200),
    partner_kinds TEXT NOT NULL CHECK (length(partner_kinds) BETWEEN 1 AND 200),
    report INTEGER NOT NULL DEFAULT 1 CHECK (report IN (0, 1)),
    position INTEGER NOT NULL CHECK (position >= 1),
    budget INTEGER NOT NULL CHECK (budget >= 0),
    max_tiltak INTEGER NOT NULL CHECK (max_tiltak >= 1),
    coordinator_max_bp INTEGER NOT NULL CHECK (coordinator_max_bp BETWEEN 0 AND 10000),
    coordinator_min_kommuner INTEGER NOT NULL CHECK (coordinator_min_kommuner >= 1),
    max_years INTEGER NOT NULL CHECK (max_years >= 1),
    multi_year_max_bp INTEGER NOT NULL CHECK (multi_year_max_bp BETWEEN 0 AND 10000),
    via_behovsmelding_bp INTEGER NOT NULL CHECK (via_behovsmelding_bp BETWEEN 0 AND 10000),
    egenandel_bp INTEGER NOT NULL CHECK (egenandel_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (runde_id, ordning)
);

CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    role_grant_id INTEGER REFERENCES role_grant(id) ON DELETE SET NULL,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE "stopped_commitment" (
    decision_year INTEGER NOT NULL,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE RESTRICT,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    from_year INTEGER NOT NULL CHECK (from_year > decision_year),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    stopped_at TEXT NOT NULL,
    PRIMARY KEY (decision_year, ordning, behovsmelding_id, tiltak_nummer)
);

CREATE TABLE tiltak (
    id INTEGER PRIMARY KEY,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    nummer INTEGER NOT NULL CHECK (nummer BETWEEN 1 AND 50),
    title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    fase TEXT CHECK (fase IS NULL OR fase IN ('vurdering', 'planlegging', 'gjennomforing')),
    hva_skal_gjores TEXT NOT NULL DEFAULT '' CHECK (length(hva_skal_gjores) <= 4000),
    hvem_gjor_hva TEXT NOT NULL DEFAULT '' CHECK (length(hvem_gjor_hva) <= 4000),
    deltakere TEXT NOT NULL DEFAULT '' CHECK (length(deltakere) <= 2000),
    varighet_aar INTEGER NOT NULL DEFAULT 1 CHECK (varighet_aar BETWEEN 1 AND 10),
    koordinator INTEGER NOT NULL DEFAULT 0 CHECK (koordinator >= 0),
    koordinator_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(koordinator_begrunnelse) <= 2000), plan_goal TEXT NOT NULL DEFAULT '' CHECK (length(plan_goal) <= 4000),
    UNIQUE (behovsmelding_id, nummer)
);

CREATE TABLE tiltak_aar (
    tiltak_id INTEGER NOT NULL REFERENCES tiltak(id) ON DELETE CASCADE,
    aar INTEGER NOT NULL CHECK (aar BETWEEN 1 AND 10),
    eier INTEGER NOT NULL DEFAULT 0 CHECK (eier >= 0),
    uh INTEGER NOT NULL DEFAULT 0 CHECK (uh >= 0),
    PRIMARY KEY (tiltak_id, aar)
);

CREATE VIRTUAL TABLE tiltak_sok USING fts5(
    tittel, innhold, tema,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE 'tiltak_sok_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'tiltak_sok_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

CREATE TABLE 'tiltak_sok_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'tiltak_sok_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'tiltak_sok_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE ubrukte_midler (
    runde_id INTEGER NOT NULL REFERENCES runde(id) ON DELETE RESTRICT,
    ordning TEXT NOT NULL CHECK (length(ordning) BETWEEN 2 AND 30),
    partnerskap_id INTEGER NOT NULL REFERENCES partnerskap(id) ON DELETE RESTRICT,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    decision TEXT NOT NULL CHECK (decision IN ('tilbakebetales', 'brukes_neste_var')),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    decided_at TEXT NOT NULL,
    PRIMARY KEY (runde_id, ordning, partnerskap_id)
);

CREATE TABLE user (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email TEXT NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    password_hash TEXT,
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT NOT NULL
, language TEXT CHECK (language IS NULL OR language IN ('bokmal', 'nynorsk')));

CREATE TABLE varsel (
    id INTEGER PRIMARY KEY,
    -- The event, unique per person: a change's notice is written once, a reminder once per
    -- deadline and person however often the reminders are looked for.
    event_key TEXT NOT NULL CHECK (length(event_key) BETWEEN 1 AND 200),
    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    -- What the text needs (names, ids), as a JSON object of strings.
    params_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- 'venter' until it is put into an e-mail ('epost'), or left out by the person's choice ('ingen').
    state TEXT NOT NULL DEFAULT 'venter' CHECK (state IN ('venter', 'epost', 'ingen')),
    epost_id INTEGER REFERENCES epost(id) ON DELETE SET NULL,
    UNIQUE (event_key, user_id)
);

CREATE TABLE varsel_valg (
    user_id INTEGER PRIMARY KEY REFERENCES user(id) ON DELETE CASCADE,
    choice TEXT NOT NULL CHECK (choice IN ('straks', 'daglig', 'paminnelser', 'av')),
    updated_at TEXT NOT NULL
);

CREATE TABLE vurdering (
    id INTEGER PRIMARY KEY,
    behovsmelding_id INTEGER NOT NULL REFERENCES behovsmelding(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES user(id) ON DELETE SET NULL,
    user_name TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    forankring_oppfylt INTEGER NOT NULL CHECK (forankring_oppfylt IN (0, 1)),
    forankring_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(forankring_begrunnelse) <= 2000),
    kollektive_oppfylt INTEGER NOT NULL CHECK (kollektive_oppfylt IN (0, 1)),
    kollektive_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(kollektive_begrunnelse) <= 2000),
    partnerskap_oppfylt INTEGER NOT NULL CHECK (partnerskap_oppfylt IN (0, 1)),
    partnerskap_begrunnelse TEXT NOT NULL DEFAULT '' CHECK (length(partnerskap_begrunnelse) <= 2000),
    prioritet INTEGER CHECK (prioritet IS NULL OR prioritet BETWEEN 1 AND 5),
    kommentar TEXT NOT NULL DEFAULT '' CHECK (length(kommentar) <= 4000),
    oppfolging_samsvar INTEGER NOT NULL DEFAULT 0 CHECK (oppfolging_samsvar IN (0, 1))
);

CREATE TABLE vurdering_anbefaling (
    vurdering_id INTEGER NOT NULL REFERENCES vurdering(id) ON DELETE CASCADE,
    tiltak_nummer INTEGER NOT NULL CHECK (tiltak_nummer >= 1),
    belop INTEGER NOT NULL CHECK (belop >= 0),
    PRIMARY KEY (vurdering_id, tiltak_nummer)
);

CREATE TRIGGER tiltak_sok_delete AFTER DELETE ON tiltak BEGIN
    DELETE FROM tiltak_sok WHERE rowid = old.id;
END;

CREATE TRIGGER tiltak_sok_insert AFTER INSERT ON tiltak BEGIN
    INSERT INTO tiltak_sok (rowid, tittel, innhold, tema) VALUES (
        new.id,
        replace(replace(replace(replace(replace(replace(new.title, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.hva_skal_gjores || ' ' || new.hvem_gjor_hva || ' ' || new.deltakere,
            'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.plan_goal, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a')
    );
END;

CREATE TRIGGER tiltak_sok_update AFTER UPDATE ON tiltak BEGIN
    DELETE FROM tiltak_sok WHERE rowid = old.id;
    INSERT INTO tiltak_sok (rowid, tittel, innhold, tema) VALUES (
        new.id,
        replace(replace(replace(replace(replace(replace(new.title, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.hva_skal_gjores || ' ' || new.hvem_gjor_hva || ' ' || new.deltakere,
            'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.plan_goal, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a')
    );
END;
