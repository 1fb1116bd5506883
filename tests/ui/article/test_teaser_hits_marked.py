"""A search hit in the article's teaser is marked, as the text's hits are; Find steps to it.

Seen with the samples: "Microsoft" searched, seed 002's article hit opened — its two hits in
the text marked, the one in the teaser above them ("Über Investitionen von Microsoft, IBM und
Panasonic …") not, typed or put back at the next start. Ctrl+F "Panasonic" said "1 of 1" with
the teaser's Panasonic on the screen. Real windows on a real data folder, one after the other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.ui.library.test_window_search import open_result, type_search


def _marked(window) -> set[str]:
    """The words of the teaser drawn on a match colour: "current", "other" or both."""
    label, theme = window.article.view.header.teaser, window.article.view._theme
    image = label.grab().toImage()
    colours = {QColor(theme.match_current).rgb(): "current", QColor(theme.match).rgb(): "other"}
    return {colours[image.pixel(x, y)] for x in range(image.width()) for y in range(image.height())
            if image.pixel(x, y) in colours}  # fmt: skip


def _teaser_hit(window, word: str) -> tuple[int, int]:
    teaser = window.article.view.header.teaser.plain
    return teaser.index(word), teaser.index(word) + len(word)


def test_a_hit_in_the_teaser_is_marked_typed_and_restored(make_window, qtbot) -> None:
    first = make_window()
    type_search(first, qtbot, "Microsoft ")
    open_result(first, lambda r: r.where == "article")
    view = first.article.view
    assert len(view.matches) == 2 and view.teaser_matches == [_teaser_hit(first, "Microsoft")]
    assert _marked(first) == {"other"} and first.article.reading_position() == 0.0  # the first hit in sight
    first.close()

    second = make_window()
    assert second.article.view.teaser_matches == [_teaser_hit(second, "Microsoft")]
    assert _marked(second) == {"other"}
    type_search(second, qtbot, "Japan")  # the marks belong to their search
    assert second.article.view.teaser_matches == [] and _marked(second) == set()


def test_find_counts_and_steps_through_the_teasers_matches_first(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Microsoft ")
    open_result(window, lambda r: r.where == "article")
    bar, view = window.article.find_bar, window.article.view
    bar.open()
    qtbot.keyClicks(bar.edit, "Panasonic")
    assert bar.match_count == 2 and bar.count.text() == "1 of 2"
    assert view.teaser_matches == [_teaser_hit(window, "Panasonic")] and _marked(window) == {"current"}
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # to the text's Panasonic, far down
    assert bar.count.text() == "2 of 2" and _marked(window) == {"other"}
    assert window.article.reading_position() > 0.0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # round to the teaser's, at the page's top
    assert bar.count.text() == "1 of 2" and _marked(window) == {"current"}
    assert window.article.reading_position() == 0.0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert view.teaser_matches == [] and _marked(window) == set()
    assert view.header.teaser.text() == view.header.teaser.plain  # plain text again, unmarked
