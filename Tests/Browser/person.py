"""A person at a browser: logs in, follows links, fills fields found by their label text,
presses buttons by their text, and runs axe on every page it sees."""
import json
import os

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
AXE = os.environ.get("AXE_JS", os.path.join(HERE, "..", "..", ".e2e", "axe.min.js"))
DEMO_PASSWORD = "demo1234"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def browser(javascript=True, width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=nb-NO"]:
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_window_size(width, height)
    return driver


def gone(element):
    """True once `element`'s page has been replaced (Chromium answers in more than one way)."""
    try:
        element.tag_name
        return False
    except WebDriverException:
        return True


def xpath_literal(text):
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return "concat(" + ", \"'\", ".join(f"'{part}'" for part in text.split("'")) + ")"


class Site:
    def __init__(self, driver, base, javascript=True, axe=True):
        self.driver = driver
        self.base = base.rstrip("/")
        self.javascript = javascript
        self.check_axe = axe
        self.seen = []
        self.axe_source = open(AXE, encoding="utf-8").read() if axe else ""

    # Navigation

    def go(self, path):
        self.driver.get(self.base + path)
        self.after_load()

    def after_load(self):
        self.seen.append(self.path())
        if self.check_axe:
            self.axe()

    def path(self):
        url = self.driver.current_url
        return url[len(self.base):] if url.startswith(self.base) else url

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def heading(self):
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def login(self, email):
        self.go("/logg-inn")
        self.fill("E-postadresse", email)
        self.fill("Passord", DEMO_PASSWORD)
        self.press("Logg inn")

    def logout(self):
        self.press("Logg ut")

    # Finding things the way a person does

    def field(self, label, exact=True):
        """The input, select or textarea whose label reads `label` (or starts with it)."""
        literal = xpath_literal(label)
        condition = f"normalize-space(.)={literal}" if exact else f"starts-with(normalize-space(.), {literal})"
        labels = self.driver.find_elements(By.XPATH, f"//label[{condition}]")
        if not labels:
            raise AssertionError(f"no field labelled «{label}» on {self.path()}")
        target = labels[0].get_attribute("for")
        if target:
            return self.driver.find_element(By.ID, target)
        return labels[0].find_element(By.XPATH, ".//input|.//select|.//textarea")

    def fill(self, label, value, exact=True):
        element = self.field(label, exact)
        if element.tag_name == "select":
            literal = xpath_literal(value)
            element.find_element(By.XPATH, f".//option[normalize-space(.)={literal}] | .//option[starts-with(normalize-space(.), {literal})]").click()
            return
        element.clear()
        element.send_keys(value)

    def value(self, label, exact=True):
        return self.field(label, exact).get_attribute("value")

    def tick(self, label, exact=True):
        element = self.field(label, exact)
        if not element.is_selected():
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            element.click()

    def choose(self, legend, option):
        """The radio button or checkbox `option` in the group whose legend starts with `legend`."""
        groups = self.driver.find_elements(By.XPATH, f"//fieldset[legend[starts-with(normalize-space(.), {xpath_literal(legend)})]]")
        if not groups:
            raise AssertionError(f"no group «{legend}» on {self.path()}")
        labels = groups[0].find_elements(By.XPATH, f".//label[starts-with(normalize-space(.), {xpath_literal(option)})]")
        if not labels:
            raise AssertionError(f"no choice «{option}» in «{legend}» on {self.path()}")
        element = self.driver.find_element(By.ID, labels[0].get_attribute("for"))
        if not element.is_selected():
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            element.click()

    def button(self, text, about=None):
        """The button reading `text`; with `about`, one whose (possibly visually hidden) rest names it."""
        literal = xpath_literal(text)
        if about is None:
            found = self.driver.find_elements(By.XPATH, f"//button[normalize-space(.)={literal}]")
        else:
            found = self.driver.find_elements(
                By.XPATH, f"//button[starts-with(normalize-space(.), {literal}) and contains(normalize-space(.), {xpath_literal(about)})]")
        if not found:
            raise AssertionError(f"no button «{text}»{' about ' + about if about else ''} on {self.path()}")
        return found[0]

    def press(self, text, about=None):
        element = self.button(text, about)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        self.submit(element.click)

    def submit(self, action):
        """Runs `action` (a click, a key press) and waits for the page it sends the browser to."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        action()
        WebDriverWait(self.driver, 20).until(lambda _: gone(old))
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        self.after_load()

    def follow(self, text, exact=False):
        literal = xpath_literal(text)
        condition = f"normalize-space(.)={literal}" if exact else f"contains(normalize-space(.), {literal})"
        links = self.driver.find_elements(By.XPATH, f"//a[{condition}]")
        if not links:
            raise AssertionError(f"no link «{text}» on {self.path()}")
        href = links[0].get_attribute("href")
        self.driver.get(href)
        self.after_load()

    def has(self, text):
        return text in self.text()

    def error_summary(self):
        try:
            return self.driver.find_element(By.CSS_SELECTOR, ".error-summary").text
        except NoSuchElementException:
            return ""

    def field_error(self, label, exact=True):
        element = self.field(label, exact)
        described = element.get_attribute("aria-describedby") or ""
        for ident in described.split():
            if ident.endswith("-error"):
                return self.driver.find_element(By.ID, ident).text
        return ""

    # Checks

    def axe(self):
        """axe-core with the WCAG 2.0/2.1 A and AA rules; fails with every violation and element."""
        driver = self.driver
        if not self.javascript:
            return  # axe runs inside the page: the JS-off pass is covered by the JS-on pass of the same pages.
        if not driver.execute_script("return typeof window.axe !== 'undefined'"):
            driver.execute_script(self.axe_source)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            ".then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));",
            AXE_TAGS,
        )
        violations = json.loads(result)
        if violations:
            lines = [f"axe on {self.path()}:"]
            for violation in violations:
                lines.append(f"  {violation['id']}: {violation['help']}")
                for node in violation.get("nodes", [])[:5]:
                    lines.append(f"    {node.get('target')} {node.get('failureSummary', '').strip()[:300]}")
            raise AssertionError("\n".join(lines))

    def no_horizontal_scroll(self):
        width = self.driver.execute_script("return document.documentElement.clientWidth")
        scroll = self.driver.execute_script("return document.documentElement.scrollWidth")
        if scroll <= width:
            return
        wide = self.driver.execute_script(
            "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
            ".filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > w + 0.5)"
            ".slice(-5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
            " + ' «' + (e.textContent || '').trim().slice(0, 40) + '» ' + Math.round(e.getBoundingClientRect().right));")
        raise AssertionError(f"{self.path()} scrolls sideways at {width} px (content is {scroll} px wide): {wide}")
