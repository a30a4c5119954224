"""The service in nynorsk (språklova § 14): every page of the axe sweep read in nynorsk, with
`lang="nn"`, and one yearly cycle done in nynorsk by the labels a nynorsk reader sees; and a
grant letter written in the målform its owner adopted (§ 15) whatever the reader's pages are in."""
from datetime import date

import pytest

from conftest import Server
from person import Site, browser
from test_cycle import AFTER_DEADLINE, restart_on
from test_pages import PAGES

# The sweep's buttons and choices where nynorsk words them differently.
NYNORSK = {
    "Opprett partnerskapet": "Opprett partnarskapet",
    "Marker som felles": "Merk som felles",
    "Lagre vurderingen": "Lagre vurderinga",
    "Ikke oppfylt": "Ikkje oppfylt",
}


class NynorskSite(Site):
    """A person reading in nynorsk: every page must say so, and the sweep's bokmål button
    texts are pressed by their nynorsk words."""

    def after_load(self):
        lang = self.driver.execute_script("return document.documentElement.lang")
        assert lang == "nn", f"{self.path()} has lang={lang!r}"
        super().after_load()

    def press(self, text, about=None):
        super().press(NYNORSK.get(text, text), about)

    def choose(self, legend, option):
        super().choose(NYNORSK.get(legend, legend), NYNORSK.get(option, option))


def page_lang(s):
    return s.driver.execute_script("return document.documentElement.lang")


@pytest.mark.parametrize("who", list(PAGES), ids=[who or "anonym" for who in PAGES])
def test_every_page_in_nynorsk_passes_axe(server, who):
    driver = browser(javascript=True)
    try:
        # The choice is made once, by the address, and remembered for every page after.
        driver.get(server.base + "/?lang=nn")
        s = NynorskSite(driver, server.base)
        if who:
            s.login(who)
        for path, action in PAGES[who]:
            s.go(path)
            if action:
                action(s)
    finally:
        driver.quit()


@pytest.fixture
def person():
    server = Server()
    driver = browser(javascript=True)
    site = Site(driver, server.base)
    site.servers = [server]
    yield site
    driver.quit()
    for running in reversed(site.servers):
        running.stop()


