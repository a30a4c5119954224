"""`make screenshots`: a PNG of every page of test_pages.PAGES per role at 1280 and 390 px,
whole page height, in the folder given (screenshots/). Look at them."""
import os
import re
import sys

from conftest import Server
from person import Site, browser
from test_pages import PAGES


def slug(path, action):
    name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "start"
    return name + ("-feil" if action else "")


def main(folder):
    os.makedirs(folder, exist_ok=True)
    server = Server()
    count = 0
    try:
        for width in (1280, 390):
            for who, pages in PAGES.items():
                driver = browser(javascript=True, width=width)
                try:
                    s = Site(driver, server.base, axe=False)
                    if who:
                        s.login(who)
                    for path, action in pages:
                        s.go(path)
                        if action:
                            action(s)
                        height = driver.execute_script("return document.documentElement.scrollHeight")
                        driver.set_window_size(width, min(max(height, 600), 8000))
                        role = (who or "anonym").split("@")[0]
                        driver.save_screenshot(os.path.join(folder, f"{role}-{width}-{slug(path, action)}.png"))
                        driver.set_window_size(width, 900)
                        count += 1
                finally:
                    driver.quit()
    finally:
        server.stop()
    print(f"{count} skjermbilder i {folder}/")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
