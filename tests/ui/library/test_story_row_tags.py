"""A story's row in the narrow library pane still says its source is tagged.

Seen at 1024 x 700 in German: the row of a three-report story read "28. Okt. 2025  ❝ 1 ✎  ▸ 3"
— its two tags neither as chips nor as "+2" (the date wins the line), and its tooltip named
everything but the tags. Now "+2" comes as a tighter chip where the usual one has no room,
and the tooltip names the tags; a row narrower still leaves them to the tooltip.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.models import SourceSummary
from reader.ui.library.source_model import _tooltip
from reader.ui.stories.story_rows import StoryMark, StoryRowDelegate
from tests.ui.library.row_painting import drawn_texts

TAGS = ("Handelsbeziehungen", "Japan")


def _summary() -> SourceSummary:
    return SourceSummary(
        id=2, title="Gegengewicht zu China: Japan und USA stärken Allianz", title_derived=False,
        site_name="DWN", published="2025-10-28T18:05", imported_at="2026-12-04T06:00:00+00:00",
        opened_at=None, file_name="001_9d8a34aa4b2d5fcf.txt", tags=TAGS, highlight_count=1, has_note=True,
    )  # fmt: skip


def _drawn(width: int) -> list[str]:
    return drawn_texts(_summary(), width, delegate=StoryRowDelegate(), story=StoryMark(1, 3, True, False))


def test_a_story_row_at_1024_px_counts_its_tags(qapp, speak) -> None:
    speak("de")
    drawn = _drawn(234)  # the library list's width in a 976 px window (a 1024 px screen)
    speak("en")
    assert "28.\u00a0Okt.\u00a02025" in drawn and "❝ 1" in drawn
    assert "+2" in drawn, drawn


def test_the_rows_tooltip_names_its_tags(qapp, speak) -> None:
    speak("de")
    german = _tooltip(_summary(), reports=3).split("\n")
    one = _tooltip(replace(_summary(), tags=("Japan",))).split("\n")
    speak("en")
    assert "Schlagwörter: Handelsbeziehungen, Japan" in german
    assert "Schlagwort: Japan" in one
    assert "Tags: Handelsbeziehungen, Japan" in _tooltip(_summary()).split("\n")
    assert not any(line.startswith("Tag") for line in _tooltip(replace(_summary(), tags=())).split("\n"))
