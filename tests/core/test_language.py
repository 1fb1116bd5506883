"""German and English in the core: dates as people type them, label names, the language
settings, and the words an export writes (issue 14). Expected values come from the issue and
from how a German memo is written, not from the code."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import export_library
import pytest

from reader.cli.main import main
from reader.core.date_input import parse_date
from reader.core.export import copy_as_markdown, export_briefing, export_combined, export_sources
from reader.core.labels import label_name, label_names_in, resolve_label
from reader.core.search import InvalidSearch
from reader.core.search.query import parse
from reader.core.settings import Settings, system_locale
from reader.core.store import Store
from reader.core.user_metadata import MetadataError, clean_date

# -- dates a person types ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("28.10.2025", "2025-10-28"),
        ("28. Oktober 2025", "2025-10-28"),
        ("28. Okt. 2025", "2025-10-28"),
        ("1. März 2025", "2025-03-01"),
        ("1. Maerz 2025", "2025-03-01"),
        ("3.4.2025", "2025-04-03"),
        ("28.10.2025 14:30", "2025-10-28T14:30"),
        ("28.10.2025, 9:05 Uhr", "2025-10-28T09:05"),
        ("Oktober 2025", "2025-10"),
        ("10.2025", "2025-10"),
        ("2025", "2025"),
        ("2025-10", "2025-10"),
        ("2025-10-28", "2025-10-28"),
        ("2025-10-28T18:05", "2025-10-28T18:05"),
        ("28 October 2025", "2025-10-28"),
        ("October 28, 2025", "2025-10-28"),
        ("  28.  Oktober   2025 ", "2025-10-28"),
    ],
)
def test_dates_in_german_and_english_forms(typed: str, iso: str) -> None:
    assert parse_date(typed) == iso


@pytest.mark.parametrize(
    "typed", ["31.02.2025", "00.10.2025", "28.13.2025", "2025-13", "28. Brumaire 2025",
              "28.10.25", "gestern", "", "28.10.2025 25:00"],
)  # fmt: skip
def test_what_is_no_date_is_refused(typed: str) -> None:
    assert parse_date(typed) is None


def test_metadata_editor_takes_german_dates_and_needs_a_day() -> None:
    assert clean_date("28. Oktober 2025") == "2025-10-28"
    assert clean_date("11.04.2024 11:46") == "2024-04-11T11:46"
    with pytest.raises(MetadataError) as refused:
        clean_date("Oktober 2025")
    assert refused.value.field == "published" and "11.04.2024" in refused.value.reason


def test_search_filters_take_german_dates() -> None:
    query = parse('after:28.10.2025 before:"1. Dezember 2025" Halbleiter')
    assert [(f.key, f.value) for f in query.filters] == [
        ("after", "2025-10-28"),
        ("before", "2025-12-01"),
    ]
    assert [(f.key, f.value) for f in parse("before:10.2025").filters] == [("before", "2025-10")]
    with pytest.raises(InvalidSearch, match="before:"):
        parse("before:31.02.2025")


def test_the_cli_accepts_german_dates(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "lib")
    assert main(["--data-dir", data, "import", str(seeds_dir)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "search", "Japan", "after:1.1.2000", "--json"]) == 0
    german = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", data, "search", "Japan", "after:2000-01-01", "--json"]) == 0
    assert german == json.loads(capsys.readouterr().out) and german
    assert main(["--data-dir", data, "search", "before:31.02.2025"]) != 0
    assert "invalid search" in capsys.readouterr().err  # the CLI stays English


# -- label names ------------------------------------------------------------------------------


def test_default_label_names_follow_the_language_and_renames_stay() -> None:
    assert label_names_in("de") == {
        "key": "Kernaussage",
        "evidence": "Beleg/Zahl",
        "risk": "Risiko",
        "client": "Zitat für Kunden",
        "question": "Frage",
    }
    assert label_names_in("en")["client"] == "Quote for client"
    renamed = label_names_in("de", {"risk": "Red flag"})
    assert renamed["risk"] == "Red flag" and renamed["key"] == "Kernaussage"
    assert label_name("question") == "Question"
    assert label_name("question", None, "de") == "Frage"


def test_a_label_is_found_by_its_name_in_either_language() -> None:
    assert resolve_label("Risiko") == "risk"
    assert resolve_label("zitat für kunden") == "client"
    assert resolve_label("Risk") == "risk"
    assert parse("label:Kernaussage").filters[0].value == "key"


# -- settings ---------------------------------------------------------------------------------


def test_language_settings_round_trip_and_bad_values_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert Settings.load(path).language == "system"
    assert Settings.load(path).export_language == "ui"
    Settings(language="de", export_language="en").save(path)
    loaded = Settings.load(path)
    assert (loaded.language, loaded.export_language) == ("de", "en")
    path.write_text('language = "klingon"\nexport_language = 3\n', encoding="utf-8")
    loaded = Settings.load(path)
    assert (loaded.language, loaded.export_language) == ("system", "ui")


def test_the_window_language_follows_the_system_unless_chosen() -> None:
    assert Settings().ui_language("de_DE") == "de"
    assert Settings().ui_language("de_AT.UTF-8") == "de"
    assert Settings().ui_language("en_GB") == "en"
    assert Settings().ui_language("fr_FR") == "en"  # no French yet: English
    assert Settings(language="en").ui_language("de_DE") == "en"
    assert Settings(language="de").ui_language("C") == "de"
    assert Settings().export_language_for("de") == "de"
    assert Settings(export_language="en").export_language_for("de") == "en"
    assert system_locale({"LANG": "de_DE.UTF-8"}) == "de_DE.UTF-8"
    assert system_locale({"LC_ALL": "en_US", "LANG": "de_DE"}) == "en_US"


# -- exports ----------------------------------------------------------------------------------


@pytest.fixture
def annotated(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "library.sqlite")
    export_library.build(store)
    return store


def test_a_german_export_says_markierungen_and_absatz(annotated: Store, tmp_path: Path) -> None:
    report = export_sources(annotated, [1], tmp_path / "de", language="de")
    text = report.written[0].read_text(encoding="utf-8")
    assert "## Markierungen" in text and "## Highlights" not in text
    assert "> — Risiko · Absatz" in text and "> — Kernaussage · Absatz" in text
    assert "paragraph" not in text
    # Front matter is for Obsidian: its keys and the ISO date do not change with the language.
    english = export_sources(annotated, [1], tmp_path / "en").written[0].read_text(encoding="utf-8")
    front = text.split("\n---\n", 1)[0]
    assert front == english.split("\n---\n", 1)[0]
    assert "published: 2025-10-28" in front and "title:" in front


def test_a_renamed_label_keeps_its_name_in_a_german_export(annotated: Store, tmp_path: Path) -> None:
    report = export_sources(annotated, [1], tmp_path, label_names={"risk": "Red flag"}, language="de")
    text = report.written[0].read_text(encoding="utf-8")
    assert "> — Red flag · Absatz" in text and "Kernaussage" in text


def test_a_german_combined_file_names_tags_in_german(annotated: Store, tmp_path: Path) -> None:
    report = export_combined(annotated, [1, 3], tmp_path, "Japan", language="de",
                             today=date(2025, 11, 3))  # fmt: skip
    text = report.written[0].read_text(encoding="utf-8")
    assert "Schlagwörter: " in text and "Absatz" in text and "Zitat für Kunden" in text


def test_a_german_briefing_cites_absatz_and_lists_quellen(annotated: Store, tmp_path: Path) -> None:
    briefing, _ = annotated.briefings.create("Japan")
    ids = [h.id for h in annotated.highlights.for_source(1)]
    annotated.briefings.add_highlights(briefing.id, ids)
    report = export_briefing(annotated, briefing.id, tmp_path, language="de")
    text = report.written[0].read_text(encoding="utf-8")
    assert "## Quellen" in text and "## Sources" not in text
    assert "Industrie-Blog, Redaktion, 28.10.2025, „Japan–USA schmieden ‚Goldenes Bündnis‘“, Absatz" in text
    assert "- Industrie-Blog, Redaktion: „Japan–USA" in text


def test_copy_as_markdown_in_german(annotated: Store) -> None:
    ids = [h.id for h in annotated.highlights.for_source(3)]
    text = copy_as_markdown(annotated, ids, "de")
    assert "> — Handelsblatt, Nicole Bastian, 11.04.2024, „Die USA und Japan" in text
    assert ", Absatz " in text
    english = copy_as_markdown(annotated, ids)
    assert "2024-04-11" in english and ", paragraph " in english


def test_cli_exports_follow_the_language_chosen_in_preferences(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "lib"
    assert main(["--data-dir", str(data), "import", str(seeds_dir)]) == 0
    assert main(["--data-dir", str(data), "highlight", "add", "1", "--quote", "Ein Schwerpunkt liegt auf Schlüsseltechnologien",
                 "--label", "risk"]) == 0
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # the terminal's locale does not decide
    assert main(["--data-dir", str(data), "export", "--source", "1", str(tmp_path / "en")]) == 0
    english = next((tmp_path / "en").glob("*.md")).read_text(encoding="utf-8")
    assert "## Highlights" in english and "Risk · paragraph" in english
    Settings(language="de").save(data / "config" / "settings.toml")
    assert main(["--data-dir", str(data), "export", "--source", "1", str(tmp_path / "de")]) == 0
    german = next((tmp_path / "de").glob("*.md")).read_text(encoding="utf-8")
    assert "## Markierungen" in german and "Risiko · Absatz" in german
    out = capsys.readouterr().out
    assert "written" in out  # the command's own messages stay English
