"""All highlights' rows have a context menu: right-click, the Menu key and `Shift+F10` offer
what the row's keys and the view's buttons do — open it in its source (Enter), add to a
briefing (B), copy as Markdown (Ctrl+Shift+C) — in English and in German, each entry with a
letter of its own. Seen in the real window: all three did nothing. Real window on the seeds;
the menu is looked at where `context_menus.show` would open it, and its entries are chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from reader.ui import context_menus
from reader.ui.article import highlight_keys
from tests.ui.highlights_listed import chosen_in_all_highlights
from tests.ui.letters import menu_faults
from tests.ui.memo_by_key import memo_by_key

ENTRIES = {
    "en": ["&Open in source", "Add to &briefing…", "Copy as &Markdown"],
    "de": ["In der &Quelle öffnen", "Zum &Briefing hinzufügen …", "Als &Markdown kopieren"],
}


class Shown:
    """The menus shown; `choose` (an entry's text without its letter) is triggered in each."""

    def __init__(self, monkeypatch, choose: str | None = None) -> None:
        self.menus: list[dict] = []
        self._choose = choose
        monkeypatch.setattr(context_menus, "wait_for_choice", self.look)

    def look(self, menu: QMenu, where: QPoint) -> None:
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        self.menus.append({"entries": [a.text() for a in entries], "where": where, "faults": menu_faults(menu),
                           "shortcuts": [a.shortcut().toString() for a in entries]})  # fmt: skip
        chosen = next((a for a in entries if a.text().replace("&", "") == self._choose), None)
        if chosen is not None:
            chosen.trigger()


def _on_second(window, qtbot, monkeypatch):
    """All highlights open on two highlights of the open source, the second one chosen."""
    made = memo_by_key(window, monkeypatch, "key_point")
    view, row = chosen_in_all_highlights(window, qtbot, made.second)
    return made, view, row


@pytest.mark.parametrize("language", ["en", "de"])
def test_right_click_the_menu_key_and_shift_f10_offer_the_rows_entries(make_window, qtbot, monkeypatch, speak, language) -> None:
    speak(language)
    window = make_window()
    shown = Shown(monkeypatch)
    _made, view, row = _on_second(window, qtbot, monkeypatch)
    tree = view.tree
    at_row = tree.viewport().mapToGlobal(tree.visualRect(row).center())
    qtbot.keyClick(tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    context_menus.open_by_key(tree)  # what Qt does on the Menu key
    point = tree.visualRect(row).center()
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)))
    assert len(shown.menus) == 3
    for menu in shown.menus:
        assert menu["entries"] == ENTRIES[language]
        assert menu["faults"] == []
        assert menu["where"] == at_row
        assert menu["shortcuts"] == ["Return", "B", "Ctrl+Shift+C"]
    speak("en")


def test_a_group_title_row_offers_no_menu(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    shown = Shown(monkeypatch)
    _made, view, _row = _on_second(window, qtbot, monkeypatch)
    view.tree.setCurrentIndex(view.model.index(0, 0))  # the source's group
    qtbot.keyClick(view.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert shown.menus == []


def test_open_in_source_leaves_the_view_for_the_highlight(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    Shown(monkeypatch, "Open in source")
    made, view, _row = _on_second(window, qtbot, monkeypatch)
    opened: list[int] = []
    window.modes.highlight_opened.connect(opened.append)
    qtbot.keyClick(view.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert opened == [made.second] and not window.modes.active


def test_enter_still_opens_the_highlight(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    made, view, _row = _on_second(window, qtbot, monkeypatch)
    opened: list[int] = []
    window.modes.highlight_opened.connect(opened.append)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened == [made.second] and not window.modes.active


def test_add_to_briefing_adds_the_chosen_highlight(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    Shown(monkeypatch, "Add to briefing…")
    made, view, _row = _on_second(window, qtbot, monkeypatch)
    qtbot.keyClick(view.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert [i.highlight_id for i in window.session.store.briefings.items(made.memo)] == [made.second]


def test_copy_as_markdown_copies_the_chosen_highlight(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    Shown(monkeypatch, "Copy as Markdown")
    made, view, _row = _on_second(window, qtbot, monkeypatch)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    store = window.session.store
    quote = store.highlights.get(made.second).exact
    copied = QGuiApplication.clipboard().text()
    assert quote in copied and store.highlights.get(made.first).exact not in copied
    assert window.modes.active  # copying leaves the view where it was


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # an open menu, offscreen
def test_b_in_the_rows_menu_closes_it_before_the_briefing_menu_opens(make_window, qtbot, monkeypatch) -> None:
    """B is both the entry's letter and its key: in the open menu the key won, and the briefing
    menu opened over the row's menu, which stayed open under it (seen in the real window,
    Shift+F10 then B). The letter is the menu's: it closes, then the briefing menu opens."""
    window = make_window()
    made, view, _row = _on_second(window, qtbot, monkeypatch)
    rows_menu: list[QMenu] = []
    open_under: list[bool] = []

    def press_b(menu: QMenu, where: QPoint) -> None:
        rows_menu.append(menu)
        menu.popup(where)
        qtbot.waitExposed(menu)
        qtbot.keyClick(menu, Qt.Key.Key_B)

    pick_memo = highlight_keys.popup  # memo_by_key's: the user picks "Memo"

    def briefing_menu(menu: QMenu, where: QPoint) -> None:
        open_under.append(rows_menu[0].isVisible())
        pick_memo(menu, where)

    monkeypatch.setattr(context_menus, "wait_for_choice", press_b)
    monkeypatch.setattr(highlight_keys, "popup", briefing_menu)
    qtbot.keyClick(view.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert open_under == [False]
    assert [i.highlight_id for i in window.session.store.briefings.items(made.memo)] == [made.second]
