"""At the library's narrowest, a row's long outlet gives way: it is cut first, the date stays
whole and the "+N" count of tags that do not fit stays in sight.

Seen walking the German window at 1366 × 768 with the library at its narrowest (about 260 px):
a row of "F.A.Z. - Frankfurter Allgemeine Zeitung" ran its outlet · date line to the highlight
count, cut inside the date, and the row's tags were neither drawn nor counted.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from reader.core.models import SourceSummary
from reader.ui.library.source_delegate import display_date
from tests.ui.library.test_row_tags_never_vanish import _drawn

FAZ = "F.A.Z. - Frankfurter Allgemeine Zeitung"


def _summary(site_name: str, tags: tuple[str, ...]) -> SourceSummary:
    return SourceSummary(
        id=1, title="Japan und die USA schmieden ein goldenes Bündnis", title_derived=False,
        site_name=site_name, published="2025-10-28T07:00", imported_at="2026-12-04T06:00:00+00:00",
        opened_at=None, file_name="de_faz.txt", tags=tags, highlight_count=3, has_note=True,
    )  # fmt: skip


def _details(drawn: list[str], summary: SourceSummary) -> str:
    return next(t for t in drawn if display_date(summary) in t or "…" in t and "·" in t)


@pytest.mark.parametrize("tags", [("Zugfahrt Dezember",), ("Seltene Erden", "Zugfahrt Dezember")])
@pytest.mark.parametrize("width", [250, 260, 300])
def test_a_long_outlet_is_cut_before_the_date_and_the_tags_count(qapp, speak, tags, width) -> None:
    speak("de")
    summary = _summary(FAZ, tags)
    drawn = _drawn(summary, width)
    shown = [t for t in tags if t in drawn]
    counted = sum(int(m.group(1)) for t in drawn if (m := re.fullmatch(r"\+(\d+)", t)))
    assert len(shown) + counted == len(tags), (width, drawn)
    details = _details(drawn, summary)
    assert details.endswith(" · " + display_date(summary)), details  # the date whole, at the end
    assert details.startswith(FAZ[:4]) and "…" in details  # the outlet cut, its start kept


def test_a_short_outlet_is_not_cut(qapp, speak) -> None:
    speak("de")
    summary = _summary("DWN", ("Zugfahrt Dezember",))
    drawn = _drawn(summary, 260)
    assert "DWN · " + display_date(summary) in drawn


@pytest.mark.parametrize("width", [150, 165, 180, 200])
def test_the_date_comes_before_the_tag_count(qapp, speak, width) -> None:
    """A row with no outlet to cut: the room kept for "+1" cut the date instead ("30. Okt. 2…",
    seen with the composer docked at 1366 × 768); the date is whole, and "+1" only beside it."""
    speak("de")
    summary = replace(_summary("", ("Handelsstreit",)), site_name=None, highlight_count=2, has_note=False)
    drawn = _drawn(summary, width)
    assert display_date(summary) in drawn, (width, drawn)


@pytest.mark.parametrize("width", [175, 190, 205])
def test_a_short_outlet_gives_way_to_the_date_whole(qapp, speak, width) -> None:
    """A short outlet that cannot be cut further ("DWN"), a highlight count and a note: the line
    was cut inside the date ("DWN · 28. Okt. 2…", seen on a story's row at 1024 × 700); where
    only one fits, the date comes whole."""
    speak("de")
    summary = _summary("DWN", ())
    drawn = _drawn(summary, width)
    assert display_date(summary) in drawn or "DWN · " + display_date(summary) in drawn, (width, drawn)
    assert not any(t.startswith("DWN") and "…" in t for t in drawn), (width, drawn)
