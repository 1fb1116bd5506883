"""A briefing's values: the user's own document of headings, connecting text and highlights.

Kept apart from `models.py` because only the composer, its export and the CLI use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ItemKind(StrEnum):
    HEADING = "heading"
    TEXT = "text"  # connecting Markdown the user writes between quotes
    HIGHLIGHT = "highlight"


@dataclass(frozen=True, slots=True)
class Briefing:
    id: int
    name: str
    created_at: str
    updated_at: str
    item_count: int


@dataclass(frozen=True, slots=True)
class BriefingItem:
    """One item at `position` (0-based, contiguous) in its briefing.

    `text` is the heading or connecting text; empty for a highlight, whose words live with the
    highlight (`highlight_id`) so that an edited label or re-anchored quote shows up here too.
    """

    id: int
    briefing_id: int
    position: int
    kind: ItemKind
    text: str
    highlight_id: int | None


@dataclass(frozen=True, slots=True)
class BriefingSnapshot:
    """A briefing with all its items: what `delete` removes and `restore` puts back (undo)."""

    briefing: Briefing
    items: tuple[BriefingItem, ...]
