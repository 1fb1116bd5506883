"""A short tag list shows every tag whole, however the library's splitter was left.

Seen at 1024 x 700 (the window made smaller, the split between the library list and the tags
restored from an earlier run): "All sources", "Energiepolitik", "Forschung", and "US-News (2)"
cut in half under a scroll bar, as if the list were broken. The tag list keeps room for up to
five rows (then scrolls); the library list above gives up the height.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont

from reader.core.changes import Changes
from tests.ui.settled import settle


@pytest.fixture(autouse=True)
def _desktop_font(qapp) -> Iterator[None]:
    """Rows as tall as on the desktop (20 px; offscreen's default font makes them 14 px, and
    four of them then fit the list's least height by chance)."""
    before = qapp.font()
    desktop = QFont(before)
    desktop.setPointSizeF(12)
    qapp.setFont(desktop)
    yield
    qapp.setFont(before)


def test_three_tags_show_whole_when_the_split_squeezes_them(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    store = window.session.store
    ids = window.library.model.ids()
    for name, chosen in (("Energiepolitik", ids[:1]), ("Forschung", ids[1:2]), ("US-News", ids[2:4])):
        store.tags.add(chosen, name)
    window.session.apply(lambda: Changes(tags=True))
    library = window.library
    library.splitter.setSizes([10_000, 1])  # as a state saved at another size may leave it
    settle(qtbot, window)
    view = library.tag_view
    assert view.model().rowCount() == 4
    assert view.viewport().height() >= sum(view.sizeHintForRow(row) for row in range(4))
    assert library.source_view.height() >= 4 * 49  # the library still lists its sources


def test_a_long_tag_list_scrolls_beyond_five_rows(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    store = window.session.store
    first = window.library.model.ids()[0]
    for n in range(12):
        store.tags.add([first], f"Tag {n:02}")
    window.session.apply(lambda: Changes(tags=True))
    window.library.splitter.setSizes([10_000, 1])
    settle(qtbot, window)
    view = window.library.tag_view
    five = sum(view.sizeHintForRow(row) for row in range(5))
    assert five <= view.viewport().height() < sum(view.sizeHintForRow(row) for row in range(13))
