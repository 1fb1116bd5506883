"""tools/metadata_reach.py counts a dev page's gold date as printed in its copied text in the
forms pages print it, and only on its own day: the reach it reports (how many dates a rule
on the copied text could still get right) rests on that."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("metadata_reach", Path(__file__).parents[1] / "tools" / "metadata_reach.py")
assert _SPEC is not None and _SPEC.loader is not None
reach = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(reach)


@pytest.mark.parametrize("text", [
    "veröffentlicht am 19.11.2019, 16:30 uhr",
    "stand: 19.11.201916:30",  # glued to its time by the copy
    "updated nov. 19, 2019 at 9:45 am",
    "19. november 2019",
    "tuesday 19th november 2019",
    "posted 2019-11-19t08:03",
    "11/19/2019",
    "2019년 11월 19일",
    "2019年11月19日",
])  # fmt: skip
def test_a_day_printed_in_a_pages_forms_counts(text: str) -> None:
    assert reach.date_printed("2019-11-19", text)


@pytest.mark.parametrize("text", ["18.11.2019", "nov. 20, 2019", "19.11.2018", "119.11.2019", "no date here"])
def test_another_day_does_not(text: str) -> None:
    assert not reach.date_printed("2019-11-19", text)


def test_a_day_is_not_found_inside_a_later_one() -> None:
    assert not reach.date_printed("2019-11-09", "19. november 2019")
    assert not reach.date_printed("2019-11-09", "nov. 19, 2019")


def test_a_month_is_named_in_any_of_the_importers_spellings() -> None:
    # The month names are the importer's list: Austrian "Jänner" and "Mrz." are months too.
    assert reach.date_printed("2019-01-19", "19. jänner 2019")
    assert reach.date_printed("2019-03-19", "19. mrz. 2019")
    assert not reach.date_printed("2019-11-19", "19. oktober 2019")
    assert not reach.date_printed("2019-03-19", "marathon 19, 2019")  # a word starting like one
