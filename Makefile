# `make run` starts the app on the bundled seeds; `make test` runs ruff, mypy and the whole suite.
# Both create .venv and install the project on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshot system-deps clean

run: $(STAMP)
	$(BIN)/python -m reader

# Lint and types first (seconds), then the suite, whose summary stays the last line.
test: $(STAMP)
	$(BIN)/ruff check reader tests benchmarks tools
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot.png

system-deps:
	@packaging/system-deps.sh --install

$(STAMP): pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
