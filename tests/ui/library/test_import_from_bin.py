"""Importing or pasting again an article that lies in the bin with the user's work on it brings
it back with that work, and the window says so: the import report's row, the paste's status line
(in English and German). Purged for a fresh copy, its highlights and note were gone unsaid."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.models import FromBin
from reader.paths import bundled_seeds_dir
from reader.ui import dialogs
from reader.ui.library.from_bin_words import brought_back
from reader.ui.library.import_dialogs import ImportReportDialog
from tests.ui.library.test_importing import ARTICLE


@pytest.fixture
def shown(monkeypatch) -> list[object]:
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: seen.append(dialog) or 0)
    return seen


@pytest.mark.parametrize(("language", "status", "said"), [
    ("en", "Imported", "(#{id}): brought back from the bin with 1 highlight, 1 annotation and its note"),
    ("de", "Importiert", "(#{id}): aus dem Papierkorb zurückgeholt, mit 1 Markierung, 1 Anmerkung und ihrer Notiz"),
])  # fmt: skip
def test_importing_a_binned_article_again_brings_it_back_and_the_report_says_so(
    make_window, qtbot, shown, speak, language: str, status: str, said: str
) -> None:
    speak(language)
    window = make_window()
    store = window.session.store
    seed = sorted(store.sources.ids())[0]
    name = store.db.execute("SELECT file_name FROM sources WHERE id = ?", (seed,)).fetchone()[0]
    store.highlights.add(seed, 0, 20, "key", "prüfen")
    store.notes.set(seed, "Für den Kunden")
    store.sources.delete(seed)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([bundled_seeds_dir() / name])
    report = next(d for d in shown if isinstance(d, ImportReportDialog))
    assert report.table.item(0, 0).text() == status
    assert report.table.item(0, 2).text().endswith(said.format(id=seed))
    assert store.bin.contents() == [] and len(store.highlights.for_source(seed)) == 1
    qtbot.waitUntil(lambda: seed in window.library.model.ids())


def test_pasting_a_binned_text_again_brings_it_back_undoably_and_says_so(make_window, shown, speak) -> None:
    speak("en")
    window = make_window()
    store = window.session.store
    QApplication.clipboard().setText(ARTICLE)
    window.paste_action.trigger()
    pasted = window.library.current_source_id()
    store.highlights.add(pasted, 0, 10, "key")
    window.session.undo()  # the paste taken back: the source in the bin, its highlight with it
    assert [e.id for e in store.bin.contents()] == [pasted]
    window.session.undo_stack.clear()  # a later day: the paste's step long gone
    store.db.execute("UPDATE sources SET deleted_at = '2026-11-02T10:00:00+00:00' WHERE id = ?", (pasted,))
    window.paste_action.trigger()
    assert window.library.current_source_id() == pasted and store.bin.contents() == []
    assert f"(#{pasted}): brought back from the bin with 1 highlight" in window.statusBar().currentMessage()
    assert len(store.highlights.for_source(pasted)) == 1 and store.sources.count() == 6
    window.undo_action.trigger()
    assert [e.id for e in store.bin.contents()] == [pasted] and len(store.highlights.for_source(pasted)) == 1
    assert store.bin.contents()[0].deleted_at == "2026-11-02T10:00:00+00:00"  # as it lay, not deleted just now
    assert shown == []


def test_a_text_stored_meanwhile_by_another_window_is_said_to_be_there(make_window, shown, speak, monkeypatch) -> None:
    """The paste looks for a duplicate before its question about versions, the store again in its
    transaction: a copy stored between the two (another window, `briefing import` bringing it
    back from the bin) raised DuplicateSourceError out of the paste, unsaid."""
    speak("en")
    window = make_window()
    store = window.session.store
    QApplication.clipboard().setText(ARTICLE)
    window.paste_action.trigger()
    pasted = window.library.current_source_id()
    real = store.sources.find_duplicate
    looks: list[int] = []

    def not_yet_there(content_hash: str, body_hash: str) -> tuple[int, str, bool] | None:
        looks.append(1)
        return None if len(looks) == 1 else real(content_hash, body_hash)  # the first look: before it was stored

    monkeypatch.setattr(store.sources, "find_duplicate", not_yet_there)
    window.paste_action.trigger()
    (box,) = shown
    assert box.objectName() == "importMessage" and "already in the library" in box.text()  # type: ignore[attr-defined]
    assert store.sources.count() == 6 and window.library.current_source_id() == pasted


@pytest.mark.parametrize(("language", "said"), [
    ("en", "brought back from the bin with 2 tags; its text kept as it was"),
    ("de", "aus dem Papierkorb zurückgeholt, mit 2 Schlagwörtern; ihr Text blieb, wie er war"),
])  # fmt: skip
def test_tags_brought_back_are_said_after_with(qapp, speak, language: str, said: str) -> None:
    """German takes the dative after "mit": "mit 2 Schlagwörter" was wrong."""
    speak(language)
    assert brought_back(FromBin(0, 0, False, 2, False, False, True, "2026-11-02T10:00:00+00:00")) == said


@pytest.mark.parametrize(("language", "said"), [
    ("en", "brought back from the bin with its edited details and its story grouping set by hand"),
    ("de", "aus dem Papierkorb zurückgeholt, mit ihren bearbeiteten Angaben und ihrer von Hand gesetzten Zuordnung "
            "zu Geschichten"),
])  # fmt: skip
def test_an_edited_title_and_a_story_placed_by_hand_are_said(qapp, speak, language: str, said: str) -> None:
    speak(language)
    assert brought_back(FromBin(0, 0, False, 0, True, True, False, "2026-11-02T10:00:00+00:00")) == said


def test_a_binned_copy_replaced_by_an_import_is_not_taken_for_another_programs_purge(make_window, qtbot, shown) -> None:
    """A binned copy holding nothing of the user's is deleted for good for the fresh one: untold
    as the window's own, the next change made in a terminal came with it, read as a purge made
    there, and Ctrl+Z on its Delete step did nothing."""
    from reader.core.changes import Changes
    from reader.core.store import Store

    window = make_window()
    store = window.session.store
    seed, other = sorted(store.sources.ids())[:2]
    name = store.db.execute("SELECT file_name FROM sources WHERE id = ?", (seed,)).fetchone()[0]
    window.session.perform("Delete", lambda: store.sources.delete(seed), lambda: store.sources.undelete(seed))
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([bundled_seeds_dir() / name])
    assert not store.sources.exists(seed) and store.bin.contents() == []
    assert window.session.undo_stack.count() == 0  # the Delete step's Ctrl+Z would bring back nothing
    qtbot.waitUntil(lambda: not window.session.busy())
    told: list[Changes] = []
    window.session.changes_applied.connect(told.append)
    with Store.open(store.path) as elsewhere:
        elsewhere.notes.set(other, "im Terminal geschrieben")
    window.session.catch_up()
    assert told == [Changes(notes=frozenset({other}))]
