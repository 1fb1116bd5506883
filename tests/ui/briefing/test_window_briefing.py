"""Issue 4 from the window: export, the Highlights view, briefings, Copy as Markdown, shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from reader.ui import dialogs
from reader.ui.dialogs.help_dialogs import ShortcutsDialog
from reader.ui.export.dialog import ExportDialog
from tests.ui.highlights_listed import listed

QUOTE = "Fast drei Milliarden Dollar"


def highlight_quote(window, quote: str = QUOTE) -> tuple[int, int]:
    """Highlight `quote` in the seed that holds it; (source id, highlight id)."""
    store = window.session.store
    for source_id in store.sources.ids():
        text = store.sources.get(source_id).reading_text
        if quote in text:
            start = text.index(quote)
            highlight, changes = store.highlights.add(source_id, start, start + len(quote), "key")
            window.session.changes_applied.emit(changes)
            return source_id, highlight.id
    raise LookupError(quote)


def test_export_from_the_window_writes_files(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    window = make_window()
    source_id, _ = highlight_quote(window)
    window.library.select_source(source_id)
    out = tmp_path / "out"
    shown: list[ExportDialog] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportDialog) and dialog.selection_radio.isChecked()
        dialog.folder_edit.setText(str(out))
        with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
            dialog.export_button.click()
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", answer)
    window.exports.export_action.trigger()
    written = list(out.glob("*.md"))
    assert len(written) == 1 and QUOTE in written[0].read_text(encoding="utf-8")
    assert shown[0].result_label.text().startswith("1 written")


def test_export_offers_the_librarys_tag(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    window = make_window()
    store = window.session.store
    tagged = store.sources.ids()[:2]
    window.session.apply(lambda: store.tags.add(tagged, "Japan"))
    tags = window.library.tag_model
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of("Japan")))

    def answer(dialog: ExportDialog) -> int:
        assert dialog.tag_radio.isChecked() and dialog.tag_combo.currentText() == "Japan"
        dialog.folder_edit.setText(str(tmp_path))
        with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
            dialog.export_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", answer)
    window.exports.export_action.trigger()
    assert len(list(tmp_path.glob("*.md"))) == 2


def test_highlights_view_opens_a_highlight_in_its_source(make_window, qtbot) -> None:
    window = make_window()
    source_id, highlight_id = highlight_quote(window)
    window.library.select_source(next(i for i in window.session.store.sources.ids() if i != source_id))
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    assert view.isVisible() and not window.splitter.isVisible()
    group = view.model.index(0, 0)
    view.tree.activated.emit(view.model.index(0, 0, group))
    assert not window.modes.active and window.splitter.isVisible()
    assert window.open_source_id == source_id
    assert window.article.view.selected_highlight == highlight_id
    assert window.notes.annotation.highlight_id == highlight_id


def test_copy_as_markdown_in_both_views(make_window, qtbot) -> None:
    window = make_window()
    source_id, highlight_id = highlight_quote(window)
    window.library.select_source(source_id)
    window.article.view.select_highlight(highlight_id)
    window.exports.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert f"> {QUOTE}" in copied and "Handelsblatt" in copied
    window.modes.action.trigger()
    listed(qtbot, window.modes.view).tree.selectAll()
    QGuiApplication.clipboard().clear()
    window.exports.copy_action.trigger()
    assert QUOTE in QGuiApplication.clipboard().text()


def test_add_to_new_briefing_from_the_reading_view(make_window, monkeypatch) -> None:
    window = make_window()
    source_id, highlight_id = highlight_quote(window)
    window.library.select_source(source_id)
    window.article.view.select_highlight(highlight_id)

    def name_it(dialog: QInputDialog) -> int:
        dialog.setTextValue("Client memo")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", name_it)
    menu = QMenu(window)
    window.article._extend_context_menu(menu, QPoint(0, 0))
    submenu = next(a.menu() for a in menu.actions() if a.text().replace("&", "") == "Add to briefing")
    next(a for a in submenu.actions() if a.text().replace("&", "") == "New briefing…").trigger()
    store = window.session.store
    briefing = store.briefings.find("Client memo")
    assert [i.highlight_id for i in store.briefings.items(briefing.id)] == [highlight_id]
    assert "Client memo" in window.statusBar().currentMessage()
    window.briefings.open_action.trigger()  # the only briefing: no question, straight to it
    composer = window.briefings.composer()
    assert composer.isVisible() and composer.briefing_id == briefing.id
    assert composer.items_list.count() == 1 and QUOTE in composer.items_list.item(0).text()
    composer.close()


def test_shortcut_help_lists_the_new_commands(make_window, monkeypatch) -> None:
    window = make_window()
    seen: list[ShortcutsDialog] = []
    monkeypatch.setattr(dialogs, "run", lambda d: seen.append(d) or 0)
    window.show_shortcuts()
    table = seen[0].table
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Export…"] == "Ctrl+E"
    assert rows["Copy as Markdown"] == "Ctrl+Shift+C"
    assert rows["All highlights"] == "Ctrl+Shift+H"
    assert rows["New briefing…"] == "Ctrl+Shift+N" and rows["Open briefing…"] == "Ctrl+Shift+B"
    assert rows["Find in article…"] == "Ctrl+F" and rows["Find next"] == "F3"
