"""Every page we can reach, for every role, empty, with errors and full: zero axe violations
(WCAG 2.0/2.1 A and AA), and no sideways scrolling at 320 px (tables scroll in their own box)."""
import pytest

from person import browser, Site

# (who, path, what the person does there first, if anything)
PAGES = {
    None: [
        ("/", None), ("/tilgjengelighet", None), ("/organisasjoner", None), ("/logg-inn", None),
        ("/logg-inn", lambda s: s.press("Logg inn")),  # empty login: errors
        ("/finnes-ikke", None),
    ],
    "eier.bodo@demo.no": [
        ("/eier", None), ("/partnerskap/ny", None),
        ("/partnerskap/ny", lambda s: s.press("Opprett partnerskapet")),  # empty: errors
        ("/partnerskap/1", None), ("/partnerskap/3", None), ("/partnerskap/3/endre", None),
        ("/rapport/2026/rekom/1", None),
        ("/rapport/2026/rekom/1", lambda s: s.press("Send rapporten")),  # empty: errors
        ("/halvaarsrapport/2026/rekom/1", lambda s: s.press("Send rapporten")),  # empty: errors
        ("/behovsmelding/5", None),  # a draft
        ("/behovsmelding/5", lambda s: s.press("Send til UH")),  # incomplete: rule errors
        ("/behovsmelding/1", None), ("/behovsmelding/1/utskrift", None), ("/tildelingsbrev/2027", None),
        ("/rekom30/2027", None), ("/rekom30/2027", lambda s: s.press("Send søknaden")),  # not open yet, empty: errors
        ("/rekom30/2026", None),  # sent, after the deadline: read-only
        ("/kompetanseplan/1?versjon=1", None),  # an earlier version
        ("/varsler", None), ("/varsler", lambda s: s.press("Lag kalenderadresse")),  # the feed's address, shown once
    ],
    "uh.nord@demo.no": [("/uh", None), ("/partnerskap/2", None), ("/behovsmelding/1", None), ("/halvaarsrapport/2026/rekom/1", None)],
    "nettverk.salten@demo.no": [
        ("/nettverk", None), ("/nettverk/2027/rekom", None), ("/nettverk/2027/kompetanseloftet", None),
        ("/nettverk/2027/kompetanseloftet/felles", None),
        ("/nettverk/2027/kompetanseloftet/felles", lambda s: s.press("Marker som felles")),  # nothing ticked: error
        ("/nettverk/2027/rekom/felles", None),  # forwarded: read-only
        ("/behovsmelding/3", None), ("/kompetanseplan/1", None),
        ("/kompetanseplan/1/endre", lambda s: s.press("Publiser versjon 3")),  # what changed is missing: error
        ("/nettverksmoter/1", None), ("/nettverksmoter/1", lambda s: s.press("Legg til møtet")),  # empty: errors
        ("/delingssystem", None), ("/delingssystem?q=lesing", None), ("/nettverksdokumenter/1", None),
        ("/nettverksdokumenter/1", lambda s: s.press("Last opp")),  # nothing chosen: errors
    ],
    "fagutvalg.bhg@demo.no": [
        ("/fagutvalg", None), ("/fagutvalg/behovsmelding/1", None), ("/fagutvalg/behovsmelding/11", None),
        ("/fagutvalg/behovsmelding/11", lambda s: (s.choose("Er kriteriet «Forankring» oppfylt?", "Ikke oppfylt"), s.press("Lagre vurderingen"))),
    ],
    "fagutvalg.nord@demo.no": [("/fagutvalg/behovsmelding/1", None)],  # conflict of interest
    "fagskole@demo.no": [("/uh", None), ("/tildelingsbrev/2027", None)],
    "sf@demo.no": [
        ("/statsforvalter", None), ("/statsforvalter/organisasjoner", None), ("/statsforvalter/organisasjoner/ny", None),
        ("/statsforvalter/organisasjoner/ny", lambda s: s.press("Opprett")),
        ("/statsforvalter/organisasjoner/1", None), ("/statsforvalter/regioner", None), ("/statsforvalter/regioner/1", None),
        ("/statsforvalter/nettverk/1", None), ("/statsforvalter/brukere", None), ("/statsforvalter/brukere/ny", None),
        ("/statsforvalter/brukere/1", None), ("/statsforvalter/runder", None), ("/statsforvalter/runder/ny", None),
        ("/statsforvalter/runder/2027", None), ("/statsforvalter/logg", None),
        ("/statsforvalter/runder/ny?mal=forskrift2026", None),
        ("/statsforvalter/runder/ny?mal=forskrift2026", lambda s: s.press("Opprett")),  # no budget typed: error
        ("/statsforvalter/innstilling/2027/rekom", None), ("/statsforvalter/innstilling/2027/dekom", None),
        ("/statsforvalter/innstilling/2027/dekom", lambda s: s.press("Send til samarbeidsforum")),  # hard breach
        ("/statsforvalter/innstilling/2027/kompetanseloftet", None),
        ("/samarbeidsforum/2027", None), ("/tildelingsbrev/2027", None), ("/behovsmelding/1", None),
        ("/tildelingsbrev/2026?utfall=tildelt", None),  # a choice made: the filter above the letters
        ("/statsforvalter/rekom30/2026", None),
        ("/statsforvalter/rapporter/2026", None), ("/statsforvalter/rapporter/2026/dekom/4/2", None),
        ("/statsforvalter/rapporter/2026/dekom/4/2", lambda s: s.press("Returner for retting")),  # no comment: error
        ("/statsforvalter/halvaarsrapporter/2026", None), ("/statsforvalter/halvaarsrapporter/2026/dekom/4/2", None),
        ("/statsforvalter/rekom30/2026", lambda s: s.press("Send til samarbeidsforum")),  # fine as proposed: sent
        ("/statsforvalter/epost", None),  # the forum was told: kept, no mail server
    ],
    "forum@demo.no": [
        ("/samarbeidsforum", None), ("/samarbeidsforum/2027", None), ("/samarbeidsforum/2027?ordning=rekom", None),
        ("/samarbeidsforum/2027/rekom", None),
        ("/samarbeidsforum/2027/rekom", lambda s: s.press("Send kommentar")),  # empty: error
    ],
}


@pytest.mark.parametrize("who", list(PAGES), ids=[who or "anonym" for who in PAGES])
def test_every_page_passes_axe_and_fits_320_px(server, who):
    driver = browser(javascript=True)
    try:
        s = Site(driver, server.base)
        if who:
            s.login(who)
        for path, action in PAGES[who]:
            s.go(path)  # axe runs on every page the person sees
            if action:
                action(s)
            driver.set_window_size(320, 900)
            s.no_horizontal_scroll()
            driver.set_window_size(1280, 900)
    finally:
        driver.quit()


def test_axe_reports_a_broken_page(server):
    """The check itself can fail: a page without a title, a language or an image text is reported."""
    driver = browser(javascript=True)
    try:
        s = Site(driver, server.base)
        driver.get("data:text/html,<html><body><img src='x.png'><input></body></html>")
        with pytest.raises(AssertionError) as failure:
            s.axe()
        for rule in ["html-has-lang", "image-alt", "label"]:
            assert rule in str(failure.value)
    finally:
        driver.quit()
