# Behovsmelding — the one interface for people and CI.
#   make run    install what is missing, build, migrate, load demo data, serve
#   make test   install what is missing, build and run every test (Swift, then the browser)
#   make e2e    the browser tests alone: headless Chromium, axe, keyboard, 320 px
#   make screenshots   a PNG of every page per role at 1280 and 390 px in screenshots/

SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)

SWIFT ?= swift
HOST ?= 127.0.0.1
PORT ?= 8080
DB ?= data/behovsmelding.sqlite
ROOT ?= .
APT_PACKAGES := libsqlite3-dev zlib1g-dev tzdata
E2E_APT_PACKAGES := chromium chromium-driver python3-venv openssl
BIN = $$($(SWIFT) build --show-bin-path)/behovsmelding
RELEASE_BIN = $$($(SWIFT) build -c release --show-bin-path)/behovsmelding
E2E := .e2e
E2E_PY := $(E2E)/venv/bin/python

# Installs the Debian packages named in $(1) that are not installed yet.
define apt_ensure
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installerer:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
endef

.PHONY: setup build release run migrate seed-demo test swift-test e2e-setup e2e screenshots bench bench-ab clean

## setup: install the system libraries when missing (SQLite, zlib, time zones).
setup:
	$(call apt_ensure,$(APT_PACKAGES))
	@command -v $(SWIFT) >/dev/null || { echo "Fant ikke Swift. Installer Swift 6 (https://swift.org) og prøv igjen."; exit 1; }

## build: compile the server (debug).
build: setup
	$(SWIFT) build --product behovsmelding

migrate: build
	$(BIN) migrate --db $(DB) --root $(ROOT)

seed-demo: build
	$(BIN) seed-demo --db $(DB) --root $(ROOT)

## run: build, migrate, demo data on first start, then serve on http://$(HOST):$(PORT).
run: build
	@$(BIN) migrate --db $(DB) --root $(ROOT)
	@$(BIN) seed-demo --db $(DB) --root $(ROOT)
	@echo ""
	@echo "  Behovsmelding kjører på http://$(HOST):$(PORT)"
	@echo "  Database: $(DB)   Stopp med Ctrl+C."
	@echo ""
	@exec $(BIN) serve --host $(HOST) --port $(PORT) --db $(DB) --root $(ROOT)

## test: every test, from a clean clone: the Swift tests, then the browser tests.
test: swift-test e2e

## The tests' output is kept in .build/swift-test.log; when a test fails, the failures are
## printed again at the end, so that the last lines of a long log (all CI keeps) name them.
swift-test: setup
	$(SWIFT) build --build-tests
	@{ $(SWIFT) test --skip-build 2>&1; echo $$? > .build/swift-test.status; } | tee .build/swift-test.log
	@status=$$(cat .build/swift-test.status); \
	  if [ "$$status" != 0 ]; then \
	    echo ""; echo "== Failed Swift tests (all of the output is in .build/swift-test.log):"; \
	    grep -E "✘|↳|error: -\[" .build/swift-test.log | head -80; \
	  fi; \
	  exit $$status

## e2e-setup: Chromium and its driver (Debian), Selenium, pytest, openpyxl (an XLSX reader
## that is not ours), icalendar (a strict iCalendar parser) and aiosmtpd (a mail server the
## notification tests send to) in $(E2E)/venv, and
## axe-core's axe.min.js from the axe-playwright-python wheel (nothing else of it is used).
e2e-setup: setup
	$(call apt_ensure,$(E2E_APT_PACKAGES))
	@test -x $(E2E_PY) || python3 -m venv $(E2E)/venv
	@$(E2E_PY) -c "import selenium, pytest, openpyxl, icalendar, aiosmtpd" 2>/dev/null || $(E2E_PY) -m pip install -q 'selenium<4.52' pytest openpyxl icalendar aiosmtpd
	@test -s $(E2E)/axe.min.js || { \
	  $(E2E_PY) -m pip download -q --no-deps -d $(E2E)/wheel axe-playwright-python==0.1.8 && \
	  $(E2E_PY) -c "import glob, zipfile; w = zipfile.ZipFile(glob.glob('$(E2E)/wheel/*.whl')[0]); open('$(E2E)/axe.min.js', 'wb').write(w.read('axe_playwright_python/axe.min.js'))"; }

## e2e: build the release binary and run the browser tests against it; each test module
## starts its own server on a free loopback port with a fresh demo database, and stops it.
e2e: e2e-setup release
	BEHOVSMELDING_BIN=$(RELEASE_BIN) BEHOVSMELDING_ROOT=$(CURDIR) $(E2E_PY) -m pytest -q -p no:cacheprovider Tests/Browser

## release: the release binary the browser tests and screenshots run.
release: setup
	$(SWIFT) build -c release --product behovsmelding

## screenshots: every page per role at 1280 and 390 px wide, in screenshots/.
screenshots: e2e-setup release
	BEHOVSMELDING_BIN=$(RELEASE_BIN) BEHOVSMELDING_ROOT=$(CURDIR) $(E2E_PY) Tests/Browser/screenshots.py screenshots

## bench: the national dataset (seed-bench) under the release binary: every role's daily pages
## with wrk against the static-file rate of the same run, single-user times, a write mix of 32
## owners saving drafts, peak RSS; a table, and JSON in .build/bench.json. BENCH_SIZE=fylke for a
## quick run; BENCH_SECONDS, BENCH_RUNS and BENCH_CLIENTS change the load (see Tests/Bench/bench.py).
bench: release
	$(call apt_ensure,wrk)
	BEHOVSMELDING_BIN=$(RELEASE_BIN) BEHOVSMELDING_ROOT=$(CURDIR) python3 Tests/Bench/bench.py

## bench-ab BASE=<revision>: the server's CPU time per view of the daily pages on the release
## build of BASE (checked out and built under .build/bench-ab/) and on this one, taking turns in
## both orders; for steps too small for make bench. BENCH_AB_PAGES=<names or paths> for some
## pages, BENCH_AB_ROUNDS pairs each (see Tests/Bench/ab.py). JSON in .build/bench-ab.json.
bench-ab: release
	$(call apt_ensure,wrk)
	BENCH_AB_BASE=$(BASE) SWIFT=$(SWIFT) BEHOVSMELDING_BIN=$(RELEASE_BIN) BEHOVSMELDING_ROOT=$(CURDIR) python3 Tests/Bench/ab.py

## clean: remove build output and the local database.
clean:
	rm -rf .build data
