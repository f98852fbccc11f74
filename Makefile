# aCRM Desk — developer entry points (GNU make; Debian/Ubuntu with Python 3.11+).
#
#   make run       create .venv if needed and open the desktop on the embedded database
#   make test      lint, format check, the whole test suite headless (PostgreSQL included)
#                  (PYTEST_ARGS="-k search" to run part of it; ACRM_SKIP_PG=1 skips PostgreSQL)
#   make package   build dist/acrm with PyInstaller and check the built program
#   make package-test  build dist/acrm, then run it: --version, desk --smoke, db upgrade, sync --once
#   make installer dist/acrm-desk_<version>_amd64.deb from dist/acrm (runs `make package` first)
#   make bench     the performance scripts in bench/ (not part of `make test`)
#   make screenshots  the desk painted at 1024x700, 1366x768, 1920x1080 (resources/screenshots/)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SYSTEM := tools/ensure-system-packages.sh
PYTEST_ARGS ?=
# The PostgreSQL tests can be switched off (ACRM_SKIP_PG=1); then we need not install it.
PG_GROUP := $(if $(filter 1,$(ACRM_SKIP_PG)),,postgres)

.DEFAULT_GOAL := help
.PHONY: help run test lint smoke screenshots package package-build package-test installer bench \
	clean distclean system-test system-run system-package system-package-test system-installer

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

# --- environment ---------------------------------------------------------------------------
# Stamps: pip runs again only when pyproject.toml changes (or the venv is new).

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "aCRM Desk needs Python 3.11 or newer; run: make PYTHON=python3.11 ..." >&2; exit 1; }
	PYTHON=$(PYTHON) $(SYSTEM) venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

$(VENV)/.stamp-package: pyproject.toml $(VENV)/.stamp-dev
	$(BIN)/pip install --quiet -e '.[dev,package]'
	@touch $@

# `installer`: the suite builds a .deb from a fake program and validates its launcher files.
system-test:
	@$(SYSTEM) qt installer $(PG_GROUP)

system-run:
	@$(SYSTEM) qt gui

# The build bundles the xcb plugin's libraries from this machine, so it needs them (gui).
system-package:
	@$(SYSTEM) qt gui package

system-package-test:
	@$(SYSTEM) qt gui package postgres package-test

system-installer:
	@$(SYSTEM) installer

# --- targets -------------------------------------------------------------------------------

run: $(VENV)/.stamp-dev system-run
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ]; then \
		echo "No display (DISPLAY/WAYLAND_DISPLAY unset): run this on a desktop session," \
			"or try 'make smoke' for a headless start." >&2; exit 1; fi
	$(BIN)/acrm desk

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# pytest exits 5 when it collected no test: that must fail too (and say so).
test: lint system-test
	@QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; \
	exit $$status

# Start headless on fresh demo data, open one customer, exit 0 when the card is painted.
smoke: $(VENV)/.stamp-dev system-test
	@data=$$(mktemp -d); trap 'rm -rf "$$data"' EXIT; \
	QT_QPA_PLATFORM=offscreen ACRM_DATA_DIR="$$data" $(BIN)/acrm desk --smoke

# The folder alone; `package` checks it, `package-test` runs it through every step.
package-build: $(VENV)/.stamp-package system-package
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

package: package-build
	@expected="acrm $$($(BIN)/python -c 'import app; print(app.__version__)')"; \
	got="$$(dist/acrm/acrm --version)"; echo "dist/acrm/acrm --version: $$got"; \
	[ "$$got" = "$$expected" ] || { echo "expected '$$expected'" >&2; exit 1; }
	@data=$$(mktemp -d); trap 'rm -rf "$$data"' EXIT; \
	echo "dist/acrm/acrm desk --smoke"; \
	QT_QPA_PLATFORM=offscreen ACRM_DATA_DIR="$$data" dist/acrm/acrm desk --smoke

# The frozen program against a temporary SQLite file and a throwaway PostgreSQL, its password
# in a private GNOME Keyring (tools/package_check.py); `.ci/run` runs it after `make test`.
package-test: package-build system-package-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/package_check.py --program dist/acrm/acrm

# The Debian package: /opt/acrm, /usr/bin/acrm, launcher, icons, AppStream (tools/build_deb.py).
installer: package system-installer
	$(BIN)/python tools/build_deb.py dist/acrm --out dist

bench: $(VENV)/.stamp-dev system-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_import.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_services.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_gui_open.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_rules.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_actions.py
	$(BIN)/python bench/bench_sync.py all
	$(BIN)/python bench/bench_team.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) bench/out

# The desk painted with demo data at the sizes the layout tests check (resources/screenshots/).
SHOTS := resources/screenshots
screenshots: $(VENV)/.stamp-dev system-test
	@mkdir -p $(SHOTS)
	@for shot in pl_PL:1024x700 pl_PL:1366x768 pl_PL:1920x1080 ru_RU:1024x700; do \
		locale=$${shot%%:*}; size=$${shot##*:}; data=$$(mktemp -d); \
		QT_QPA_PLATFORM=offscreen ACRM_DATA_DIR="$$data" ACRM_LOCALE=$$locale \
			$(BIN)/acrm desk --smoke --verified --size $$size --screenshot $(SHOTS)/desk-$$size-$$locale.png \
			|| { rm -rf "$$data"; exit 1; }; \
		rm -rf "$$data"; \
	done
