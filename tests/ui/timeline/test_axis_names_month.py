"""The timeline's axis names the month and year of every day (or month) it shows.

Seen at 1366 x 768 with the library narrowed to a tag holding one source (12 Dec 2022): the
axis read "9 10 11 12 13 14 15 16" — no month, no year anywhere on the timeline. And at
1024x700: "25 … 31 Nov 2025", October's days before November's start named by nothing.
"""

from __future__ import annotations

from datetime import date

from reader.ui.timeline.mark_layout import ticks


def _in_view(start: float, px: float, width: float) -> list[tuple[int, str, bool]]:
    return [t for t in ticks(start, px, width) if start <= t[0] <= start + width / px]


def test_a_week_in_mid_december_names_its_month_and_year(qapp, speak) -> None:
    start = date(2022, 12, 9).toordinal()
    shown = _in_view(start, 120, 800)
    assert shown[0] == (start, "9\u00a0Dec\u00a02022", True)
    assert [label for _d, label, _m in shown[1:]] == ["10", "11", "12", "13", "14", "15"]
    speak("de")
    german = _in_view(start, 120, 800)[0][1]
    speak("en")
    assert german == "9.\u00a0Dez.\u00a02022"


def test_months_without_a_january_name_their_year(qapp) -> None:
    start = date(2022, 3, 5).toordinal()
    shown = _in_view(start, 3, 600)  # 5 March to late September
    assert shown[0] == (date(2022, 4, 1).toordinal(), "Apr 2022", True)
    assert [label for _d, label, _m in shown[1:3]] == ["May", "Jun"]


def test_the_days_before_the_first_month_start_name_their_month(qapp, speak) -> None:
    """Seen at 1024x700 in German: "25 … 31 Nov 2025", October's last week under no name."""
    start = date(2025, 10, 25).toordinal()
    shown = _in_view(start, 40, 400)
    assert shown[0] == (start, "25\u00a0Oct\u00a02025", True)
    assert [label for _d, label, _m in shown[1:7]] == ["26", "27", "28", "29", "30", "31"]
    assert (date(2025, 11, 1).toordinal(), "Nov 2025", True) in shown
    speak("de")
    german = _in_view(start, 40, 400)[0][1]
    speak("en")
    assert german == "25.\u00a0Okt.\u00a02025"


def test_the_months_before_the_first_january_name_their_year(qapp) -> None:
    start = date(2024, 10, 1).toordinal()
    shown = _in_view(start, 3, 600)  # October 2024 to May 2025
    assert shown[0] == (start, "Oct 2024", True)
    assert [label for _d, label, _m in shown[1:4]] == ["Nov", "Dec", "2025"]


def _axis(qtbot, start: date, px_per_day: float, width: int = 400) -> list[str]:
    from reader.ui.timeline.canvas import TimelineCanvas
    from reader.ui.timeline.mark_layout import Mark

    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, 300)
    canvas.set_marks([Mark(1, date(2025, 11, 3).toordinal(), "s", None, "")])
    canvas.start, canvas.px_per_day = start.toordinal(), px_per_day
    return [label for _rect, label in sorted(canvas.axis_labels(), key=lambda placed: placed[0].left())]


def test_every_day_on_the_axis_is_read_by_its_month_and_year(qtbot) -> None:
    labels = _axis(qtbot, date(2025, 10, 25), 40)
    assert labels[0] == "25\u00a0Oct\u00a02025" and "Nov 2025" in labels
    assert all(label.isdigit() for label in labels[1:labels.index("Nov 2025")])


def test_a_day_whose_name_has_no_room_is_not_shown_under_the_next_month(qtbot) -> None:
    """Zoomed in just enough for days, four days before November 1st: "28 Oct 2025" collides
    with "Nov 2025", which keeps its place; October's "29" and "30", with room between them,
    are then not shown either, where they read as November's."""
    labels = _axis(qtbot, date(2025, 10, 28), 24)
    before = labels[: labels.index("Nov 2025")]
    assert all(not label.isdigit() for label in before), labels


def test_only_a_months_or_years_start_is_drawn_across() -> None:
    """The first tick in view is named, not a boundary: drawn across the canvas, "27 Nov"
    looked like a month's start beside December's."""
    from reader.ui.timeline.axis import boundary

    assert not boundary(date(2023, 11, 27).toordinal(), 40) and boundary(date(2023, 12, 1).toordinal(), 40)
    assert not boundary(date(2022, 4, 1).toordinal(), 3) and boundary(date(2025, 1, 1).toordinal(), 3)


def test_month_names_are_written_as_the_dates_beside_them(qapp, speak) -> None:
    """Seen in German: "18. Nov. 2023" next to "Dez 2023", one with its dot, one without.
    Each month's name on the axis is now the one its dates use ("Dez.", "März", "Sept.")."""
    start = date(2023, 11, 18).toordinal()
    speak("de")
    days = [label for _d, label, _m in _in_view(start, 40, 800)]
    months = [label for _d, label, _m in _in_view(date(2023, 2, 10).toordinal(), 3, 900)]
    speak("en")
    english = [label for _d, label, _m in _in_view(date(2023, 2, 10).toordinal(), 3, 900)]
    assert days[0] == "18.\u00a0Nov.\u00a02023" and "Dez. 2023" in days
    assert months[:9] == ["März 2023", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov."]
    assert english[:9] == ["Mar 2023", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]


def test_the_month_the_view_begins_in_is_named_where_it_fits(qtbot, speak) -> None:
    """Seen walking the German window at 1024 × 700 (session 28), zoomed to months: the view
    began in early October, and its first 250 px, October's marks above them, had no name
    under them; "Nov. 2025" was the first. The month the view begins in is named in its part
    in view, inside it."""
    from reader.ui.timeline.canvas import TimelineCanvas
    from reader.ui.timeline.mark_layout import Mark

    speak("de")
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 300)
    canvas.set_marks([Mark(1, date(2025, 10, 20).toordinal(), "s", None, "")])
    canvas.start, canvas.px_per_day = date(2025, 10, 5).toordinal(), 9.0
    placed = sorted(canvas.axis_labels(), key=lambda p: p[0].left())
    assert [label for _rect, label in placed[:3]] == ["Okt. 2025", "Nov. 2025", "Dez."]
    november = (date(2025, 11, 1).toordinal() - canvas.start) * canvas.px_per_day
    assert 0 <= placed[0][0].left() and placed[0][0].right() < november  # under October's part
    # Too little of October in view for its name: not named, and nothing in its stead.
    canvas.start = date(2025, 10, 30).toordinal()
    assert sorted(canvas.axis_labels(), key=lambda p: p[0].left())[0][1] == "Nov. 2025"
    speak("en")
