# Behovsmelding — the one interface for people and CI.
#   make run    install what is missing, build, migrate, load demo data, serve
#   make test   install what is missing, build and run every test

SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)

SWIFT ?= swift
HOST ?= 127.0.0.1
PORT ?= 8080
DB ?= data/behovsmelding.sqlite
ROOT ?= .
APT_PACKAGES := libsqlite3-dev zlib1g-dev tzdata
BIN = $$($(SWIFT) build --show-bin-path)/behovsmelding

.PHONY: setup build run migrate seed-demo test clean

## setup: install the system libraries when missing (SQLite, zlib, time zones).
setup:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installerer:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
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

## test: every test, from a clean clone.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## clean: remove build output and the local database.
clean:
	rm -rf .build data
