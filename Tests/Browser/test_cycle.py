"""The yearly cycle in a real browser, each step as the demo user who does it, by following
links and filling labelled fields: partnership → behovsmelding with a rule error that is fixed →
UH signs → the deadline passes → network forwards → fagutvalg assesses → innstilling suggested
and sent → forum approves → vedtak → the owner opens the grant letter → the next round: the owner
answers what a two-year tiltak needs in its second year and the Statsforvalter accepts it. Once
with JavaScript on (axe on every page visited), once with it off."""
from datetime import date

import pytest

from conftest import Server

# The day after round 2027's deadline for behovsmeldinger: the network forwards then.
AFTER_DEADLINE = "2026-12-16"
# In the next round, before its deadline.
NEXT_YEAR = "2027-11-23"
from person import Site, browser
from selenium.webdriver.common.by import By

COORDINATOR = "Beløp til koordinator, alle år (kr)"
COORDINATOR_WHY = "Hvorfor trenger tiltaket koordinator?"


@pytest.fixture(params=[True, False], ids=["javascript", "uten-javascript"])
def person(request):
    server = Server()
    driver = browser(javascript=request.param)
    site = Site(driver, server.base, javascript=request.param)
    site.servers = [server]
    yield site
    driver.quit()
    for running in reversed(site.servers):  # the first one's folder holds the database
        running.stop()


def restart_on(s, today):
    """Restarts the server on another day, with the same database."""
    s.servers[-1].stop(keep=True)
    s.servers.append(Server(db=s.servers[0].db, today=today))
    s.base = s.servers[-1].base


