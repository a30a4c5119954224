"""Nothing typed is lost when the session ends: in a real browser, with and without
JavaScript, a save after the session ended leads through login to one click that saves it;
with JavaScript the long forms keep a copy in the browser until saved, and a warning comes
before the idle timeout. axe checks every page on the way."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import Server
from person import DEMO_PASSWORD, Site, browser

TYPED = "Kari Nordmann, skrevet mens økta gikk ut"


@pytest.fixture(scope="module")
def server():
    running = Server()
    yield running
    running.stop()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "uten-javascript"])
def test_a_save_after_the_session_ended_is_kept_through_login(server, javascript):
    driver = browser(javascript=javascript)
    try:
        s = Site(driver, server.base, javascript=javascript)
        s.login("eier.bodo@demo.no")
        s.go("/behovsmelding/6")
        s.fill("Kontaktperson", TYPED)
        # The session ends (as after two idle hours or a logout in another tab).
        driver.delete_cookie("bm_sesjon")
        s.press("Lagre utkast")
        assert s.has("Du ble logget ut før skjemaet ble lagret")
        s.fill("E-postadresse", "eier.bodo@demo.no")
        s.fill("Passord", DEMO_PASSWORD)
        s.press("Logg inn")
        assert s.heading() == "Lagre det du skrev"
        s.press("Lagre det jeg skrev")
        assert s.path().startswith("/behovsmelding/6")
        assert s.value("Kontaktperson") == TYPED
        assert s.has("Utkastet er lagret")
    finally:
        driver.quit()


def test_an_unsaved_copy_is_offered_back_and_a_warning_comes_before_the_timeout(server):
    driver = browser(javascript=True)
    try:
        s = Site(driver, server.base)
        s.login("eier.privat@demo.no")
        s.go("/behovsmelding/4")
        s.fill("Kontaktperson", "Tekst som aldri ble lagret")
        field = s.field("Kontaktperson")
        driver.execute_script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", field)
        # The tab is closed without saving; the form is opened again.
        s.go("/eier")
        s.go("/behovsmelding/4")
        assert s.value("Kontaktperson") != "Tekst som aldri ble lagret"
        assert s.has("Denne nettleseren har en kopi av det du skrev")
        s.axe()
        driver.find_element(By.XPATH, "//button[normalize-space(.)='Hent tilbake det jeg skrev']").click()
        assert s.value("Kontaktperson") == "Tekst som aldri ble lagret"
        s.press("Lagre utkast")
        assert s.value("Kontaktperson") == "Tekst som aldri ble lagret"
        # Saved: the copy is gone, nothing is offered any more.
        s.go("/behovsmelding/4")
        assert not s.has("Denne nettleseren har en kopi")
        # An unsaved copy is removed when the person logs out on purpose (a shared computer).
        s.fill("Kontaktperson", "Skrevet, så logget ut")
        driver.execute_script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", s.field("Kontaktperson"))
        assert driver.execute_script("return Object.keys(localStorage).filter(k => k.startsWith('behovsmelding-kopi:')).length") == 1
        s.logout()
        assert driver.execute_script("return Object.keys(localStorage).filter(k => k.startsWith('behovsmelding-kopi:')).length") == 0
        s.login("eier.privat@demo.no")
        s.go("/behovsmelding/4")

        # The warning before the idle timeout, shown soon for a session of 8 seconds.
        driver.execute_script("""
            var box = document.getElementById('okt-varsel');
            box.setAttribute('data-sekunder', '8');
            var script = document.createElement('script');
            script.src = '/js/okt.js?igjen';
            document.body.appendChild(script);""")
        WebDriverWait(driver, 20).until(lambda d: d.find_element(By.ID, "okt-varsel").is_displayed())
        assert "Du blir logget ut om" in driver.find_element(By.ID, "okt-varsel").text
        s.axe()
        driver.find_element(By.ID, "okt-forny").click()
        WebDriverWait(driver, 10).until(lambda d: "fortsatt innlogget" in d.find_element(By.ID, "okt-varsel").text)
    finally:
        driver.quit()
