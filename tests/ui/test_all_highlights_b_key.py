"""B adds the highlights chosen in All highlights to a briefing, as it does in the article and
the notes' list. Seen in a German keyboard walk: B there did nothing; only the button (Alt+I)
worked. The shortcut sheet says where B works."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from reader.ui.article import highlight_keys
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.dialogs.help_dialogs import place_rows
from reader.ui.highlights.highlights_model import HighlightIdRole


def test_b_in_all_highlights_offers_the_briefings_for_the_chosen_highlights(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    first, _ = store.highlights.add(source_id, 0, text.index(" ", 10), "key_point")
    second, changes = store.highlights.add(source_id, text.index(" ", 40), text.index(" ", 60), "risk")
    window.session.changes_applied.emit(changes)
    memo = create_briefing(window.session, "Memo")
    offered: list[list[str]] = []

    def choose_memo(menu, _where) -> None:  # the user picks "Memo" with Enter
        offered.append([a.text() for a in menu.actions()])
        next(a for a in menu.actions() if a.text().replace("&", "") == "Memo").trigger()

    monkeypatch.setattr(highlight_keys, "popup", choose_memo)
    window.modes.action.trigger()
    view = window.modes.view
    tree = view.tree
    tree.setFocus()
    rows = [view.model.item(0).child(r).index() for r in range(view.model.item(0).rowCount())]
    chosen = [i for i in rows if i.data(HighlightIdRole) == second.id]
    tree.selectionModel().setCurrentIndex(chosen[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    qtbot.keyClick(tree, Qt.Key.Key_B)
    assert offered and [i.highlight_id for i in store.briefings.items(memo)] == [second.id]
    assert first.id != second.id


def test_the_shortcut_sheet_says_b_works_in_all_highlights() -> None:
    rows = [(where, keys) for where, _what, keys in place_rows()]
    assert any("All highlights" in where and keys == "B" for where, keys in rows)