def test_the_yearly_cycle(person):
    s = person

    # The owner forms a partnership with a university and signs the agreement.
    s.login("eier.bodo@demo.no")
    s.follow("Nytt partnerskap")
    s.fill("Navn på partnerskapet", "Bodø lesepartnerskap")
    s.fill("Region", "Salten")
    s.tick("Nord universitet")
    s.fill("Hvem som gjør hva", "Bodø kommune leder arbeidet; Nord universitet veileder.")
    s.fill("Hva partnerskapet handler om", "Språk og lesing i barnehagene.")
    s.fill("Når ting skjer", "Oppstart januar, samlinger hver måned.")
    s.press("Opprett partnerskapet")
    assert s.has("Partnerskapet er opprettet.")
    s.press("Signer avtalen")
    assert s.has("Dere har signert partnerskapsavtalen.")
    s.logout()

    # The university signs too.
    s.login("uh.nord@demo.no")
    s.follow("Bodø lesepartnerskap")
    s.press("Signer avtalen")
    s.logout()

    # The owner writes the behovsmelding with one tiltak.
    s.login("eier.bodo@demo.no")
    s.follow("Bodø lesepartnerskap")
    s.press("Start behovsmelding", about="Kompetanseløftet")
    s.fill("Forankring", "Behovet er meldt fra styrerne og drøftet i samarbeidsutvalgene.")
    s.fill("Kollektive prosesser", "Hele personalet deltar i lærende møter hver måned.")
    s.fill("Partnerskap", "Nord universitet veileder og deltar i møtene.")
    s.fill("Barnehager, skoler eller enheter som deltar", "Alle kommunale barnehager i Bodø")
    s.fill("Kontaktperson", "Kari Nordmann, rådgiver")
    s.press("Legg til tiltak")
    s.fill("Tittel", "Inkluderende lek")
    s.tick("Gjennomføring av kompetansetiltak", exact=False)
    s.fill("Hva skal gjøres", "Veiledning i inkluderende lek på avdelingene, med samlinger for hele personalet.")
    s.fill("Hvem gjør hva", "Nord universitet holder samlinger; styrerne leder arbeidet i barnehagene.")
    s.fill("Deltakere", "Alle ansatte i barnehagene")
    s.fill("Varighet", "1 år")
    s.fill("Til eier (kr)", "200 000")
    s.fill("Til UH (kr)", "100 000")
    # A coordinator needs several kommuner (R6): refused, next to the field and at the top.
    s.fill(COORDINATOR, "50 000")
    s.fill(COORDINATOR_WHY, "Mange barnehager å samordne.")
    s.press("Send til UH")
    message = "krever at minst 2 kommuner er med i partnerskapet"
    assert message in s.field_error(COORDINATOR)
    assert message in s.error_summary()
    assert s.value(COORDINATOR_WHY) == "Mange barnehager å samordne."
    assert s.value("Tittel") == "Inkluderende lek"
    # Fixed, and sent.
    s.fill(COORDINATOR, "0")
    s.fill(COORDINATOR_WHY, "")
    s.press("Send til UH")
    assert s.error_summary() == ""
    assert s.has("Behovsmeldingen er hos UH for signering.")
    s.logout()

    # The university writes its part and delivers.
    s.login("uh.nord@demo.no")
    s.follow("Bodø lesepartnerskap")
    s.follow("Åpne behovsmeldingen")
    s.fill("Hvordan samarbeidet styrker lærerutdanningen", "Studentene får praksis i barnehagene, og erfaringene brukes i undervisningen.")
    s.press("Signer og lever")
    s.logout()

    # The deadline passes (the server restarts on the day after, same database).
    restart_on(s, AFTER_DEADLINE)

    # The network prioritises, marks a joint tiltak on its own page and forwards. With
    # JavaScript the priorities typed before going there, not saved, are offered back on return;
    # without, they are saved first.
    s.login("nettverk.salten@demo.no")
    s.follow("Kompetanseløftet 2027")
    prioriteter = {"Bodø lesepartnerskap": "1", "Salten kompetansepartnerskap": "2", "Beiarn barnehageutvikling": "3"}
    for navn, plass in prioriteter.items():
        s.fill(f"Prioritet for {navn}", plass)
    if not s.javascript:
        s.press("Lagre prioritering")
    s.follow("Marker felles tiltak")
    s.tick("Tiltak 1 «Inkluderende lek»", exact=False)
    s.tick("Tiltak 1 «Tidlig innsats i barnehage og skole»", exact=False)
    s.fill("Merknad om det felles tiltaket", "Begge handler om inkludering; felles samlinger sparer reiser.")
    s.press("Marker som felles")
    assert s.has("Tiltakene er markert som felles.")
    s.follow("Tilbake til prioriteringen")
    assert s.has("Begge handler om inkludering; felles samlinger sparer reiser.")
    if s.javascript:
        assert s.value("Prioritet for Bodø lesepartnerskap") != "1"
        s.driver.find_element(By.XPATH, "//button[normalize-space(.)='Hent tilbake det jeg skrev']").click()
    assert {navn: s.value(f"Prioritet for {navn}") for navn in prioriteter} == prioriteter
    s.press("Videresend til Statsforvalteren")
    assert s.has("Videresendt")
    assert s.driver.find_element(By.CSS_SELECTOR, "#prioritering-tabell ~ tbody th a").text == "Bodø lesepartnerskap"
    s.logout()

    # The fagutvalg assesses.
    s.login("fagutvalg.bhg@demo.no")
    s.follow("Kompetanseløftet: Bodø lesepartnerskap")
    for kriterium in ["Forankring", "Kollektive prosesser", "Partnerskap"]:
        s.choose(f"Er kriteriet «{kriterium}» oppfylt?", "Oppfylt")
    s.fill("Samlet prioritet", "1")
    s.fill("Kommentar", "Godt forankret.")
    s.press("Lagre vurderingen")
    s.logout()

    # The Statsforvalter fills the innstilling from Domain's suggestion and sends it.
    s.login("sf@demo.no")
    s.follow("Innstilling Kompetanseløftet 2027")
    s.press("Foreslå fordeling")
    s.press("Send til samarbeidsforum")
    assert s.has("Innstillingen er sendt til samarbeidsforum.")
    s.logout()

    # The forum approves.
    s.login("forum@demo.no")
    s.follow("Innstilling Kompetanseløftet 2027")
    s.fill("Kommentar", "Enig i fordelingen.")
    s.press("Godkjenn innstillingen")
    assert s.has("Du godkjente innstillingen")
    s.logout()

    # The Statsforvalter records the decision.
    s.login("sf@demo.no")
    s.follow("Innstilling Kompetanseløftet 2027")
    assert s.has("Godkjent av Frode Forum.")
    s.fill("Vedtaksdato", date.fromisoformat(AFTER_DEADLINE).strftime("%d.%m.%Y"))
    s.press("Registrer vedtak")
    assert s.has("Vedtaket er registrert.")
    s.logout()

    # The owner opens the grant letter.
    s.login("eier.bodo@demo.no")
    s.follow("Tildelingsbrev Kompetanseløftet 2027: Bodø lesepartnerskap")
    assert s.heading().startswith("Tildelingsbrev")
    assert s.has("Tiltak 1 «Inkluderende lek»")
    assert s.has("får til sammen 300 000 kr")
    s.logout()

    # The Statsforvalter also decides Rekom (a two-year tiltak in Salten) and opens the next round.
    s.login("sf@demo.no")
    s.follow("Innstilling Rekom 2027")
    s.fill("Vedtaksdato", date.fromisoformat(AFTER_DEADLINE).strftime("%d.%m.%Y"))
    s.press("Registrer vedtak")
    assert s.has("Vedtaket er registrert.")
    s.go("/statsforvalter")
    s.follow("Tildelingsrunder")
    s.follow("Ny tildelingsrunde")
    s.press("Opprett")
    assert s.has("Tildelingsrunde 2028")
    s.logout()

    # A year on (the server restarts in November 2027): the owner answers what the Rekom
    # tiltak's second year needs, and the Statsforvalter accepts the change.
    restart_on(s, NEXT_YEAR)
    s.login("eier.bodo@demo.no")
    s.follow("Salten kompetansepartnerskap")
    assert s.has("Flerårige tiltak: midler for 2028")
    s.fill("Eier trenger (kr)", "350 000")
    s.press("Send svaret")
    assert "Skriv hvorfor tiltaket trenger mer eller mindre" in s.error_summary()
    s.fill("Hvorfor et annet beløp?", "To nye barnehager er med.")
    s.press("Send svaret")
    assert s.has("Svaret er sendt til Statsforvalteren.")
    s.logout()

    s.login("sf@demo.no")
    s.follow("Innstilling Rekom 2028")
    assert s.has("Bundet av vedtak i 2027")
    assert s.has("Ber om 500 000 kr: To nye barnehager er med.")
    s.press("Godta endringen")
    assert s.has("Endringen er godtatt: 500 000 kr er bundet for tiltaket i år.")
    # The year has no new behovsmeldinger yet; its earlier tiltak are decided all the same.
    s.press("Send til samarbeidsforum")
    assert s.has("Innstillingen er sendt til samarbeidsforum.")
    s.fill("Vedtaksdato", date.fromisoformat(NEXT_YEAR).strftime("%d.%m.%Y"))
    s.press("Registrer vedtak")
    assert s.has("Vedtaket er registrert.")
    s.logout()

    # The owner's 2028 letter grants the second year at the accepted amount.
    s.login("eier.bodo@demo.no")
    s.follow("Tildelingsbrev Rekom 2028: Salten kompetansepartnerskap")
    assert s.has("(vedtatt 2027, beløpet endret etter ønske fra partnerskapet)")
    assert s.has("får til sammen 500 000 kr")

    # The letter asks for a half-year report in the autumn: the shorter form.
    s.follow("Skriv halvårsrapporten")
    assert s.has("Halvårsrapport: Rekom 2028")
    s.fill("Brukt hittil (kr)", "0")
    s.fill("Hva er gjort så langt", "Planlagt for våren.")
    s.fill("Går arbeidet etter planen? Hva er endret, og hvorfor?", "Samlingene starter i mars.")
    s.press("Send rapporten")
    assert s.has("Halvårsrapporten er sendt til Statsforvalteren.")
    s.follow("Tildelingsbrevet")

    # And a report after the year: the owners are told what is missing, then send it.
    s.follow("Skriv rapporten")
    assert s.has("Eiernes rapport for Salten kompetansepartnerskap")
    s.press("Send rapporten")
    assert "Hva som er gjort i" in s.error_summary()
    s.fill("Brukt (kr)", "0")
    s.fill("Hva er gjort", "Planlagt for våren.")
    s.fill("Hvem deltok", "Pedagogiske ledere i 12 barnehager.")
    s.fill("Hvordan gikk det mot planen", "Samlingene starter i mars.")
    s.fill("Hva ga tiltaket (utbytte)", "Ennå for tidlig å si.")
    s.fill("Forklaring på avvik", "Midlene brukes fra mars.")
    s.press("Send rapporten")
    assert s.has("Rapporten er sendt til Statsforvalteren.")
    assert s.has("Sendt")
