"""The mention heading keeps one line, the mentions' whole width, and "Show sources in library"
stands under the mentions.

Seen in German: choosing an entity ("Hongkong (Ort): 28 Erwähnungen") put "Quellen in der
Bibliothek anzeigen" under the heading whenever the whole heading did not fit beside it, so the
mention list moved down a line and up again as one went down the entities (session 28); kept
beside it, the heading was cut even at 1366 px ("Bundesamt für Wirtschaft und Aus…
(Organisation): 2 Erwähnungen", seen walking the window). Now the heading has the width to
itself, cut with "…" only where even that is too narrow (whole in its tooltip), and the button
is under the mentions, where Tab reaches it after them. The real window on the seeds.
"""

from __future__ import annotations

import pytest

from tests.ui.settled import settle


def _entities(make_window, qtbot, width: int, height: int):
    window = make_window()
    window.resize(width, height)
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 8)
    settle(qtbot, window)
    return window, view


def _button_under_the_mentions(view) -> bool:
    heading, mentions, button = view.mention_heading, view.mention_view, view.show_sources
    return (
        heading.geometry().bottom() <= mentions.geometry().top()
        and button.geometry().top() >= mentions.geometry().bottom()
        and heading.width() >= mentions.width() - 1  # the heading's line is its own
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_1366_px_a_long_name_is_whole_over_its_mentions(make_window, qtbot, speak, language) -> None:
    speak(language)
    window, view = _entities(make_window, qtbot, 1366, 720)
    heading = view.mention_heading
    words = "Erwähnungen" if language == "de" else "mentions"
    heading.setText(f"Bundesamt für Wirtschaft und Ausfuhrkontrolle (Organisation): 2 {words}",
                    "Bundesamt für Wirtschaft und Ausfuhrkontrolle")  # fmt: skip
    settle(qtbot, window)
    assert heading.text() == heading.full_text() and heading.toolTip() == ""
    assert _button_under_the_mentions(view)
    speak("en")


@pytest.mark.parametrize(("language", "width", "height"), [("de", 1024, 700), ("en", 1024, 700), ("de", 976, 652), ("en", 976, 652)])
def test_going_down_the_entities_the_mentions_never_move_and_the_count_is_never_cut(
    make_window, qtbot, speak, language, width, height
) -> None:
    """Also in the 976 px window a 1024 px screen gives (session 30): beside the button the
    heading read "Ver… (Ort): 87 Erwähnungen" and "Sanae Takaichi (Person): 1…"."""
    speak(language)
    window, view = _entities(make_window, qtbot, width, height)
    heading, tops = view.mention_heading, set()
    for row in range(9):  # places and people, "Sanae Takaichi (Person): 8 Erwähnungen" among them
        name = view.model.index(row, 0).data()
        view.table.setCurrentIndex(view.model.index(row, 0))
        qtbot.waitUntil(lambda name=name: heading.full_text().startswith(name + " ("))
        settle(qtbot, window)
        said = heading.full_text()[len(name):]  # " (Person): 8 Erwähnungen"
        assert heading.text().endswith(said), heading.text()
        assert heading.text() == heading.full_text() or heading.text()[:3] == name[:3]  # a few letters of it
        if heading.text() != heading.full_text():
            assert heading.toolTip() == heading.full_text()
        assert heading.height() < 2 * heading.fontMetrics().height()  # one line
        assert _button_under_the_mentions(view)
        tops.add(view.mention_view.geometry().top())
    assert window.width() == width
    assert len(tops) == 1  # the list never jumped
    speak("en")
