"""A library open read-only: every editing command is off and says why, reading stays on.

The library is a real one opened with `Store.open(read_only=True)`, as the damage dialog's
"Open read-only" and a folder the user may not write both open it (the tests run as root, whom
file permissions would not stop). Its file must be byte for byte the same afterwards.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, QUrl
from PySide6.QtWidgets import QLabel, QMenu

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store
from reader.ui import context_menus, read_only
from reader.ui.briefing.add_menu import fill_briefing_menu
from reader.ui.briefing.composer_buttons import ButtonRow
from reader.ui.main_window import MainWindow
from reader.ui.session import Session
from tests.ui.highlights_listed import listed

REASONS = {"en": "The library is open read-only: nothing can be changed",
           "de": "Die Bibliothek ist schreibgeschützt geöffnet: Es kann nichts geändert werden"}  # fmt: skip
LABELS = {"en": "Read-only", "de": "Schreibgeschützt"}
TITLES = {"en": "— read-only", "de": "– schreibgeschützt"}


@pytest.fixture
def library(tmp_path: Path, seed_files: list[Path]) -> paths.Paths:
    """Sources, a highlight on the first, a briefing holding it and a tag: things to change."""
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        ids = [store.sources.add(prepare_file(path))[0] for path in seed_files[:3]]
        highlight, _ = store.highlights.add(ids[0], 0, 40, "key", "a comment")
        briefing, _ = store.briefings.create("Memo")
        store.briefings.add_highlights(briefing.id, [highlight.id])
        store.tags.add([ids[0]], "Energie")
    return where


@pytest.fixture
def open_read_only(library: paths.Paths, qtbot) -> Iterator[Callable[[], MainWindow]]:
    before = library.db_path.read_bytes()
    opened: list[tuple[MainWindow, Store]] = []

    def make() -> MainWindow:
        store = Store.open(library.db_path, read_only=True)
        window = MainWindow(Session(store), library)
        qtbot.addWidget(window)
        window.show()
        window.start()
        window.safety.start()
        opened.append((window, store))
        return window

    yield make
    for window, store in opened:
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    assert library.db_path.read_bytes() == before


def _open_first_with_its_highlight(window: MainWindow) -> int:
    """Open the source with the highlight and select it (as a click on it does)."""
    (highlight_id,) = window.session.store.db.execute("SELECT id FROM highlights").fetchone()
    window.show_highlight(highlight_id)
    return int(highlight_id)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_editing_command_is_off_and_says_why(open_read_only, speak, language: str) -> None:
    speak(language)
    window = open_read_only()
    _open_first_with_its_highlight(window)  # selection switches the highlight's actions on …
    window.article.view.selectAll()
    why = REASONS[language]
    held = read_only.window_edits(window)
    assert len(held) > 20
    for action in held:  # … and they stay off
        assert not action.isEnabled(), action.text()
        assert action.toolTip() == why and action.statusTip() == why, action.text()
    label = window.statusBar().findChild(QLabel, read_only.LABEL_NAME)
    assert label is not None and label.isVisible() and label.text() == LABELS[language]
    assert label.toolTip() == why
    assert window.statusBar().currentMessage() == why
    assert window.windowTitle().endswith(TITLES[language])


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_source_without_highlights_offers_none(open_read_only, speak, language: str) -> None:
    speak(language)
    window = open_read_only()
    store = window.session.store
    (bare,) = store.db.execute(
        "SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM highlights) LIMIT 1"
    ).fetchone()
    window.open_source(bare)
    hint = window.notes.empty_hint
    assert hint.isVisible()
    assert hint.text() == {"en": "This source has no highlights.",
                           "de": "Diese Quelle hat keine Markierungen."}[language]  # fmt: skip
    assert not window.notes.label_legend.isVisible()  # no key gives a label here


def test_reading_searching_copying_and_exporting_stay_on(open_read_only) -> None:
    window = open_read_only()
    _open_first_with_its_highlight(window)
    on = [window.exports.export_action, window.exports.copy_action, window.library.search_action,
          window.library.next_action, *window.article.find_actions, window.article.show_original_action,
          window.article.keys.next_action, window.stories.show_action, window.modes.action,
          window.table_mode.action, window.timeline.action, window.shortcuts_action]  # fmt: skip
    for action in on:
        assert action.isEnabled(), action.text()


def test_notes_can_be_read_and_selected_not_typed_into(open_read_only, qtbot) -> None:
    window = open_read_only()
    _open_first_with_its_highlight(window)
    annotation = window.notes.annotation.editor
    assert annotation.isReadOnly() and annotation.toPlainText() == "a comment"
    assert annotation.toolTip() == REASONS["en"]
    qtbot.keyClicks(annotation, "typed")
    assert annotation.toPlainText() == "a comment"
    note = window.notes.note.editor
    assert note.isReadOnly() and note.placeholderText() == REASONS["en"]  # not "Summary for …"
    tag_field = window.notes.tag_editor.field
    assert tag_field.isReadOnly() and tag_field.placeholderText() == "Read-only"  # the reason was cut off
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(window.paths.db_path))])
    assert not window.importer.accepts_drop(files)  # a drop of files is not taken


def test_write_summary_note_is_off_as_tag_source_is(open_read_only) -> None:
    """Go ▸ Write summary note (Alt+4) was offered over a note that cannot be typed in, though
    Tag source (Ctrl+T) beside it was off; opening a source switches both on, the library not."""
    window = open_read_only()
    _open_first_with_its_highlight(window)
    for action in (window.keys.tag_action, window.keys.note_action):
        assert not action.isEnabled() and action.toolTip() == REASONS["en"], action.text()


def test_the_keys_that_edit_do_nothing(open_read_only, qtbot) -> None:
    window = open_read_only()
    highlight_id = _open_first_with_its_highlight(window)
    view = window.article.view
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_2):
        qtbot.keyClick(view, key)
    highlight = window.session.store.highlights.get(highlight_id)
    assert highlight is not None and highlight.label == "key"
    assert not window.article.selection_bar.isVisible()


def test_menus_that_edit_are_off(open_read_only, qtbot) -> None:
    window = open_read_only()
    highlight_id = _open_first_with_its_highlight(window)
    menu = QMenu(window)
    briefings = menu.addMenu("Add to briefing")
    fill_briefing_menu(briefings, window.session, lambda: [highlight_id], window)
    labels = menu.addMenu("Change label")
    window.article.keys.fill_label_menu(labels, highlight_id)
    for sub in (briefings, labels):
        assert not sub.menuAction().isEnabled() and sub.menuAction().toolTip() == REASONS["en"]
        assert not sub.actions()
    window.table_mode.action.trigger()
    table = window.table_mode.view
    assert table is not None
    table.table.selectRow(0)
    bulk = QMenu(window)
    table.fill_bulk_menu(bulk)
    entries = {a.text().replace("&", ""): a.isEnabled() for a in bulk.actions() if not a.isSeparator()}
    assert entries["Export…"]
    assert not any(on for text, on in entries.items() if text != "Export…"), entries
    window.modes.action.trigger()
    highlights = listed(qtbot, window.modes.view)
    highlights.tree.expandAll()
    highlights.tree.selectAll()
    assert not highlights.add_button.isEnabled() and highlights.copy_button.isEnabled()


def test_a_highlights_context_menu_offers_no_adding(open_read_only, qtbot, monkeypatch) -> None:
    """All highlights' row menu: Add to briefing… is off and says why, as the view's button is
    (it was on, and opened an empty menu); opening and copying stay on."""
    shown: list[dict[str, tuple[bool, str]]] = []
    monkeypatch.setattr(context_menus, "wait_for_choice", lambda menu, _where: shown.append(
        {a.text().replace("&", ""): (a.isEnabled(), a.toolTip()) for a in menu.actions() if not a.isSeparator()}))
    window = open_read_only()
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    view.tree.expandAll()
    head = view.model.index(0, 0)
    view.tree.setCurrentIndex(view.model.index(0, 0, head))
    view.tree.setFocus()
    context_menus.open_by_key(view.tree)
    (entries,) = shown
    assert entries["Add to briefing…"] == (False, REASONS["en"])
    assert entries["Open in source"][0] and entries["Copy as Markdown"][0]


def test_the_composer_shows_and_exports_but_changes_nothing(open_read_only) -> None:
    window = open_read_only()
    window.briefings.open_action.trigger()
    composer = window.briefings.composer()
    assert composer.items_list.count() == 1
    composer.items_list.setCurrentRow(0)
    buttons = {b.text(): b.isEnabled() for row in composer.findChildren(ButtonRow) for b in row.buttons}
    assert buttons.pop("Export…")
    assert not any(buttons.values()), buttons
    assert composer.editor.isReadOnly()
    assert composer.editor_label.isHidden()  # "Select a heading or text to edit it. Drag items …"
    assert not composer.items_list.viewport().acceptDrops()


def test_an_export_from_the_dialog_writes_files_and_leaves_the_library_as_it_was(open_read_only, qtbot,
                                                                                   tmp_path: Path) -> None:  # fmt: skip
    """The export's worker opens its own connection, read-only as the window's: opened for
    writing, it recorded the files in a library the window promised not to change (the
    fixture compares the file afterwards)."""
    from reader.ui.export.dialog import ExportDialog

    window = open_read_only()
    out = tmp_path / "vault"
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(out))
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()
    assert dialog.result_label.text() == f"3 written, 0 already up to date.\nThe files are in {out}"
    assert len(list(out.glob("*.md"))) == 3
    path = window.session.store.path
    recorded = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # its WAL too, as anyone reads it
    try:
        assert recorded.execute("SELECT count(*) FROM export_files").fetchone() == (0,)
    finally:
        recorded.close()
    dialog.close()
