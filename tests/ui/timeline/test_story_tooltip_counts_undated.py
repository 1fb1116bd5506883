"""A story mark's tooltip counts every report of the story in view, the undated ones too.

Seen walking the German window at 1366 × 768: a story of nine reports, one of them without a
date (listed on the right under "Ohne Datum"), said "Eine Geschichte: 8 Berichte zu einem
Ereignis" — the mark stands for the dated reports, the tooltip spoke for the story.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from reader.ui.timeline.mark_layout import Item, Mark, marks_of

D = date(2025, 10, 28).toordinal()


def test_a_marks_undated_reports_are_counted_apart() -> None:
    items = [Item(1, D, "A", "DWN", "DWN", story=7), Item(2, D + 1, "B", None, "", story=7),
             Item(3, D, "C", "FAZ", "FAZ", story=8), Item(4, D, "E", None, "")]  # fmt: skip
    marks = marks_of(items, undated_stories=[7, None, 8, 8])
    assert marks == [Mark(1, D, "A", "DWN", "DWN", 2, undated=1), Mark(3, D, "C", "FAZ", "FAZ", 1, undated=2),
                     Mark(4, D, "E", None, "")]  # fmt: skip


def _story_tooltip(make_window) -> str:
    """The seeds: 000 and 001 (28 Oct 2025) are one mark, 004 of their story has no date."""
    window = make_window()
    window.timeline.action.trigger()
    timeline = window.timeline.window
    story = next(m for m in timeline.canvas.marks if m.count == 2)
    text = timeline.canvas.describe(story)
    timeline.close()
    return text


def test_the_tooltip_counts_the_undated_report_in_english(make_window) -> None:
    text = _story_tooltip(make_window)
    assert "A story: 3 reports of one event, 1 undated (listed on the right)" in text


def test_the_tooltip_counts_the_undated_report_in_german(make_window, speak) -> None:
    speak("de")
    text = _story_tooltip(make_window)
    assert "Eine Geschichte: 3 Berichte zu einem Ereignis, davon 1 ohne Datum (rechts aufgeführt)" in text


def test_one_dated_report_of_a_story_is_still_told_a_story(qtbot) -> None:
    """A story of two, one undated, is a mark of one: its tooltip says it is a story all the same."""
    from reader.ui.timeline.canvas import TimelineCanvas

    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    text = canvas.describe(Mark(1, D, "A", "DWN", "DWN", 1, undated=1))
    assert "A story: 2 reports of one event, 1 undated" in text
    assert "A story" not in canvas.describe(Mark(2, D, "B", None, ""))


def _undated_tooltip(make_window) -> tuple[str, str]:
    """The tooltip of the seeds' undated report of a story (004), and the title its story's mark
    is drawn as."""
    window = make_window()
    window.timeline.action.trigger()
    timeline = window.timeline.window
    story = next(m for m in timeline.canvas.marks if m.count == 2)
    item = next(timeline.undated.item(r) for r in range(timeline.undated.count())
                if window.session.store.stories.story_of([timeline.undated.item(r).data(Qt.ItemDataRole.UserRole)]))
    text = item.toolTip()
    timeline.close()
    return text, story.title


def test_the_undated_report_names_the_story_it_belongs_to(make_window) -> None:
    """Walking the timeline, the mark said "1 undated (listed on the right)" and the list on the
    right did not say which of its titles that was: its tooltip now names the story's mark."""
    text, title = _undated_tooltip(make_window)
    assert title == "Japan–USA schmieden „Goldenes Bündnis“"  # its quotes made single inside ours
    assert "\nPart of the story “Japan–USA schmieden ‘Goldenes Bündnis’” (28 Oct 2025)" in text.replace("\u00a0", " ")


def test_the_undated_report_names_its_story_in_german(make_window, speak) -> None:
    speak("de")
    text, _title = _undated_tooltip(make_window)
    assert "\nGehört zur Geschichte „Japan–USA schmieden ‚Goldenes Bündnis‘“ (28. Okt. 2025)" in text.replace("\u00a0", " ")
