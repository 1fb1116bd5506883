"""What the body classifier (`boilerplate`) reads of a page and what it decides for each block.

`Page` holds the per-block evidence (segments, shapes, furniture labels, whole-line headers,
the head's metadata blocks); a `Verdict` is one block's role, reason and layout kind. The
rules that decide the run's edges (`boilerplate`) and those that decide each block inside it
(`body_inside`) both speak in these, so they live below both.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape


@dataclass(frozen=True, slots=True)
class Verdict:
    """Role, reason and layout kind decided for one block."""

    role: BlockRole
    reason: str | None
    kind: BlockKind


@dataclass(slots=True)
class Page:
    """The per-block evidence the classifier works from."""

    segments: list[Segment]
    shapes: list[Shape]
    labels: list[str | None]
    headers: list[bool]  # whole-line labels ("Mehr zum Thema"), which govern what follows
    meta: set[int]
    title_index: int | None = None


@cache
def verdict(role: BlockRole, reason: str | None, kind: BlockKind) -> Verdict:
    """The one shared Verdict with these values. Verdicts are immutable and only a few dozen
    distinct ones exist, so a lookup is cheaper than building a frozen dataclass per block."""
    return Verdict(role, reason, kind)


def aside(segment: Segment, reason: str | None) -> Verdict:
    """The block set aside for `reason`; a heading set aside reads as a paragraph."""
    kind = BlockKind.PARAGRAPH if segment.kind is BlockKind.HEADING else segment.kind
    return verdict(BlockRole.BOILERPLATE, reason, kind)
