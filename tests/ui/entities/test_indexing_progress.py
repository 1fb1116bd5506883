"""How far finding names has got, beside the Entities view's filter box (`IndexingProgress`)."""

from __future__ import annotations

from reader.ui.entities.indexing_progress import IndexingProgress


def test_coming_back_to_the_view_while_place_names_are_prepared_keeps_saying_so(qtbot) -> None:
    """The view left and opened again during the 2-3 s the place names take: its waiting bar
    kept the words "Preparing place names …" beside it before the widget was its own; then
    they went, and the bar was busy with nothing said."""
    progress = IndexingProgress()
    qtbot.addWidget(progress)
    progress.show()
    progress.preparing()
    progress.waiting()  # the view shown again: `EntitiesView.show_waiting`
    assert progress.bar.isVisible() and progress.bar.maximum() == 0
    assert progress.words.isVisible() and progress.words.text().startswith("Preparing place names")


def test_waiting_alone_is_a_busy_bar_without_words(qtbot) -> None:
    progress = IndexingProgress()
    qtbot.addWidget(progress)
    progress.show()
    progress.waiting()
    assert progress.isVisible() and progress.bar.isVisible() and not progress.words.isVisible()
    progress.counted(1, 1)
    assert not progress.isVisible()
