"""The article's last section, above its references: an encyclopaedia entry or a report ends
with "References", "Einzelnachweise", "Weblinks" or "See also", and what stands between the
run's end and that heading is the article's last section.

The body model doubts a short last section (a heading, a few list items, one paragraph): its
neighbours are the references and the page's footer, so the run ends early and the section is
lost. A references heading is the article's own end, not the page's: when the blocks between
the run and the first such heading below it are few, carry no furniture label, and hold a
paragraph of prose ending in a full stop, they are the article's. A comment thread's heading
is no such end (readers' comments also end in full stops), nor is an author box.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# Headings of an article's apparatus, after which it does not go on (a subset of
# `section_ends.SECTION_ENDS`: not the comments' or the author's headings).
_REFERENCES = re.compile(
    r"(?:\d+\.?\s+)?(?:references|notes|footnotes|sources|bibliography|see also|external links|further reading"
    r"|einzelnachweise|anmerkungen|fußnoten|quellen|literatur|weblinks|siehe auch"
    r"|références|notes et références|voir aussi|liens externes|bibliographie"
    r"|referencias|véase también|enlaces externos|bibliografía|note|bibliografia|voci correlate"
    r"|collegamenti esterni|referências|ver também|ligações externas)",
    re.IGNORECASE,
)
_MAX_HEADING_CHARS = 40
# At most this many blocks between the run and the references heading.
MAX_GAP = 10
# The section holds a paragraph of prose of this many words ending in a full stop.
MIN_PARAGRAPH_WORDS = 12


def is_references(text: str) -> bool:
    """A references, notes or "see also" heading (with its number in a table of contents)."""
    return len(text) <= _MAX_HEADING_CHARS and _REFERENCES.fullmatch(text.strip().rstrip(":")) is not None


def last_section(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
    end: int,
) -> tuple[int, range]:
    """The run's new end and the blocks of the article's last section between the run's end
    and the references heading below it (none when there is no such section)."""
    limit = min(len(segments), end + 2 + MAX_GAP)
    paragraph = False
    for j in range(end + 1, limit):
        if j in meta:
            break
        if is_references(segments[j].text):
            return (j - 1, range(end + 1, j)) if paragraph else (end, range(0))
        if labels[j] is not None:
            break
        shape = shapes[j]
        paragraph = paragraph or (shape.prose and shape.sentence_end and shape.n_words >= MIN_PARAGRAPH_WORDS)
    return end, range(0)
