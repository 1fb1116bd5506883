"""The article's own table of contents: "Inhaltsverzeichnis", then "1 Das Wichtigste vorab",
"2 Elektronische Spielzeuge im Test" …, each entry a heading of the article elsewhere.

Guides, encyclopaedia entries and long blog posts print one between their lead and their first
section. An entry is told by repetition, in any language: the words after its number stand
again, alone, on another line, the section's heading. The contents say where the article is:
a run that holds one of the headings but starts below another (a long comparison table or the
contents themselves cost the run more than the lead above them brings) starts too late; it is
taken back to the first heading or the contents, whichever is higher, and to the lead's
paragraphs right above.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# A contents has a few entries, each a short numbered line, printed together.
MIN_ENTRIES = 3
ENTRY_MAX_WORDS = 14
ENTRY_GAP = 2
TITLE_MAX_WORDS = 3


def start_of_article(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
    span: tuple[int, int],
) -> tuple[int, int]:
    """`span`, its start taken back to the contents' first heading (or the contents) and the
    paragraphs above when the run holds a heading of the contents but not all."""
    start, end = span
    found = _contents(segments, shapes, meta)
    if found is None:
        return span
    entries, headings = found
    if not any(start <= h <= end for h in headings) or min(headings) >= start:
        return span
    first = min(min(headings), entries[0])
    if first == entries[0] and first > 0 and labels[first - 1] is not None:
        if shapes[first - 1].n_words <= TITLE_MAX_WORDS:
            first -= 1  # the contents' own title ("Inhaltsverzeichnis", "Contents")
    while first > 0 and _lead_paragraph(shapes, labels, meta, first - 1):
        first -= 1
    return first, end


def _lead_paragraph(
    shapes: Sequence[Shape], labels: Sequence[str | None], meta: set[int], i: int
) -> bool:
    return i not in meta and labels[i] is None and shapes[i].prose


def _contents(
    segments: Sequence[Segment], shapes: Sequence[Shape], meta: set[int]
) -> tuple[list[int], list[int]] | None:
    """The contents' entries and the lines they name, for the first block of at least
    MIN_ENTRIES numbered lines (ENTRY_GAP lines apart at most) each naming another line."""
    numbered = [
        i
        for i, segment in enumerate(segments)
        if segment.text[:1].isdigit() and i not in meta and shapes[i].n_words <= ENTRY_MAX_WORDS
    ]
    if len(numbered) < MIN_ENTRIES:
        return None  # most pages: no line is read twice
    at: dict[str, list[int]] = {}
    for i, segment in enumerate(segments):
        at.setdefault(segment.text, []).append(i)
    entries: list[int] = []
    headings: list[int] = []
    for i in numbered:
        parts = segments[i].text.split(None, 1)
        if len(parts) < 2 or len(parts[0]) > 6:
            continue
        named = [j for j in at.get(parts[1], ()) if j != i]
        if not named:
            continue
        if entries and i - entries[-1] > ENTRY_GAP:
            if len(entries) >= MIN_ENTRIES:
                break
            entries, headings = [], []
        entries.append(i)
        headings.append(named[-1])
    return (entries, headings) if len(entries) >= MIN_ENTRIES else None
