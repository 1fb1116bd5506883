"""The translation machinery: catalogues current with the code, the language chosen at start,
Preferences ▸ Language, and dates through QLocale (issue 14)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from reader.core.settings import Settings
from reader.ui import i18n
from reader.ui.date_display import added_date, long_date, short_date
from reader.ui.dialogs.preferences_dialog import PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return str(found)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path, language: str) -> None:
    """A fresh clone started any way (python -m reader, the frozen build) loads the committed
    .qm, so it must say what the .ts says."""
    fresh = tmp_path / f"briefing_reader_{language}.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(I18N / f"briefing_reader_{language}.ts"),
                    "-qm", str(fresh)], check=True)  # fmt: skip
    assert fresh.read_bytes() == (I18N / f"briefing_reader_{language}.qm").read_bytes()


@pytest.mark.parametrize(("language", "extra"), [("de", []), ("en", ["-pluralonly"])])
def test_lupdate_finds_nothing_unfinished_or_obsolete(
    tmp_path: Path, language: str, extra: list[str]
) -> None:
    """Every string of reader/ui is in the catalogue and translated; none is left over."""
    ts = tmp_path / f"briefing_reader_{language}.ts"
    shutil.copy(I18N / ts.name, ts)
    done = subprocess.run(
        [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", *extra,
         str(ROOT / "reader" / "ui"), "-ts", str(ts)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    messages = ElementTree.parse(ts).getroot().iter("message")
    states = [(m.findtext("source"), m.find("translation").get("type")) for m in messages]
    unfinished = [source for source, state in states if state == "unfinished"]
    obsolete = [source for source, state in states if state in ("vanished", "obsolete")]
    assert (unfinished, obsolete) == ([], []), done.stdout


def _marked_strings(path: Path) -> Iterator[tuple[int, str, bool]]:
    """The source texts a module marks for translation: tr(text…), translate(context, text…),
    QT_TRANSLATE_NOOP(context, text) with a literal text; and whether a count is passed."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
            yield node.lineno, text.value, len(node.args) > position + 2


def test_every_marked_string_reaches_the_catalogue() -> None:
    """pyside6-lupdate silently skips some calls (a plural count such as len(x) inside
    translate(), a second translate() in one call); those strings would stay English."""
    messages = list(ElementTree.parse(I18N / "briefing_reader_de.ts").iter("message"))
    sources = {m.findtext("source") for m in messages}
    plurals = {m.findtext("source") for m in messages if m.get("numerus") == "yes"}
    marked = [(path, *found) for path in sorted((ROOT / "reader" / "ui").rglob("*.py"))
              for found in _marked_strings(path)]  # fmt: skip
    missing = [f"{p.relative_to(ROOT)}:{line}: {text[:60]}" for p, line, text, _n in marked if text not in sources]
    # A count with "%Ln" needs plural forms; lupdate marks translate(…, n) as plural only for a
    # literal n, so such strings go through Plural.tr (or self.tr) instead.
    singular = [f"{p.relative_to(ROOT)}:{line}: {text[:60]}" for p, line, text, counted in marked
                if counted and "%Ln" in text and text not in plurals]  # fmt: skip
    # "%n" writes 2000 where the library list writes 2,000: every count is "%Ln"
    ungrouped = [f"{p.relative_to(ROOT)}:{line}: {text[:60]}" for p, line, text, _n in marked if "%n" in text]
    assert (missing, singular, ungrouped) == ([], [], [])


