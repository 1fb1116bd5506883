"""`B` on a highlight offers the briefing the docked composer shows first, ready for Enter.

Seen in the walk: the menu lists the briefings most recently changed first, so with "Q4" open
in the composer and "Memo" changed last, B and Enter quoted the passage in "Memo", a briefing
the user was not looking at (the status line named it, easily missed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from reader.ui.article import highlight_keys


def _first_entry_after_b(window, qtbot, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def popup(menu: QMenu, _where) -> None:  # type: ignore[no-untyped-def]
        offered.append(menu.actions()[0].text().replace("&", ""))

    monkeypatch.setattr(highlight_keys, "popup", popup)
    view = window.article.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the highlight, selected
    qtbot.keyClick(view, Qt.Key.Key_B)
    return offered[-1]


def test_the_composers_briefing_comes_first(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    store, source_id = window.session.store, window.open_source_id
    text = store.sources.get(source_id).reading_text
    start = text.index(" ", 200) + 1
    window.session.apply(lambda: store.highlights.add(source_id, start, start + 30, "key")[1])
    q4 = store.briefings.create("Q4")[0]
    store.briefings.create("Memo")  # changed last: listed first
    assert _first_entry_after_b(window, qtbot, monkeypatch) == "Memo"  # no composer: as before
    window.briefings.show(q4.id)
    qtbot.waitUntil(window.briefings.dock.isVisible)
    assert _first_entry_after_b(window, qtbot, monkeypatch) == "Q4"
    window.briefings.dock.close()
    assert _first_entry_after_b(window, qtbot, monkeypatch) == "Memo"
