"""The head zone of a copied page: the blocks above and around the article's first paragraphs,
where the title, teaser, author and date stand, with what has been found in it so far.

Shared by the rules that read the head (`metadata`, `headline`), so each line's date and
author reading is done once per page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.ingest import byline as bylines
from reader.core.ingest.date_lines import DateHit
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# A line with a date is a date line when it has at most this many words (or ends in the date).
DATE_LINE_MAX_WORDS = 14


@dataclass(slots=True)
class Head:
    """The page's blocks, where the head zone ends, and the date and author lines in it.

    `first_prose` is where the article's running text starts (the anchor the headline is
    looked for above); `end` is where looking for head lines stops.
    """

    segments: list[Segment]
    shapes: list[Shape]
    labels: list[str | None]
    end: int
    first_prose: int
    dates: dict[int, DateHit] = field(default_factory=dict)
    authors: dict[int, str] = field(default_factory=dict)
    # Author lines found without a lead word (a name beside a date, a bare name): weaker.
    inferred: set[int] = field(default_factory=set)
    cleaned: dict[int, str | None] = field(default_factory=dict)

    def clean_byline(self, i: int) -> str | None:
        """`bylines.clean_byline` of block `i`, computed once: the author rules ask up to four
        times per line, and cleaning is the costliest step of reading the head."""
        if i not in self.cleaned:
            self.cleaned[i] = bylines.clean_byline(self.segments[i].text)
        return self.cleaned[i]

    def next_index(self, i: int) -> int | None:
        """The next block after `i` that is not a furniture label."""
        for j in range(i + 1, len(self.segments)):
            if self.labels[j] is None or j in self.dates:
                return j  # a date line counts even when it looks like a label ("15 October 2021")
        return None