def test_the_language_follows_the_system_unless_chosen() -> None:
    assert i18n.choose_language(Settings(), GERMANY) == "de"
    assert i18n.choose_language(Settings(), QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert i18n.choose_language(Settings(), US) == "en"
    assert i18n.choose_language(Settings(), QLocale(QLocale.Language.French)) == "en"
    assert i18n.choose_language(Settings(language="en"), GERMANY) == "en"
    assert i18n.choose_language(Settings(language="de"), US) == "de"


def test_german_translates_ours_and_qts_own_strings(qapp) -> None:
    i18n.install(qapp, "de", GERMANY)
    assert i18n.current_language() == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("Plural", "%Ln imported", "", 3) == "3 importiert"
    assert QCoreApplication.translate("Plural", "%Ln imported", "", 2000) == "2.000 importiert"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # qtbase_de
    assert QLocale().language() == QLocale.Language.German
    i18n.install(qapp, "en", US)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("LibraryPane", "%Ln source(s)", "", 1) == "1 source"
    assert QCoreApplication.translate("LibraryPane", "%Ln source(s)", "", 1234) == "1,234 sources"


def test_dates_in_german_and_english(qapp) -> None:
    i18n.install(qapp, "de", GERMANY)
    assert long_date("2025-10-28") == "28.\u00a0Oktober\u00a02025"
    assert long_date("2025-10-28T18:05") == "28.\u00a0Oktober\u00a02025, 18:05"
    assert short_date("2025-03-04") == "4.\u00a0März\u00a02025"
    assert short_date("2024-10-04") == "4.\u00a0Okt.\u00a02024"
    now = datetime.now(UTC)
    assert added_date(now.isoformat()) == "heute hinzugefügt"
    assert added_date((now - timedelta(days=1)).isoformat()) == "gestern hinzugefügt"
    assert added_date("2025-11-03T09:00:00+00:00", today=date(2026, 1, 1)) == "hinzugefügt am 3.\u00a0Nov.\u00a02025"
    assert long_date("bald") == "bald"  # not a date: shown as it is
    i18n.install(qapp, "en", US)
    assert long_date("2025-10-28T18:05").startswith("28\u00a0October\u00a02025, 6:05")
    assert short_date("2024-10-04") == "4\u00a0Oct\u00a02024"
    assert added_date(now.isoformat()) == "added today"


def test_preferences_offer_the_language_and_say_when_it_applies(qtbot, qapp) -> None:
    i18n.install(qapp, "de", GERMANY)
    dialog = PreferencesDialog(Settings(label_names={"risk": "Red flag"}))
    qtbot.addWidget(dialog)
    assert [dialog.language_box.itemText(i) for i in range(3)] == ["Systemsprache", "Deutsch", "English"]
    assert "nächsten Start" in dialog.restart_note.text()
    # Unrenamed labels show their German default as placeholder; a rename stays as typed.
    assert dialog.label_edits["key"].placeholderText() == "Kernaussage"
    assert dialog.label_edits["risk"].text() == "Red flag"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.export_language_box.setCurrentIndex(dialog.export_language_box.findData("de"))
    chosen = dialog.settings()
    assert (chosen.language, chosen.export_language) == ("en", "de")
    assert chosen.label_names == {"risk": "Red flag"}


def test_a_language_chosen_in_preferences_is_saved_for_the_next_start(make_window, monkeypatch) -> None:
    window = make_window(start=False)

    def choose(dialog: PreferencesDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("de"))
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr("reader.ui.dialogs.run", choose)
    window.show_preferences()
    saved = Settings.load(window.paths.settings_file)
    assert saved.language == "de"
    assert i18n.choose_language(saved, US) == "de"


def test_the_cores_messages_are_said_in_german(qapp) -> None:
    from reader.core.search import InvalidSearch
    from reader.core.search.query import parse
    from reader.ui.core_messages import sentence, translated

    with pytest.raises(InvalidSearch) as refused:
        parse("before:31.02.2025")
    i18n.install(qapp, "de", GERMANY)
    assert sentence(str(refused.value)) == "Ungültige Suche: before: diesen Tag gibt es im Kalender nicht (31.02.2025)"
    assert translated("not a text file (PDF document)") == "keine Textdatei (PDF-Dokument)"
    assert translated("too large (7.2 MB; an article file is at most 5 MB)") == (
        "zu groß (7,2 MB; eine Artikeldatei hat höchstens 5 MB)"
    )
    assert translated("something new the core says") == "something new the core says"
    i18n.install(qapp, "en", US)
    assert sentence(str(refused.value)) == "Invalid search: " + str(refused.value)[len("invalid search: "):]
    assert translated("empty file") == "empty file"


@pytest.mark.parametrize(
    ("typed", "german"),
    [
        ("title:Japan", "Ungültige Suche: title: ist kein Filter (Filter: tag, outlet, author, agency,"),
        ("(Japan OR Korea", "Ungültige Suche: eine Klammer „(“ wird nicht geschlossen"),
        ("Japan)", "Ungültige Suche: zur Klammer „)“ fehlt die „(“"),
        ("Japan NEAR Korea", "Ungültige Suche: NEAR gibt es hier nicht: alle Wörter müssen ohnehin"),
        ("Japan OR", "Ungültige Suche: OR braucht auf beiden Seiten ein Wort"),
        ("AND", "Ungültige Suche: AND braucht auf beiden Seiten ein Wort"),
        ("NOT", "Ungültige Suche: NOT braucht danach ein Wort oder einen Filter"),
        ("NOT (Japan Korea)", "Ungültige Suche: NOT schließt nur ein Wort, einen Filter oder mit OR"),
        ("-China OR Japan", "Ungültige Suche: ein Wort vor OR lässt sich nicht ausschließen"),
    ],
)
def test_a_malformed_search_says_why_in_german(qapp, typed: str, german: str) -> None:
    from reader.core.search import InvalidSearch
    from reader.core.search.query import parse
    from reader.ui.core_messages import sentence

    with pytest.raises(InvalidSearch) as refused:
        parse(typed)
    i18n.install(qapp, "de", GERMANY)
    try:
        assert sentence(str(refused.value)).startswith(german)
    finally:
        i18n.install(qapp, "en", US)


def test_the_metadata_editor_speaks_german_dates(make_window, qapp, qtbot) -> None:
    from reader.ui.library.metadata_dialog import MetadataDialog

    i18n.install(qapp, "de", GERMANY)
    window = make_window()
    store = window.session.store
    source_id = store.sources.ids()[0]
    store.sources.update_metadata(source_id, published="2025-10-28T18:05")
    dialog = MetadataDialog(store.sources.get(source_id), window)
    qtbot.addWidget(dialog)
    date_field = dialog.editors["published"]
    assert date_field.text() == "28.10.2025 18:05"
    dialog.accept()
    assert dialog.changes() == {}  # shown the German way, stored the same
    dialog = MetadataDialog(store.sources.get(source_id), window)
    qtbot.addWidget(dialog)
    dialog.editors["published"].setText("1. November 2025")
    dialog.accept()
    assert dialog.changes() == {"published": "2025-11-01"}
    dialog = MetadataDialog(store.sources.get(source_id), window)
    qtbot.addWidget(dialog)
    dialog.editors["published"].setText("31.02.2025")
    dialog.accept()
    assert dialog.error.text() == "Datum: diesen Tag gibt es im Kalender nicht"  # typed as asked, no such day
    dialog.editors["published"].setText("gestern")
    dialog.accept()
    assert dialog.error.text().startswith("Datum: ein Datum wie 11.04.2024")


def test_german_months_when_the_c_library_formats_in_english(tmp_path) -> None:
    """LANG says German, LC_ALL=C: the window is German, and so must its dates be."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from reader.ui import i18n\n"
        "from reader.ui.date_display import long_date, short_date\n"
        "app = QApplication([])\n"
        "i18n.install(app, 'de')\n"
        "print(short_date('2025-10-28'), '|', long_date('2025-03-04'))\n"
    )
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de_DE.UTF-8", "LC_ALL": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "28.\u00a0Okt.\u00a02025 | 4.\u00a0März\u00a02025"


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_locale_number_stays_one_in_every_plural_form(language: str) -> None:
    """A source's "%Ln" (the count grouped as the locale writes it, "1.234") is never "%n" in a
    plural form: "%n" there wrote "1234" beside "1.234 Einträge" (the Entities view's hint). A
    form may leave the count out ("Give the source this import added one tag")."""
    root = ElementTree.parse(I18N / f"briefing_reader_{language}.ts").getroot()
    plain = [
        message.findtext("source")
        for message in root.iter("message")
        if "%Ln" in (message.findtext("source") or "")
        for form in message.iter("numerusform")
        if "%n" in (form.text or "")
    ]
    assert plain == []
