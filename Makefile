# `make run` starts the app on the bundled seeds; `make test` runs ruff, mypy and the whole suite.
# Both create .venv and install the project on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The window's translations: sources (.ts, committed) compiled to .qm (committed too, so a fresh
# clone started any way speaks German; rebuilt here whenever a .ts is newer).
I18N := resources/i18n
QM := $(I18N)/briefing_reader_de.qm $(I18N)/briefing_reader_en.qm
LUPDATE = $(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete reader/ui

.PHONY: run test bench screenshot system-deps clean translations

run: $(STAMP) $(QM)
	$(BIN)/python -m reader

# After changing strings in reader/ui: collect them into the .ts files (new ones come in
# unfinished; translate them with pyside6-linguist or in the XML), then compile.
translations: $(STAMP)
	$(LUPDATE) -ts $(I18N)/briefing_reader_de.ts
	$(LUPDATE) -pluralonly -ts $(I18N)/briefing_reader_en.ts
	$(MAKE) --no-print-directory $(QM)

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Lint and types first (seconds), then the suite, whose summary stays the last line.
test: $(STAMP)
	$(BIN)/ruff check reader tests benchmarks tools
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot-de.png --language de
	for view in entities story composer timeline; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot_views.py $$view docs/screenshot-$$view.png || exit 1; \
	done

system-deps:
	@packaging/system-deps.sh --install

$(STAMP): pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/pyside6-lrelease -silent $(I18N)/briefing_reader_de.ts $(I18N)/briefing_reader_en.ts
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
