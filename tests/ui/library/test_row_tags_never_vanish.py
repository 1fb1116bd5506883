"""A library row never hides that its source has tags: the chips that fit are drawn, and "+2"
stands for those that do not.

Seen walking the German window at 1366 × 768 after tagging an import of 60 sources "Zugfahrt
Dezember": rows with only a date showed the chip, rows with an outlet ("ZEIT ONLINE · 2. Nov.
2025") showed nothing, so the import looked tagged only in part; a second tag ("Seltene Erden")
pushed the first off its row without a sign.
"""

from __future__ import annotations

import re

import pytest

from reader.core.models import SourceSummary
from reader.ui.library.source_delegate import chip_labels
from tests.ui.library.row_painting import drawn_texts


def _drawn(summary: SourceSummary, width: int) -> list[str]:
    return drawn_texts(summary, width)


def _summary(tags: tuple[str, ...]) -> SourceSummary:
    return SourceSummary(
        id=1, title="Warum Japan beim Thema seltene Erden gelassener ist als Europa", title_derived=False,
        site_name="ZEIT ONLINE", published="2025-11-02T07:00", imported_at="2026-12-04T06:00:00+00:00",
        opened_at=None, file_name="de_zeit.txt", tags=tags, highlight_count=3, has_note=True,
    )  # fmt: skip


@pytest.mark.parametrize("tags", [("Zugfahrt Dezember",), ("Seltene Erden", "Zugfahrt Dezember")])
@pytest.mark.parametrize("width", [300, 330, 480])  # the pane at 1366 px: 330
def test_every_tag_is_drawn_or_counted(qapp, speak, tags, width) -> None:
    speak("de")
    drawn = _drawn(_summary(tags), width)
    shown = [t for t in tags if t in drawn]
    counted = sum(int(m.group(1)) for t in drawn if (m := re.fullmatch(r"\+(\d+)", t)))
    assert len(shown) + counted == len(tags), (width, drawn)


def test_a_wide_row_draws_the_tags_whole_and_no_count(qapp, speak) -> None:
    speak("de")
    drawn = _drawn(_summary(("Seltene Erden", "Zugfahrt Dezember")), 600)
    assert "Seltene Erden" in drawn and "Zugfahrt Dezember" in drawn
    assert not any(t.startswith("+") for t in drawn)


def test_more_tags_than_chips_end_in_their_count() -> None:
    tags = ("a", "b", "c", "d", "e")
    assert chip_labels(tags, lambda t: 10, 1000) == ["a", "b", "c", "+2"]
    assert chip_labels(tags, lambda t: 10, 25) == ["a", "+4"]  # room for one chip and the count
    assert chip_labels(tags, lambda t: 10, 5) == []  # not even the count fits
