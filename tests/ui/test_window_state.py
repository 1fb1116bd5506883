"""The window remembers its layout, the open source and reading positions across runs."""

from __future__ import annotations

from tests.ui.dragged import drag_handle
from tests.ui.settled import settle


def test_state_is_restored_in_a_second_window(make_window, qtbot) -> None:
    """The panes' widths as the user dragged them. Set with `setSizes` and read back before the
    second window had shared its width out (`PaneWidths`), they passed whatever was kept."""
    first = make_window()
    first.resize(760, 530)
    settle(qtbot, first)
    drag_handle(first.splitter, 1, 250 - first.splitter.sizes()[0])
    drag_handle(first.splitter, 2, first.splitter.sizes()[2] - 261)
    settle(qtbot, first)
    sizes = first.splitter.sizes()
    assert (sizes[0], sizes[2]) == (250, 261)
    ids = first.session.store.sources.ids()  # every source, those folded into a story too
    first.library.select_source(ids[2])
    first.article.set_reading_position(0.4)
    first.library.select_source(ids[3])  # leaving ids[2] remembers how far it was read
    first.article.set_reading_position(0.25)
    first.close()

    second = make_window()
    settle(qtbot, second)
    assert (second.width(), second.height()) == (760, 530)
    assert second.splitter.sizes() == sizes
    assert second.open_source_id == ids[3]
    assert second.library.current_source_id() == ids[3]
    assert abs(second.state.reading_position(ids[3]) - 0.25) < 1e-3
    assert abs(second.state.reading_position(ids[2]) - 0.4) < 1e-3
    second.library.select_source(ids[2])
    assert abs(second.article.reading_position() - 0.4) < 0.05


def test_opened_sources_are_no_longer_unread(make_window) -> None:
    window = make_window()
    ids = window.library.model.ids()
    model = window.library.model
    assert not model.summary(0).unread  # the open one
    assert model.summary(1).unread
    window.library.select_source(ids[1])
    assert not model.summary(1).unread
