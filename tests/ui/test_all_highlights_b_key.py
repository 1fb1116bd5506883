"""B adds the highlights chosen in All highlights to a briefing, as it does in the article and
the notes' list. Seen in a German keyboard walk: B there did nothing; only the button (Alt+I)
worked. The shortcut sheet says where B works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.ui.article import highlight_keys
from reader.ui.dialogs.help_dialogs import place_rows
from tests.ui.highlights_listed import chosen_in_all_highlights, listed
from tests.ui.memo_by_key import memo_by_key


def test_b_in_all_highlights_offers_the_briefings_for_the_chosen_highlights(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    made = memo_by_key(window, monkeypatch, "key_point")
    view, _row = chosen_in_all_highlights(window, qtbot, made.second)
    tree = view.tree
    qtbot.keyClick(tree, Qt.Key.Key_B)
    assert made.offered and [i.highlight_id for i in store.briefings.items(made.memo)] == [made.second]
    assert made.first != made.second


@pytest.mark.parametrize(("language", "notice"), [
    ("en", "Deleted meanwhile: nothing added to “Memo”"),
    ("de", "Inzwischen gelöscht: nichts zu „Memo“ hinzugefügt"),
])  # fmt: skip
def test_a_highlight_deleted_elsewhere_while_its_menu_is_open_is_not_added_nor_its_neighbour(
        make_window, qtbot, monkeypatch, speak, language: str, notice: str) -> None:  # fmt: skip
    """B's menu is open on a highlight when a terminal deletes it: the list, read again beneath
    the menu, gives its place to its neighbour, which the user never chose. Enter adds nothing,
    and the status bar says why."""
    speak(language)
    window = make_window()
    store = window.session.store
    made = memo_by_key(window, monkeypatch, "key_point")
    view, _row = chosen_in_all_highlights(window, qtbot, made.second)
    tree = view.tree
    said: list[str] = []
    window.session.notice_posted.connect(said.append)
    choose_memo = highlight_keys.popup

    def deleted_meanwhile(menu, where) -> None:
        window.session.take_outside(store.highlights.delete(made.second))
        listed(qtbot, view)
        assert view.selected_ids() == [made.first]  # its neighbour took its place beneath the menu
        choose_memo(menu, where)

    monkeypatch.setattr(highlight_keys, "popup", deleted_meanwhile)
    qtbot.keyClick(tree, Qt.Key.Key_B)
    assert store.briefings.items(made.memo) == []
    assert said[-1] == notice
    speak("en")


def test_the_add_buttons_menu_adds_what_was_selected_when_it_opened(make_window, qtbot, monkeypatch) -> None:
    """As B's: the list filled again beneath the open menu (a deletion in a terminal) gives the
    deleted highlight's place to its neighbour, which is not added for it."""
    window = make_window()
    store = window.session.store
    made = memo_by_key(window, monkeypatch, "key_point")
    view, _row = chosen_in_all_highlights(window, qtbot, made.second)
    view.add_menu.aboutToShow.emit()  # the button's menu opens
    window.session.take_outside(store.highlights.delete(made.second))
    listed(qtbot, view)
    assert view.selected_ids() == [made.first]
    next(a for a in view.add_menu.actions() if a.text().replace("&", "") == "Memo").trigger()
    assert store.briefings.items(made.memo) == []


def test_the_shortcut_sheet_says_b_works_in_all_highlights() -> None:
    rows = [(where, keys) for where, _what, keys in place_rows()]
    assert any("All highlights" in where and keys == "B" for where, keys in rows)
