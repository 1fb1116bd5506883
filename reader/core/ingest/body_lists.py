"""Lists the article gives without bullets: the short lines after a lead-in with a colon.

"Key features of the new hub include:" and then one short line per item, or a short
subheading with a colon under a paragraph ("Zutaten:", "Technische Daten:") and its items:
copied from a page, the bullets are gone and each item is a short line that the body model
reads as a link list. The lead-in says the list is the article's.

A list that closes the article (tour dates, qualified teams, results) often has no lead-in,
or one the model doubts; there the entries' common shape says it: the same separator in every
line, and different words after it (`closing_list`).
"""

from __future__ import annotations

import re
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
        if not text.endswith((":", "?")) or labels[i] is not None:
            continue
        if text[-1] == "?":
            if not _question_lead_in(text, shapes[i]):
                continue
        else:
            # The block's bounds hold its long items wherever they stand, also after short ones.
            found.update(_block_after(segments, shapes, labels, meta, i))
            if not _lead_in(text, shapes[i]) and not _subheading_lead_in(shapes, labels, meta, i):
                continue
        j = i + 1
        while j < len(segments) and j - i <= LIST_MAX_ITEMS:
            if _list_item_shaped(segments, shapes, labels, meta, j):
                j += 1
            elif _item_link(segments, j) and _list_item_shaped(
                segments, shapes, labels, meta, j + 1
            ):
                j += 2  # a numbered item's address under it, and the next numbered item
            else:
                break
        if j - i - 1 >= LIST_MIN_ITEMS:
            found.update(range(i + 1, j))
    return found


# A list standing as a block of its own between blank lines may give each item as a clause.
BLOCK_ITEM_MAX_WORDS = 25
# Three words at least: the prompts of share and related boxes end in a lower-case word too
# ("Teile das:", "See also:", "Share this:"), and the phrase lists do not know them all (a
# two-word one right under a paragraph is `_subheading_lead_in`'s to judge, with short items).
BLOCK_LEAD_IN_MIN_WORDS = 3


def _block_after(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
    i: int,
) -> range:
    """The items of the list a lead-in announces when the copy sets them apart as a block: a
    line each, no blank line between them, and a blank line before the prose that goes on
    under them (a blank line under the lead-in or its paragraph is usual, not needed: the
    colon opens the block). "Think about it:" / "You build your website in its own little
    corner of the internet" / …; "Was an der Umstellung am aufwändigsten war:" / "Die
    (längst überfällige) Umstellung von campino2k.de auf SSL (WordPress ist da etwas zickig,
    überall stehen komplette URLs)" / "Runalyze" / …. The block's bounds say it is one list,
    so an item may be a clause of up to BLOCK_ITEM_MAX_WORDS words and the lead-in a clause
    of three words ending in a lower-case word; a label ("Mehr zum Thema:") is none."""
    if not _lead_in(segments[i].text, shapes[i], BLOCK_LEAD_IN_MIN_WORDS):
        return range(0)
    j = i + 1
    while j < len(segments) and (j == i + 1 or not segments[j].gap_before):
        if j in meta or labels[j] is not None or segments[j].edit_heading:
            return range(0)
        if shapes[j].prose or shapes[j].truncated or shapes[j].n_words > BLOCK_ITEM_MAX_WORDS:
            return range(0)
        j += 1
    if j - i - 1 < LIST_MIN_ITEMS or j >= len(segments) or j in meta or labels[j] is not None:
        return range(0)
    return range(i + 1, j) if shapes[j].prose else range(0)


# A numbered item: "1) …", "2. …", "10) …".
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
LIST_MIN_NUMBERED = 3


def numbered_or_link(segments: Sequence[Segment], j: int) -> bool:
    """A numbered list item ("1) Lego Star Wars …") or the bare address under one."""
    return _NUMBERED.match(segments[j].text) is not None or _item_link(segments, j)


def _item_link(segments: Sequence[Segment], j: int) -> bool:
    """A bare web address under a numbered item, with the next numbered item below it ("1)
    Lego Star Wars …", "http://amzn.to/…", "2) Polistil …"): the list gives each item's link."""
    if j + 1 >= len(segments) or not segments[j + 1].text[:1].isdigit():
        return False
    if not segments[j - 1].text[:1].isdigit():
        return False
    text = segments[j].text
    return text.startswith(("http://", "https://")) and " " not in text


