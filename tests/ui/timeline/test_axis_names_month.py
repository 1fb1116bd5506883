"""The timeline's axis names the month and year even when no month begins in view.

Seen at 1366 x 768 with the library narrowed to a tag holding one source (12 Dec 2022): the
axis read "9 10 11 12 13 14 15 16" — no month, no year anywhere on the timeline.
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


def test_a_view_with_a_first_of_the_month_is_left_as_it_was(qapp) -> None:
    start = date(2025, 10, 25).toordinal()
    shown = _in_view(start, 40, 400)
    assert shown[0] == (start, "25", False)
    assert (date(2025, 11, 1).toordinal(), "Nov 2025", True) in shown
