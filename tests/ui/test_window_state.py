"""The window remembers its layout, the open source and reading positions across runs."""

from __future__ import annotations


def test_state_is_restored_in_a_second_window(make_window) -> None:
    first = make_window()
    first.resize(760, 530)
    first.splitter.setSizes([250, 600, 261])
    sizes = first.splitter.sizes()
    ids = first.session.store.sources.ids()  # every source, those folded into a story too
    first.library.select_source(ids[2])
    first.article.set_reading_position(0.4)
    first.library.select_source(ids[3])  # leaving ids[2] remembers how far it was read
    first.article.set_reading_position(0.25)
    first.close()

    second = make_window()
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
