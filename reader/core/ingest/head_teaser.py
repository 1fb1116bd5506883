"""The teaser (standfirst) of a copied page: the short paragraph the site prints between the
headline and the story, above or below the author and date lines.

Read after the headline (`metadata`): the teaser is found by where it stands relative to
the headline and the head's date and author lines, and becomes a META block like them.
"""

from __future__ import annotations

import re

from reader.core.ingest.article import BlockKind
from reader.core.ingest.clock_times import bare_time
from reader.core.ingest.date_lines import find_date, starts_with_date_lead
from reader.core.ingest.head import Head
from reader.core.ingest.head_dates import DATE_TAIL_CHARS
from reader.core.ingest.person_shape import first_name
from reader.core.ingest.phrases import CAPTION, IMAGE_CREDIT
from reader.core.ingest.shape import is_person_name

_TEASER_MAX_CHARS = 600
_TITLELESS_TEASER_MAX_CHARS = 350
_AFTER_CLUSTER_TEASER_MAX_WORDS = 60
_CAPTION_GAP_LINES = 8
_TEASER_MIN_WORDS = 5
# A teaser with the author and date glued on: "…verblassen dagegen.Nicole Bastian 11.04.2024".
_GLUED_BYLINE = re.compile(r"^(.*[.!?…][\"”“»«'’]?)\s*([A-ZÄÖÜ][^.!?]{2,60}?)\s*$")

_SENTENCE_ENDS = frozenset(".!?…:\"”“»«'’)")
_AFTER_NAME = frozenset(("-", "–", "—", "|", "·", ",", "and", "und", "&"))
_AUTHOR_LINE_MAX_WORDS = 12
_BY_LEAD = re.compile(r"^(?:by|von)\s+", re.IGNORECASE)

_NONE: tuple[str | None, set[int]] = (None, set())


def choose_teaser(head: Head, title: int | None) -> tuple[str | None, set[int]]:
    """The teaser for the headline at `title` (None: no headline was found) and the block
    that gave it. A line in the teaser's place that is the author line ("By Tim Childers - Live
    Science Contributor", "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader") is no
    teaser: the header showed it as one, under the title and over the byline it repeats. It
    stays set aside with the head's metadata."""
    teaser, used = _teaser(head, title)
    if teaser is not None and _author_line(teaser):
        return None, used
    return teaser, used


def _author_line(text: str) -> bool:
    """A short line that opens with a person's name ("By"/"Von" before it, or a dash, a second
    author or a capitalised job or house after it) and says no sentence: the standfirst is a
    sentence, an author line a name and a job or a house ("Angela Merkel trifft Biden" is
    neither: a verb follows the name)."""
    if text.rstrip()[-1:] in _SENTENCE_ENDS or len(text.split()) > _AUTHOR_LINE_MAX_WORDS:
        return False
    stripped = _BY_LEAD.sub("", text.strip())
    words = stripped.split()
    if len(words) < 2 or not first_name(words[0]) or not is_person_name(" ".join(words[:2])):
        return False
    after = words[2] if len(words) > 2 else ""
    return stripped != text.strip() or not after or after in _AFTER_NAME or after[0].isupper()


def _teaser(head: Head, title: int | None) -> tuple[str | None, set[int]]:
    if title is None:
        return _titleless_teaser(head)
    k = head.next_index(title)
    if k is None or k >= head.end:
        return _NONE
    if k in head.dates:
        glued = _glued_teaser(head, k)
        if glued is not None:
            return glued, {k}
    if k in head.dates or k in head.authors:
        return _teaser_after_cluster(head, k)
    j = head.next_index(k)
    if j is not None and (j in head.dates or j in head.authors):
        if _teaser_shaped(head, k, _TEASER_MAX_CHARS):
            return head.segments[k].text, {k}
    return _NONE


def _teaser_after_cluster(head: Head, k: int) -> tuple[str | None, set[int]]:
    """Headline, then author and date lines, then the standfirst. Told from the first body
    paragraph by what follows it: the lead picture's caption, then the story."""
    while k < head.end and (
        k in head.dates or k in head.authors or bare_time(head.segments[k].text)
    ):
        k = head.next_index(k) or head.end
    if k >= head.end or not _teaser_shaped(head, k, _TEASER_MAX_CHARS):
        return _NONE
    if head.shapes[k].n_words > _AFTER_CLUSTER_TEASER_MAX_WORDS:
        return _NONE
    after = k + 1
    if after >= len(head.segments):
        return _NONE
    # Not when more author or date lines follow (tagesschau's date, intro, author): there
    # the intro is the story's first paragraph.
    if head.labels[after] in (CAPTION, IMAGE_CREDIT) and _later_prose(head, after):
        return head.segments[k].text, {k}
    return _NONE


def _later_prose(head: Head, i: int) -> bool:
    """Strong prose follows `i` soon: the story goes on below the picture."""
    stop = min(len(head.segments), i + _CAPTION_GAP_LINES)
    return any(head.shapes[j].strong_prose and head.labels[j] is None for j in range(i, stop))


def _teaser_shaped(head: Head, k: int, max_chars: int) -> bool:
    segment, shape = head.segments[k], head.shapes[k]
    return (
        segment.kind is BlockKind.PARAGRAPH
        and shape.n_words >= _TEASER_MIN_WORDS
        and len(segment.text) <= max_chars
    )


def _glued_teaser(head: Head, k: int) -> str | None:
    """A teaser line ending in "…sentence.Author Name 11.04.2024 - 11:46 Uhr": the teaser;
    the line's date and author are recorded as the head's."""
    text = head.segments[k].text
    hit = find_date(text)
    if hit is None or len(text) - hit.end > DATE_TAIL_CHARS or len(text) > _TEASER_MAX_CHARS:
        return None
    if starts_with_date_lead(text):
        return None  # "Published 4:12 AM EDT, Tue October 28, 2025"
    glued = _GLUED_BYLINE.match(text[: hit.start])
    teaser = glued.group(1) if glued else text[: hit.start].strip()
    if len(teaser.split()) < _TEASER_MIN_WORDS:
        return None
    head.dates[k] = hit
    if glued and is_person_name(glued.group(2).strip()):
        head.authors[k] = glued.group(2).strip()
    return teaser


def _titleless_teaser(head: Head) -> tuple[str | None, set[int]]:
    """No headline: a short standfirst right after the date line (and its time line)."""
    date_lines = [i for i in head.dates if i < head.first_prose + 1]
    if not date_lines:
        return _NONE
    k = min(date_lines) + 1
    while k < head.end and (bare_time(head.segments[k].text) or head.labels[k] is not None):
        k += 1
    if k >= head.end or not _teaser_shaped(head, k, _TITLELESS_TEASER_MAX_CHARS):
        return _NONE
    after = k + 1
    if after < len(head.segments) and head.shapes[after].prose and head.labels[after] is None:
        return _NONE
    if head.shapes[k].prose:
        return head.segments[k].text, {k}
    return _NONE
