"""The keyboard alone: the skip link comes first and moves to the content, focus is always
visible, and every link, field and button of a page is reached with Tab; a login and a form
can be done with Tab and Enter."""
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from person import browser, Site

INTERACTIVE = ("a[href], button, input:not([type=hidden]), select, textarea, [tabindex='0']")


def active(driver):
    return driver.switch_to.active_element


def focus_visible(driver, element):
    style = driver.execute_script(
        "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth, s.boxShadow];", element)
    return (style[0] != "none" and style[1] not in ("0px", "")) or style[2] not in ("none", "")


def tab_order(driver, limit=400, check_focus=None):
    """The elements Tab visits from the top of the page, once round; `check_focus` is called
    with each while it has focus."""
    driver.refresh()  # focus starts at the top of a freshly loaded page
    seen = []
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        element = active(driver)
        if seen and element == seen[0]:
            break
        if element.tag_name == "body":
            if seen:
                break
            continue
        seen.append(element)
        if check_focus:
            check_focus(element)
    return seen


@pytest.fixture
def person(server):
    driver = browser(javascript=True)
    yield Site(driver, server.base)
    driver.quit()


def test_skip_link_comes_first_and_moves_to_the_content(person):
    s, driver = person, person.driver
    s.go("/")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    link = active(driver)
    assert "skip-link" in link.get_attribute("class")
    assert link.location["y"] >= 0 and link.is_displayed(), "the skip link shows when it has focus"
    assert focus_visible(driver, link)
    link.send_keys(Keys.ENTER)
    assert driver.current_url.endswith("#hovedinnhold")
    assert driver.execute_script("return document.activeElement.id || document.activeElement.closest('#hovedinnhold') !== null")


def test_login_and_a_form_with_tab_and_enter(person):
    s, driver = person, person.driver
    s.go("/logg-inn")
    s.field("E-postadresse").click()
    active(driver).send_keys("eier.bodo@demo.no", Keys.TAB)
    assert active(driver).get_attribute("id") == s.field("Passord").get_attribute("id")
    s.submit(lambda: active(driver).send_keys("demo1234", Keys.ENTER))
    assert s.path() == "/eier"
    # A new partnership from the keyboard: the required name left out, then the error is read.
    s.go("/partnerskap/ny")
    order = tab_order(driver)
    button = next(e for e in order if e.tag_name == "button" and e.text == "Opprett partnerskapet")
    driver.execute_script("arguments[0].focus()", button)
    s.submit(lambda: active(driver).send_keys(Keys.ENTER))
    assert s.error_summary() != ""


@pytest.mark.parametrize("who, path", [
    ("eier.bodo@demo.no", "/behovsmelding/5"),
    ("eier.bodo@demo.no", "/partnerskap/ny"),
    ("nettverk.salten@demo.no", "/nettverk/2027/kompetanseloftet"),
    ("fagutvalg.bhg@demo.no", "/fagutvalg/behovsmelding/11"),
    ("sf@demo.no", "/statsforvalter/innstilling/2027/dekom"),
    ("forum@demo.no", "/samarbeidsforum/2027/rekom"),
])
def test_tab_reaches_every_control_and_focus_shows(person, who, path):
    s, driver = person, person.driver
    s.login(who)
    s.go(path)
    hidden_focus = []
    order = tab_order(driver, check_focus=lambda e: None if focus_visible(driver, e) else hidden_focus.append(e.get_attribute("outerHTML")[:80]))
    assert order, f"Tab reaches nothing on {path}"
    assert not hidden_focus, f"focus is not visible on {path}: {hidden_focus[:3]}"
    reached = {e.id for e in order}
    controls = [e for e in driver.find_elements(By.CSS_SELECTOR, INTERACTIVE) if e.is_displayed() and e.is_enabled()]
    # Radio buttons: Tab enters a group once, the arrows move within it.
    missing = [e.get_attribute("outerHTML")[:80] for e in controls
               if e.id not in reached and e.get_attribute("type") != "radio"]
    assert not missing, f"Tab never reaches these on {path}: {missing[:5]}"
