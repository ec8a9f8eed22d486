# Two entry points: `make run` (start the app) and `make test` (ruff, mypy on the core, pytest).
# Both create .venv on first use and reinstall when pyproject.toml changes.
# Shipping (packaging/README.md): `make package` builds the frozen one-folder app and its .tar.gz in dist/
# (in its own venv, build/package-venv), `make check-package` runs it unpacked with no Python environment,
# `make install-desktop` / `make uninstall-desktop` add / remove the menu launcher for the current user.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test venv bench checks clean package check-package package-and-check install-desktop uninstall-desktop

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/buyer-app

test: $(STAMP)
	$(BIN)/ruff check buyer_app tests benchmarks tools
	$(BIN)/mypy buyer_app/core
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q
	@# under CI (CI=true) the frozen app is also built and checked: about 2 minutes here (packaging/README.md)
	@if [ "$$CI" = "true" ]; then $(MAKE) --no-print-directory package-and-check; fi

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_core.py
	$(BIN)/python benchmarks/bench_ui.py
	$(BIN)/python benchmarks/bench_uncertainty.py

checks: $(STAMP)
	../shared/checks/run-all

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# --- the frozen build (PyInstaller, one folder) --------------------------------------------------------
# A venv of its own (the dependencies, PyInstaller, and the app as an editable install: the spec freezes
# the working tree's buyer_app/ and resources/), so the build never picks up the test tools of .venv.
PKG_VENV  := build/package-venv
PKG_STAMP := $(PKG_VENV)/.installed

$(PKG_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PKG_VENV)/bin/python -m pip install --quiet -e '.[package]'
	touch $(PKG_STAMP)

# dist/buyer-app/ (the app, run dist/buyer-app/buyer-app) and dist/buyer-app-VERSION-linux-ARCH.tar.gz
package: $(PKG_STAMP)
	PKG_PYTHON=$(PKG_VENV)/bin/python bash packaging/build.sh

# unpack the archive elsewhere and run it with an empty environment (needs poppler-utils)
check-package:
	bash packaging/check_frozen.sh

# both, timed (the figure CI's decision rests on: packaging/README.md)
package-and-check:
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory package && bash packaging/check_frozen.sh; rc=$$?; \
	echo "build and check: $$(( $$(date +%s) - start )) s (exit $$rc)"; exit $$rc

# The launcher runs the development venv's buyer-app by default; FROZEN=1 makes it run the frozen build
# in dist/buyer-app/ instead (build it first with `make package`). The archive carries install-desktop.sh
# for the same job on an unpacked copy.
ifdef FROZEN
DESKTOP_EXEC := $(CURDIR)/dist/buyer-app/buyer-app
DESKTOP_DEPS :=
else
DESKTOP_EXEC := $(CURDIR)/$(BIN)/buyer-app
DESKTOP_DEPS := $(STAMP)
endif

install-desktop: $(DESKTOP_DEPS)
	bash packaging/install-desktop.sh --exec "$(DESKTOP_EXEC)"

uninstall-desktop:
	bash packaging/install-desktop.sh --uninstall
