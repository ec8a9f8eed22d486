# Two entry points: `make run` (start the app) and `make test` (ruff check and format, the import contracts,
# mypy --strict, pytest, the wheel, the lowest declared versions). Both create .venv on first use and
# reinstall when pyproject.toml or the lock changes.
# Shipping (packaging/README.md): `make package` builds the frozen one-folder app and its .tar.gz in dist/
# (in its own venv, build/package-venv), `make check-package` runs it unpacked with no Python environment,
# `make install-desktop` / `make uninstall-desktop` add / remove the menu launcher for the current user.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Every install takes its versions from the committed lock of tested versions (requirements/README.md): the
# project's dependencies, the test tools, PyInstaller and the build backend. PIP_CONSTRAINT (not -c) so that
# the isolated environment pip builds the project in obeys it too. `make lock` refreshes it.
LOCK   := requirements/lock.txt
LOWEST := requirements/lowest.txt
PIP_VERSION := 26.3
LOCKED := PIP_CONSTRAINT=$(CURDIR)/$(LOCK)
QT     := QT_QPA_PLATFORM=offscreen

.PHONY: run bytecode test test-fast test-suite check-wheel test-lowest lock venv bench checks clean package check-package \
        package-and-check install-desktop uninstall-desktop

venv: $(STAMP)

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==$(PIP_VERSION)
	$(LOCKED) $(BIN)/python -m pip install --quiet -e '.[test]'
	$(MAKE) --no-print-directory bytecode
	touch $(STAMP)

# the app's bytecode, as pip writes it when it installs a wheel: without it (an editable install under
# PYTHONDONTWRITEBYTECODE) every start compiles the sources again, about 0.13 s here
bytecode:
	$(BIN)/python -m compileall -q buyer_app

run: $(STAMP)
	$(BIN)/buyer-app

# The whole check: lint, types, the suite, the wheel as a user installs it, the lowest declared versions, and
# under CI (CI=true) the frozen app (about 2 minutes; packaging/README.md).
test: test-suite check-wheel test-lowest
	@if [ "$$CI" = "true" ]; then $(MAKE) --no-print-directory package-and-check; fi

test-suite: $(STAMP)
	$(BIN)/ruff check buyer_app tests benchmarks tools
	$(BIN)/ruff format --check buyer_app tests benchmarks tools
	$(BIN)/lint-imports
	$(BIN)/mypy buyer_app
	$(QT) $(BIN)/pytest -q

# the inner loop: lint and the tests not marked slow on two workers, stopping at the first failure (about 40 s here)
test-fast: $(STAMP)
	$(BIN)/ruff check buyer_app tests benchmarks tools
	$(BIN)/ruff format --check buyer_app tests benchmarks tools
	$(BIN)/lint-imports
	$(QT) $(BIN)/pytest -q -x -n 2 -m "not slow"

# build the sdist, the wheel from it, install the wheel into a fresh venv and run every verb from there
check-wheel: $(STAMP)
	$(LOCKED) PIP_VERSION=$(PIP_VERSION) PYTHON=$(PYTHON) BUILD_PYTHON=$(BIN)/python bash packaging/check_wheel.sh

# the lowest versions pyproject.toml allows (requirements/lowest.txt) pass the core and window suites
LOW_VENV  := build/lowest-venv
LOW_STAMP := $(LOW_VENV)/.installed
$(LOW_STAMP): pyproject.toml $(LOWEST)
	rm -rf $(LOW_VENV)
	$(PYTHON) -m venv $(LOW_VENV)
	$(LOW_VENV)/bin/python -m pip install --quiet pip==$(PIP_VERSION)
	PIP_CONSTRAINT=$(CURDIR)/$(LOWEST) $(LOW_VENV)/bin/python -m pip install --quiet -e '.[test]'
	touch $(LOW_STAMP)

test-lowest: $(LOW_STAMP)
	@$(LOW_VENV)/bin/python -c "import PySide6, pandas, numpy, pyqtgraph, platformdirs as p, openpyxl; \
	    print('lowest versions: PySide6', PySide6.__version__, 'pandas', pandas.__version__, 'numpy', numpy.__version__, \
	          'pyqtgraph', pyqtgraph.__version__, 'platformdirs', p.__version__, 'openpyxl', openpyxl.__version__)"
	$(QT) $(LOW_VENV)/bin/python -m pytest -q -p no:cacheprovider tests/core tests/ui tests/report/test_workbook.py

# refresh both locks from pyproject.toml (newest versions, and the lowest ones it allows); then run `make test`
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet "$$(grep -m1 '^uv==' requirements/build.in)"
	$(BIN)/uv pip compile --quiet --python-version 3.11 --extra test --extra package pyproject.toml \
	    requirements/build.in -o $(LOCK)
	$(BIN)/uv pip compile --quiet --python-version 3.11 --extra test --resolution lowest-direct pyproject.toml \
	    requirements/build.in -o $(LOWEST)

bench: $(STAMP) bytecode
	$(BIN)/python benchmarks/bench_core.py
	$(BIN)/python benchmarks/bench_ui.py
	$(BIN)/python benchmarks/bench_uncertainty.py
	$(BIN)/python benchmarks/bench_start.py

checks: $(STAMP) bytecode
	../shared/checks/run-all

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# --- the frozen build (PyInstaller, one folder) --------------------------------------------------------
# A venv of its own (the dependencies, PyInstaller, and the app as an editable install: the spec freezes
# the working tree's buyer_app/ and resources/), so the build never picks up the test tools of .venv.
PKG_VENV  := build/package-venv
PKG_STAMP := $(PKG_VENV)/.installed

$(PKG_STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet pip==$(PIP_VERSION)
	$(LOCKED) $(PKG_VENV)/bin/python -m pip install --quiet -e '.[package]'
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
