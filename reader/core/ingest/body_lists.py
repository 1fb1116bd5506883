"""Lists the article gives without bullets: the short lines after a lead-in with a colon.

"Key features of the new hub include:" and then one short line per item, or a short
subheading with a colon under a paragraph ("Zutaten:", "Technische Daten:") and its items:
copied from a page, the bullets are gone and each item is a short line that the body model
reads as a link list. The lead-in says the list is the article's.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import PROSE_MIN_STOP_SHARE, Shape

# Unbulleted items after a sentence ending in a colon: how many, and how long each (a packing
# list or a pantry's staples runs to some thirty items).
LIST_MIN_ITEMS = 2
LIST_MAX_ITEMS = 40
LIST_ITEM_MAX_WORDS = 15
LIST_LABEL_MAX_WORDS = 2


def listed(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
) -> set[int]:
    """Unbulleted list items: the short lines right after a sentence that ends in a colon
    ("Key features of the new hub include:") or a short subheading with a colon under a
    paragraph ("Technische Daten:"), up to the next prose, label or long line."""
    found: set[int] = set()
    for i, segment in enumerate(segments):
        text = segment.text
        if not text.endswith(":") or labels[i] is not None:
            continue
        if not _lead_in(text, shapes[i]) and not _subheading_lead_in(shapes, labels, meta, i):
            continue
        j = i + 1
        while (
            j < len(segments)
            and j - i <= LIST_MAX_ITEMS
            and _list_item_shaped(segments, shapes, labels, meta, j)
        ):
            j += 1
        if j - i - 1 >= LIST_MIN_ITEMS:
            found.update(range(i + 1, j))
    return found


def _lead_in(text: str, shape: Shape) -> bool:
    """A sentence introducing a list: prose, or a short clause ending in a lower-case word
    ("The project includes:"), not a capitalised label ("More from the Guardian:")."""
    if shape.prose:
        return True
    last = text.rsplit(None, 1)[-1]
    return shape.n_words >= 4 and last[:1].islower() and shape.stop_share >= PROSE_MIN_STOP_SHARE


def _subheading_lead_in(
    shapes: Sequence[Shape], labels: Sequence[str | None], meta: set[int], i: int
) -> bool:
    """A one- or two-word subheading with a colon right under a paragraph ("Zutaten:",
    "Technische Daten:"): the article's own list follows. The same label under a list or a
    menu ("Schlagwörter:", "Ähnliche Artikel:") is furniture's."""
    if shapes[i].n_words > LIST_LABEL_MAX_WORDS or i == 0:
        return False
    before = i - 1
    return before not in meta and labels[before] is None and shapes[before].prose


def _list_item_shaped(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
    i: int,
) -> bool:
    """A short line that is no sentence of prose, no label and no metadata."""
    if i in meta or labels[i] is not None or segments[i].edit_heading:
        return False
    shape = shapes[i]
    return not shape.prose and shape.n_words <= LIST_ITEM_MAX_WORDS and not shape.truncated