def test_the_yearly_cycle_in_nynorsk(person):
    s = person

    # A reader picks nynorsk with the link in the header; every page after is in nynorsk.
    s.go("/")
    assert page_lang(s) == "nb"
    s.follow("Nynorsk", exact=True)
    assert page_lang(s) == "nn"
    assert s.heading() == "Kompetansemiddel for barnehage og skule"

    s.login("eier.bodo@demo.no")
    assert page_lang(s) == "nn"
    s.follow("Nytt partnarskap")
    s.fill("Namn på partnarskapet", "Bodø lesepartnarskap")
    s.fill("Region", "Salten")
    s.tick("Nord universitet")
    s.fill("Kven som gjer kva", "Bodø kommune leier arbeidet; Nord universitet rettleier.")
    s.fill("Kva partnarskapet handlar om", "Språk og lesing i barnehagane.")
    s.fill("Når ting skjer", "Oppstart i januar, samlingar kvar månad.")
    s.press("Opprett partnarskapet")
    assert s.has("Partnarskapet er oppretta.")
    s.press("Signer avtalen")
    assert s.has("De har signert partnarskapsavtalen.")
    s.logout()

    s.login("uh.nord@demo.no")
    assert page_lang(s) == "nn"
    s.follow("Bodø lesepartnarskap")
    s.press("Signer avtalen")
    s.logout()

    # The behovsmelding, with a rule broken and worded in nynorsk next to the field and at the top.
    s.login("eier.bodo@demo.no")
    s.follow("Bodø lesepartnarskap")
    s.press("Start behovsmelding", about="Kompetanseløftet")
    s.fill("Forankring", "Behovet er meldt frå styrarane og drøfta i samarbeidsutvala.")
    s.fill("Kollektive prosessar", "Heile personalet deltek i lærande møte kvar månad.")
    s.fill("Partnarskap", "Nord universitet rettleier og deltek i møta.")
    s.fill("Barnehagar, skular eller einingar som deltek", "Alle kommunale barnehagar i Bodø")
    s.fill("Kontaktperson", "Kari Nordmann, rådgivar")
    s.press("Legg til tiltak")
    s.fill("Tittel", "Inkluderande leik")
    s.tick("Gjennomføring av kompetansetiltak", exact=False)
    s.fill("Kva skal gjerast", "Rettleiing i inkluderande leik på avdelingane, med samlingar for heile personalet.")
    s.fill("Kven gjer kva", "Nord universitet held samlingar; styrarane leier arbeidet i barnehagane.")
    s.fill("Deltakarar", "Alle tilsette i barnehagane")
    s.fill("Varigheit", "1 år")
    s.fill("Til eigar (kr)", "200 000")
    s.fill("Til UH (kr)", "100 000")
    s.fill("Beløp til koordinator, alle år (kr)", "50 000")
    s.fill("Kvifor treng tiltaket koordinator?", "Mange barnehagar å samordne.")
    s.press("Send til UH")
    message = "krev at minst 2 kommunar er med i partnarskapet"
    assert message in s.field_error("Beløp til koordinator, alle år (kr)")
    assert message in s.error_summary()
    assert s.value("Kvifor treng tiltaket koordinator?") == "Mange barnehagar å samordne."
    s.fill("Beløp til koordinator, alle år (kr)", "0")
    s.fill("Kvifor treng tiltaket koordinator?", "")
    s.press("Send til UH")
    assert s.error_summary() == ""
    assert s.has("Behovsmeldinga er hos UH for signering.")
    s.logout()

    s.login("uh.nord@demo.no")
    s.follow("Bodø lesepartnarskap")
    s.follow("Opne behovsmeldinga")
    s.fill("Korleis samarbeidet styrkjer lærarutdanninga", "Studentane får praksis i barnehagane, og røynslene blir brukte i undervisninga.")
    s.press("Signer og lever")
    assert s.has("Behovsmeldinga er signert og levert til kompetansenettverket.")
    s.logout()

    restart_on(s, AFTER_DEADLINE)

    s.login("nettverk.salten@demo.no")
    s.follow("Kompetanseløftet 2027")
    s.fill("Prioritet for Bodø lesepartnarskap", "1")
    s.fill("Prioritet for Salten kompetansepartnerskap", "2")
    s.fill("Prioritet for Beiarn barnehageutvikling", "3")
    s.press("Vidaresend til Statsforvaltaren")
    assert s.has("Behovsmeldingane er vidaresende til Statsforvaltaren.")
    s.logout()

    s.login("fagutvalg.bhg@demo.no")
    s.follow("Kompetanseløftet: Bodø lesepartnarskap")
    for kriterium in ["Forankring", "Kollektive prosessar", "Partnarskap"]:
        s.choose(f"Er kriteriet «{kriterium}» oppfylt?", "Oppfylt")
    s.fill("Samla prioritet", "1")
    s.fill("Kommentar", "Godt forankra.")
    s.press("Lagre vurderinga")
    s.logout()

    s.login("sf@demo.no")
    s.follow("Innstilling Kompetanseløftet 2027")
    s.press("Gjer framlegg til fordeling")
    assert s.has("Framlegget er fylt ut etter fordelingsreglane.")
    s.press("Send til samarbeidsforum")
    assert s.has("Innstillinga er send til samarbeidsforum.")
    s.logout()

    s.login("forum@demo.no")
    s.follow("Innstilling Kompetanseløftet 2027")
    s.fill("Kommentar", "Einig i fordelinga.")
    s.press("Godkjenn innstillinga")
    assert s.has("Du godkjende innstillinga")
    s.logout()

    s.login("sf@demo.no")
    s.follow("Innstilling Kompetanseløftet 2027")
    assert s.has("Godkjent av Frode Forum.")
    s.fill("Vedtaksdato", date.fromisoformat(AFTER_DEADLINE).strftime("%d.%m.%Y"))
    s.press("Registrer vedtak")
    assert s.has("Vedtaket er registrert.")
    # Bodø kommune has adopted nynorsk: the register says so.
    s.go("/statsforvalter/organisasjoner")
    s.follow("Bodø kommune", exact=True)
    s.fill("Målform", "Nynorsk")
    s.press("Lagre")
    assert s.has("Endringane er lagra.")
    s.logout()

    # The owner reads the pages in bokmål again; the letter to Bodø is in nynorsk all the same.
    s.login("eier.bodo@demo.no")
    s.follow("Bokmål", exact=True)
    assert page_lang(s) == "nb"
    s.follow("Tildelingsbrev Kompetanseløftet 2027: Bodø lesepartnarskap")
    assert page_lang(s) == "nb"
    letter = s.driver.find_element("css selector", ".letter")
    assert letter.get_attribute("lang") == "nn"
    assert "Statsforvaltaren har vedteke fordelinga av midlar" in letter.text
    assert "Med helsing" in letter.text
    assert s.has("Logg ut")  # the header stays in the reader's language
