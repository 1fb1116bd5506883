"""Every context menu opens from the keyboard (`Shift+F10`, as the Menu key does) at the item the
keyboard is on, and each of its entries has one underlined letter of its own, in English and
in German.

The library's list and search results offer the Source menu's entries (a walkthrough found
right-clicking a source did nothing). A walkthrough found none of the right-click menus lettered (the library table's, the tag list's,
the saved searches', the reading view's, the notes list's, the briefings offered by B), the
table's columns only on the header, which the keyboard never reaches, and `Shift+F10` doing
nothing. Real window; each menu is looked at where `context_menus.show` would open it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from reader.ui import context_menus
from tests.ui.letters import menu_faults
from tests.ui.test_i18n_walk import prepare


class Menus:
    """The menus shown, each as what a reader sees: its entries, where it opened, its faults."""

    def __init__(self, monkeypatch) -> None:
        self.seen: list[dict] = []
        monkeypatch.setattr(context_menus, "wait_for_choice", self.look)

    def look(self, menu: QMenu, where: QPoint) -> None:
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        enabled = [a for a in entries if a.isEnabled()]
        self.seen.append({"entries": [a.text() for a in entries], "where": where, "faults": menu_faults(menu),
                          "first": bool(enabled) and menu.activeAction() is enabled[0]})  # fmt: skip

    def open_on(self, qtbot, widget: QWidget) -> dict:
        """Shift+F10 with the keyboard in `widget`: the menu it opened."""
        before = len(self.seen)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        assert len(self.seen) == before + 1, f"no menu on {type(widget).__name__}"
        return self.seen[-1]


def _at_current(view: QAbstractItemView) -> QPoint:
    return view.viewport().mapToGlobal(view.visualRect(view.currentIndex()).center())


def _every_menu(window, qtbot, monkeypatch) -> dict[str, dict]:
    menus = Menus(monkeypatch)
    store, library = window.session.store, window.library
    found: dict[str, dict] = {}
    window.activateWindow()
    annotated = window.open_source_id  # the source `prepare` highlighted, opened again below
    sources = library.source_view
    sources.setCurrentIndex(sources.model().index(1, 0))
    found["library list"] = menus.open_on(qtbot, sources)
    found["library list"]["at item"] = found["library list"]["where"] == _at_current(sources)
    library.search_box.setText("Japan")
    results = library.results_view
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 1)
    results.setCurrentIndex(results.model().index(1, 0))
    found["search results"] = menus.open_on(qtbot, results)
    found["search results"]["at item"] = found["search results"]["where"] == _at_current(results)
    window.open_source(annotated)
    monkeypatch.setattr("reader.ui.dialogs.ask_text", lambda *_a, **_k: "Japan-Suche")
    library.saved.save_action.trigger()
    store.briefings.create("Quartal")  # a second briefing: two names to letter apart
    window.session.changes_applied.emit(window.session.store.briefings.create("Energie")[1])
    tags = library.tag_view
    qtbot.waitUntil(lambda: tags.model().rowCount() > 1 and library.saved.view.count() > 0)
    tags.setCurrentIndex(tags.model().index(tags.model().rowCount() - 1, 0))
    found["tags"] = menus.open_on(qtbot, tags)
    found["tags"]["at item"] = found["tags"]["where"] == _at_current(tags)
    saved = library.saved.view
    saved.setCurrentRow(0)
    found["saved searches"] = menus.open_on(qtbot, saved)
    found["saved searches"]["at item"] = found["saved searches"]["where"] == _at_current(saved)
    highlight_id = store.highlights.for_source(window.open_source_id)[0].id
    window.article.view.select_highlight(highlight_id)
    window.article.view.setFocus()
    found["article"] = menus.open_on(qtbot, window.article.view)
    found["article"]["at item"] = True  # at the text cursor, as Qt places it
    cursor = window.article.view.textCursor()
    cursor.setPosition(40)
    cursor.setPosition(60, QTextCursor.MoveMode.KeepAnchor)
    window.article.view.setTextCursor(cursor)  # words to highlight: the labels' entries come
    found["article, words selected"] = menus.open_on(qtbot, window.article.view)
    found["article, words selected"]["at item"] = True
    assert len(found["article, words selected"]["entries"]) > len(found["article"]["entries"])
    qtbot.keyClick(window.article.view, Qt.Key.Key_B)  # the briefings, offered by B
    found["B in the article"] = menus.seen[-1]
    found["B in the article"]["at item"] = True
    notes = window.notes.list
    notes.setCurrentIndex(notes.model().index(0, 0))
    found["notes list"] = menus.open_on(qtbot, notes)
    found["notes list"]["at item"] = found["notes list"]["where"] == _at_current(notes)
    window.table_mode.action.trigger()
    table = window.table_mode.view.table
    table.setCurrentIndex(table.model().index(2, 0))
    table.selectionModel().select(table.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    found["table"] = menus.open_on(qtbot, table)
    found["table"]["at item"] = found["table"]["where"] == _at_current(table)
    view = window.table_mode.view
    view.fill_bulk_menu(view.bulk_menu)  # as it fills when it opens
    found["Selected sources"] = {"entries": [], "faults": menu_faults(view.bulk_menu), "at item": True}
    views = {v for m in (window.table_mode.view, window) for v in m.findChildren(QAbstractItemView)
             if v.findChild(QObject, "itemMenu", Qt.FindChildOption.FindDirectChildrenOnly) is not None}  # fmt: skip
    found["every list with a menu"] = {"faults": [], "at item": views == {sources, results, tags, saved, notes, table}}
    window.modes.action.trigger()
    highlights = window.modes.view
    highlights.tree.selectAll()
    highlights.add_menu.aboutToShow.emit()
    found["All highlights ▸ Add to briefing"] = {"entries": [], "faults": menu_faults(highlights.add_menu),
                                                 "at item": True}  # fmt: skip
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_context_menu_opens_by_key_at_its_item_with_a_letter_for_each_entry(
    make_window, qapp, qtbot, monkeypatch, language
) -> None:
    window = prepare(make_window, qapp, language)
    found = _every_menu(window, qtbot, monkeypatch)
    faults = [f"{name}: {fault}" for name, menu in found.items() for fault in menu["faults"]]
    assert not faults, "\n".join(faults)
    assert [name for name, menu in found.items() if not menu["at item"]] == []
    assert [name for name, menu in found.items() if menu.get("first") is False] == []  # Enter takes the first



def test_no_menu_is_built_past_the_keyboard(make_window, qtbot) -> None:
    """A list given a menu the old way (a right-click's point, or Qt's list of the widget's
    actions) is one the keyboard opens at a guess and this file's look never meets: every
    widget of every view either has Qt's own menu (text fields) or goes through `for_items`.
    The table's header, which the keyboard never reaches, keeps its columns menu: the table's
    own menu has them under Columns."""
    from PySide6.QtWidgets import QHeaderView

    window = make_window()
    window.resize(1920, 1000)
    policies = (Qt.ContextMenuPolicy.CustomContextMenu, Qt.ContextMenuPolicy.ActionsContextMenu)
    found: set[str] = set()
    for action in (None, window.table_mode.action, window.modes.action, window.entities.mode.action):
        if action is window.entities.mode.action:
            with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
                action.setChecked(True)
        elif action is not None:
            action.setChecked(True)
        found |= {f"{type(w).__name__} {w.objectName()!r}" for w in window.findChildren(QWidget)
                  if w.contextMenuPolicy() in policies and not isinstance(w, QHeaderView)}  # fmt: skip
    assert found == set()