LEAD_IN_MIN_WORDS = 4


def _lead_in(text: str, shape: Shape, min_words: int = LEAD_IN_MIN_WORDS) -> bool:
    """A sentence introducing a list: prose, or a short clause of `min_words` or more ending in
    a lower-case word ("The project includes:"), not a capitalised label ("More from the
    Guardian:")."""
    if shape.prose:
        return True
    last = text.rsplit(None, 1)[-1]
    return shape.n_words >= min_words and last[:1].islower() and shape.stop_share >= PROSE_MIN_STOP_SHARE


def _question_lead_in(text: str, shape: Shape) -> bool:
    """A question the list under it answers, as service and documentation pages head their
    lists ("Welche Unterlagen werden benötigt?", "What's new in version 2.26?"): a clause
    ending in a lower-case word, not a linked headline of a related list, which names its
    subject last ("Who will replace Pochettino at Spurs?")."""
    return not shape.prose and _lead_in(text, shape)


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


# A list of entries of one shape closing the article: tour dates ("June 9 -- Coral Sky
# Amphitheatre, West Palm Beach, FL"), qualified teams ("England (Group A): 10th appearance"),
# results. Each entry is a short line whose first separator is the same as the others': a
# spaced dash, "@", a bar, a slash, a bullet, an opening bracket or a colon.
_SEPARATOR = re.compile(r" (?:--?|–|—|@|\||/|·|•) |\(|: ")
# Linked headlines share these separators too ("Brexit: Johnson loses the vote", "Title |
# Site", a breadcrumb's slashes): with them every entry must hold a figure (a date, a
# score, a rank), as a schedule's or a table's do and a list of headlines seldom does.
_HEADLINE_SEPARATORS = frozenset({": ", " | ", " / "})
CLOSING_MIN_ITEMS = 5
CLOSING_MAX_ITEMS = 80
CLOSING_HEADER_MAX_WORDS = 8


def closing_list(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    stops: set[int],
    end: int,
) -> tuple[int | None, range]:
    """The heading and the entries of a list of entries of one shape right after `end` (the
    run's last block; `stops`: metadata and section ends), or None and an empty range. The
    heading is a short line of its own ("Qualified teams", "The band's 2020 tour dates:").

    The entries must differ after their separator: a row of share buttons ("Klick, um auf
    Facebook zu teilen (Wird in neuem Fenster geöffnet)", one per network) says the same
    thing after its bracket every time."""
    n = len(segments)
    first, heading = end + 1, None
    if (
        first + 1 < n
        and _list_heading(segments[first].text, shapes[first], labels[first])
        and _first_separator(segments[first].text) != _first_separator(segments[first + 1].text)
    ):
        first, heading = first + 1, first  # a line shaped as the entries is the first entry
    if first >= n or first in stops:
        return None, range(0)
    separator = _first_separator(segments[first].text)
    if separator is None:
        return None, range(0)
    j = first
    tails: set[str] = set()
    while j < n and j - first < CLOSING_MAX_ITEMS and _entry(segments, shapes, labels, stops, j):
        text = segments[j].text
        found = _SEPARATOR.search(text)
        if found is None or found[0] != separator:
            break
        if separator in _HEADLINE_SEPARATORS and not any(map(str.isdigit, text)):
            break
        tails.add(text[found.end() :])
        j += 1
    count = j - first
    if count < CLOSING_MIN_ITEMS or len(tails) * 2 < count:
        return None, range(0)
    return heading, range(first, j)


def _list_heading(text: str, shape: Shape, label: str | None) -> bool:
    """A short heading over the list, or a short lead-in ending in a colon."""
    if label is not None or shape.n_words > CLOSING_HEADER_MAX_WORDS:
        return False
    return not shape.prose or text.endswith(":")


def _first_separator(text: str) -> str | None:
    found = _SEPARATOR.search(text)
    return None if found is None else found[0]


def _entry(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    stops: set[int],
    i: int,
) -> bool:
    """A short line of the list: no prose, no label, not the line above printed again."""
    if i in stops or labels[i] is not None or shapes[i].prose:
        return False
    if shapes[i].n_words > LIST_ITEM_MAX_WORDS:
        return False
    return segments[i].text != segments[i - 1].text
