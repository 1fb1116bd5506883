"""The keyboard loop (issue 13): panes by F6 and Alt+1/2/3, hiding them, focus mode, the
searchable shortcut sheet, and one whole loop without the mouse: import → read → highlight →
annotate → tag → compose → export. Dialogs are answered the way a user types into them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QPushButton,
    QToolBar,
)

from reader.ui import dialogs
from reader.ui.article import highlight_keys
from reader.ui.dialogs.help_dialogs import ShortcutsDialog

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)  # fmt: skip
ARTICLE = """Tokio plant neue Halbleiter-Subventionen

Die Regierung in Tokio will die heimische Chipindustrie mit weiteren Milliarden stärken.
Rapidus soll bis 2027 Zwei-Nanometer-Chips in Serie fertigen.

Kritiker warnen vor Überkapazitäten und einem Subventionswettlauf mit den USA und Europa.
"""


def press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the focus is, as the keyboard delivers it."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def focused_in(pane) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (pane is focused or pane.isAncestorOf(focused))


def test_f6_cycles_the_panes_and_alt_digits_go_straight_there(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    window.library.source_view.setFocus()
    press(qtbot, window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.article.view
    press(qtbot, window, Qt.Key.Key_F6)
    assert focused_in(window.notes)
    press(qtbot, window, Qt.Key.Key_F6)
    assert focused_in(window.library)
    press(qtbot, window, Qt.Key.Key_F6, SHIFT)
    assert focused_in(window.notes)
    press(qtbot, window, Qt.Key.Key_2, ALT)
    assert QApplication.focusWidget() is window.article.view
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert focused_in(window.library)


def test_side_panes_hide_and_focus_mode_leaves_only_the_article(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    window.article.view.setFocus()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    press(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT)
    assert not window.library.isVisible() and window.notes.isVisible()
    press(qtbot, window, Qt.Key.Key_F6)  # a hidden pane is skipped
    assert focused_in(window.notes)
    window.article.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F11)
    assert not window.library.isVisible() and not window.notes.isVisible() and not toolbar.isVisible()
    assert window.article.isVisible() and QApplication.focusWidget() is window.article.view
    press(qtbot, window, Qt.Key.Key_F11)  # back as it was: library still hidden by hand
    assert not window.library.isVisible() and window.notes.isVisible() and toolbar.isVisible()
    press(qtbot, window, Qt.Key.Key_1, ALT)  # going to a hidden pane shows it
    assert window.library.isVisible() and focused_in(window.library)


def test_the_shortcut_sheet_is_searchable(make_window, monkeypatch) -> None:
    window = make_window()
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda d: seen.append(d) or 0)
    window.shortcuts_action.trigger()
    sheet = next(d for d in seen if isinstance(d, ShortcutsDialog))
    everything = sheet.visible_rows()
    for wanted in ("F6", "F11", "Alt+↓", "N", "Ctrl+T", "Ctrl+Shift+L"):
        assert any(wanted in keys.split(", ") for _m, _c, keys in everything), wanted
    sheet.filter_edit.setText("highlight")
    shown = sheet.visible_rows()
    assert shown and len(shown) < len(everything)
    assert all("highlight" in " ".join(row).casefold() for row in shown)
    sheet.filter_edit.setText("F11")
    assert [c for _m, c, _k in sheet.visible_rows()] == ["Focus mode"]


def test_one_loop_by_keyboard_only(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    article_file = tmp_path / "tokio.txt"
    article_file.write_text(ARTICLE, encoding="utf-8")
    exported = tmp_path / "out" / "Memo.md"
    exported.parent.mkdir()

    def answer(dialog: object) -> int:  # what the user types into each dialog
        if isinstance(dialog, QFileDialog) and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptOpen:
            dialog.selectFile(str(article_file))
        elif isinstance(dialog, QFileDialog):
            dialog.selectFile(str(exported))
        elif isinstance(dialog, QInputDialog):
            dialog.setTextValue("Memo")
        else:
            return 0
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", answer)
    window.activateWindow()
    window.library.source_view.setFocus()

    # import: Ctrl+O
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        press(qtbot, window, Qt.Key.Key_O, CTRL)
    source_id = store.db.execute("SELECT id FROM sources WHERE file_name = 'tokio.txt'").fetchone()[0]
    qtbot.waitUntil(lambda: window.open_source_id == source_id)

    # read: to the article, select the first four words by keyboard, highlight with 1
    press(qtbot, window, Qt.Key.Key_2, ALT)
    assert QApplication.focusWidget() is window.article.view
    for _word in range(4):
        press(qtbot, window, Qt.Key.Key_Right, CTRL | SHIFT)
    press(qtbot, window, Qt.Key.Key_1)
    (highlight,) = store.highlights.for_source(source_id)
    assert highlight.exact == "Die Regierung in Tokio"

    # annotate: N, type, Esc back to the article
    press(qtbot, window, Qt.Key.Key_N)
    qtbot.keyClicks(QApplication.focusWidget(), "Summe nachrechnen")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.article.view
    assert store.highlights.get(highlight.id).annotation == "Summe nachrechnen"

    # tag: Ctrl+T, type, Enter
    press(qtbot, window, Qt.Key.Key_T, CTRL)
    assert QApplication.focusWidget() is window.notes.tag_editor.field
    qtbot.keyClicks(window.notes.tag_editor.field, "Japan")
    press(qtbot, window, Qt.Key.Key_Return)
    assert store.sources.get(source_id).tags == ("Japan",)

    # compose: a new briefing (Ctrl+Shift+N), then B on the highlight adds it
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    composer = window.briefings.composer()
    assert composer.isVisible()  # docked beside the article
    press(qtbot, window, Qt.Key.Key_2, ALT)
    press(qtbot, window, Qt.Key.Key_Down, ALT)
    assert window.article.view.selected_highlight == highlight.id

    def choose_memo(menu, _where) -> None:  # the user picks "Memo" in the popup with Enter
        next(a for a in menu.actions() if a.text().replace("&", "") == "Memo").trigger()

    monkeypatch.setattr(highlight_keys, "popup", choose_memo)
    press(qtbot, window, Qt.Key.Key_B)
    (memo,) = store.briefings.all()
    assert [i.highlight_id for i in store.briefings.items(memo.id)] == [highlight.id]

    # export: Ctrl+Shift+B opens the composer; Tab to Export…, Space
    press(qtbot, window, Qt.Key.Key_B, CTRL | SHIFT)
    export_button = next(b for b in composer.findChildren(QPushButton) if b.text().replace("&", "") == "Export…")
    export_button.setFocus()
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):  # the worker writes
        qtbot.keyClick(export_button, Qt.Key.Key_Space)
    assert export_button.hasFocus()  # greyed while it was written, the focus is back on it
    text = exported.read_text(encoding="utf-8")
    assert "> Die Regierung in Tokio[^1]" in text and "Summe nachrechnen" in text
    composer.close()


def test_hidden_side_panes_stay_hidden_next_time(make_window, qtbot) -> None:
    window = make_window()
    window.keys.library_action.trigger()
    window.keys.focus_mode_action.trigger()  # focus mode is for now, not for the next start
    window.close()
    again = make_window()
    assert not again.library.isVisible() and not again.keys.library_action.isChecked()
    assert again.notes.isVisible() and again.keys.notes_action.isChecked()
    again.keys.library_action.trigger()
    assert again.library.isVisible()


def test_a_menu_opened_by_a_key_starts_on_its_first_entry(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    from reader.ui import context_menus

    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addSeparator()
    off = menu.addAction("Flu briefing (read only)")
    off.setEnabled(False)
    first = menu.addAction("Flu briefing")
    menu.addAction("New briefing…")
    monkeypatch.setattr(context_menus, "wait_for_choice", lambda _menu, _where: None)
    context_menus.show(menu, QPoint(), by_key=True)
    assert menu.activeAction() is first  # Enter takes it
