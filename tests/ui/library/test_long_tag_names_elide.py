"""A long tag or saved search name is shortened with "…" in its list, never scrolled sideways.

Seen in the window, session 16: one long tag made the tag list scroll sideways, and the other
tags' counts went out of view with it. The name gives way, its count stays whole, and the whole
name is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem

from reader.core.changes import Changes
from reader.core.store import SavedSearch
from tests.ui.settled import settle

LONG = "Lieferketten und Halbleiter-Exportkontrollen in Ostasien nach den Wahlen"


def _option(view, index) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    return option


def test_a_long_tag_is_elided_and_keeps_its_count(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    store = window.session.store
    store.tags.add(window.library.model.ids()[:2], LONG)
    window.session.apply(lambda: Changes(tags=True))
    settle(qtbot, window)
    view = window.library.tag_view
    assert view.horizontalScrollBar().maximum() == 0
    index = view.model().index(view.model().row_of(LONG))
    assert view.visualRect(index).width() <= view.viewport().width()
    delegate = view.itemDelegate()
    shown = delegate.shown_text(_option(view, index), index)
    assert "…" in shown and shown.endswith("(2)")
    assert view.fontMetrics().horizontalAdvance(shown) <= view.viewport().width()
    assert LONG in delegate.tooltip(_option(view, index), index)
    short = view.model().index(0)  # "All sources (3)": whole, its tooltip as it was
    assert delegate.shown_text(_option(view, short), short) == short.data()
    assert delegate.tooltip(_option(view, short), short) == "Show every source"


def test_a_long_saved_search_is_elided_with_its_name_in_the_tooltip(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    window.session.store.saved_searches.add(SavedSearch(id=0, name=LONG, query="Japan"))
    window.session.apply(lambda: Changes(saved_searches=True))
    settle(qtbot, window)
    view = window.library.saved.view
    assert view.horizontalScrollBar().maximum() == 0
    index = view.model().index(0, 0)
    delegate = view.itemDelegate()
    assert "…" in delegate.shown_text(_option(view, index), index)
    tip = delegate.tooltip(_option(view, index), index)
    assert tip.startswith(LONG) and "Japan" in tip
