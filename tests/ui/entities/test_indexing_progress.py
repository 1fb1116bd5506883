"""How far finding names has got, beside the Entities view's filter box (`IndexingProgress`)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from reader.ui.entities.indexing_progress import IndexingProgress
from tests.ui.settled import settle


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
    assert progress.words.isVisible() and progress.words.full_text().startswith("Preparing place names")


def test_waiting_alone_is_a_busy_bar_without_words(qtbot) -> None:
    progress = IndexingProgress()
    qtbot.addWidget(progress)
    progress.show()
    progress.waiting()
    assert progress.isVisible() and progress.bar.isVisible() and not progress.words.isVisible()
    progress.counted(1, 1)
    assert not progress.isVisible()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_filter_box_keeps_its_width_as_the_words_change(qtbot, speak, language) -> None:
    """Seen in the Entities view: "Namen eingrenzen" narrowed and widened as the words beside it
    went from preparing place names to counting the sources — the box jumped under the mouse."""
    speak(language)
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    box = QLineEdit(row)
    progress = IndexingProgress(row)
    layout.addWidget(box, 1)  # as the view lays them out
    layout.addWidget(progress)
    row.resize(1000, 40)
    row.show()
    progress.preparing()
    settle(qtbot, row)
    width = box.width()
    for step in (progress.waiting, lambda: progress.counted(0, 40), lambda: progress.counted(17, 40)):
        step()
        settle(qtbot, row)
        assert box.width() == width
    progress.counted(40, 40)  # done: the words go, the box takes the row
    settle(qtbot, row)
    assert box.width() > width
    speak("en")


def test_the_next_run_measures_its_words_afresh(qtbot) -> None:
    """The width held while the place names were prepared is let go once the names are found: a
    later run (after an import) says only the count, and the filter box gets the room back."""
    progress = IndexingProgress()
    qtbot.addWidget(progress)
    progress.show()
    progress.preparing()
    preparing = progress.words.sizeHint().width()
    progress.counted(40, 40)  # done
    progress.counted(0, 3)  # the next run: the count alone
    assert progress.words.isVisible() and progress.words.sizeHint().width() < preparing
