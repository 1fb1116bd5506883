"""Lines of a copied page → candidate blocks: one per visible paragraph, list item or heading.

A browser copy gives one line per paragraph, but text copied from mail, terminals or plain-text
newsletters is hard-wrapped at a fixed width; those lines are joined back here, using the rule
the wrapping itself followed (a line was broken because the next word did not fit).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from reader.core.ingest.article import BlockKind
from reader.core.ingest.breadcrumbs import is_arrow_trail
from reader.core.ingest.byline import is_author_only, name_beside_date, starts_with_lead
from reader.core.ingest.chat_lines import is_chat_line
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.drop_caps import joined_drop_caps
from reader.core.ingest.line_hyphens import broken_word, suspended_hyphen
from reader.core.ingest.page_furniture import page_furniture
from reader.core.ingest.relative_dates import read_age
from reader.core.ingest.tweet_buttons import without_tweet_buttons
from reader.core.ingest.webpage_datelines import is_marked_dateline

# Bullets pages render in front of list items; the marker is not part of the text. A list
# copied out of Word brings its own: "o" and a tab before a second level's item, and the
# Symbol and Wingdings fonts' bullets (first and third level), which copy as private-use
# characters (U+F0B7, U+F0A7).
_BULLET = re.compile(r"^(?:[•●▪◦∙·\-\*–\uf0b7\uf0a7]\s+|o\t\s*)(?=\S)")
_BULLET_CHARS = frozenset("•●▪◦∙·-*–\uf0b7\uf0a7o")
_ORDERED = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")
_QUOTE = re.compile(r"^>\s?")
# MediaWiki section headings end in an edit link that copies as text.
_EDIT_LINK = re.compile(r"\s*\[\s*(?:edit|bearbeiten[^\]]*)\s*\]$", re.IGNORECASE)
_TERMINAL = ".!?:;…\"”“»«'’)"
_COMMAS = ",、，،"
_DATELINE_DASHES = "-–—"
_FIRST_WORD = re.compile(r"\S+")
# Characters a terminal prints two columns wide: Hangul, CJK ideographs, kana, full-width forms.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)

# A file is hard-wrapped when nearly no line is longer than a terminal line and several
# paragraph lines end close to one common width.
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40
# A line this wide (in columns) counts in telling whether the file is wrapped.
_SUBSTANTIAL_COLUMNS = 30
_MIN_WRAPPED_LINES = 4
_LONG_LINE_SHARE = 0.1
_WRAP_SLACK = 12
# A line this long printed twice on a page is no wrapped rest by chance.
_WHOLE_LINE_CHARS = 20
# An author line ("by Madeline Fry") is never the wrapped rest of the line above it.
_AUTHOR_LINE_CHARS = 40
# A meta line under a headline: the author and date ("by Jeff Foust — November 18, 2019"),
# a comment count after the name ("by Lewis White 0"); longer lines are sentences.
_META_LINE_CHARS = 60
_META_TRAIL = " \t—–-|·•,;:0123456789"
# A story's age printed under its headline ("vor 3 Stunden", "gestern, 14:45 Uhr") is this short.
_AGE_LINE_CHARS = 30


@dataclass(slots=True)
class Segment:
    """A candidate block: its one-line text, layout kind and what surrounded it in the file."""

    text: str
    kind: BlockKind
    gap_before: bool
    ordered: bool = False
    edit_heading: bool = False
    page_furniture: bool = False  # a PDF page's running header or footer, or its number


def segment(text: str) -> list[Segment]:
    """Split normalised page text into candidate blocks, in file order."""
    lines = joined_drop_caps([line.strip() for line in without_tweet_buttons(text).split("\n")])
    width = _wrap_width(lines)
    elsewhere = _printed_elsewhere(lines) if width is not None else frozenset()
    furniture = page_furniture(lines) if width is not None else frozenset()
    segments: list[Segment] = []
    paragraph: Segment | None = None  # the one a wrapped line carries on
    previous = ""
    gap = after_furniture = False
    for line in lines:
        if not line:
            gap = True
            previous = previous if after_furniture else ""
            continue
        if line in furniture:
            # A page's footer and the next one's header stand between the two halves of a
            # paragraph the page broke: they are a segment of their own, and the paragraph
            # above them may go on under them.
            segments.append(Segment(line, BlockKind.PARAGRAPH, gap, page_furniture=True))
            gap, after_furniture = False, True
            continue
        if (
            previous
            and paragraph is not None
            and (previous, line) not in elsewhere
            and (_continues(previous, line, width) or _after_dateline(previous, line))
        ):
            if previous.endswith("-") and previous[-2:-1].isalpha():
                # "Wirt-" / "schaft": the hyphen goes with the break when it only broke the word.
                if suspended_hyphen(line):  # left for its twin: "Import-" / "oder Exportquote"
                    paragraph.text += " " + line
                elif broken_word(previous, line):
                    paragraph.text = paragraph.text[:-1] + line
                else:  # a compound's hyphen: "Nord-" / "Süd"
                    paragraph.text += line
            else:
                paragraph.text += " " + line
        else:
            paragraph = _make_segment(line, gap)
            segments.append(paragraph)
        previous, gap, after_furniture = line, False, False
    return segments


def _printed_elsewhere(lines: list[str]) -> frozenset[tuple[str, str]]:
    """The pairs of lines whose second line the page also prints with another line above it
    ("Für den HSV in der Oberliga?: …" under the headline and again in a teaser box): that
    line is whole where it stands, no wrapped rest of the line above, however the lengths of
    the page's lines look like wrapping. A paragraph printed twice keeps its wrapping: its
    lines recur with the same lines above them."""
    counts = Counter(line for line in lines if len(line) >= _WHOLE_LINE_CHARS)
    twice = {line for line, n in counts.items() if n > 1}
    if not twice:
        return frozenset()
    pairs = Counter(pair for pair in itertools.pairwise(lines) if pair[1] in twice)
    return frozenset(pair for pair, n in pairs.items() if n < counts[pair[1]])


def _make_segment(line: str, gap_before: bool) -> Segment:
    # Most lines start with a letter: the item and quote patterns are tried only when the
    # first character can start them.
    first = line[0]
    if first.isdigit() and _ORDERED.match(line) and not _starts_with_date(line):
        return Segment(line, BlockKind.LIST_ITEM, gap_before, ordered=True)
    bullet = _BULLET.match(line) if first in _BULLET_CHARS else None
    if bullet:
        return Segment(line[bullet.end() :], BlockKind.LIST_ITEM, gap_before)
    quote = _QUOTE.match(line) if first == ">" else None
    if quote and len(line) > quote.end():
        return Segment(line[quote.end() :], BlockKind.QUOTE, gap_before)
    # `line` is stripped, so only a line ending in "]" can end in an edit link; the $-anchored
    # search would otherwise try every position of every line.
    edit = _EDIT_LINK.search(line) if line.endswith("]") else None
    if edit and edit.start() > 0:
        return Segment(line[: edit.start()], BlockKind.HEADING, gap_before, edit_heading=True)
    return Segment(line, BlockKind.PARAGRAPH, gap_before)


def without_bullet(line: str) -> str:
    """The stripped line without the bullet a list's item opens with ("• ", "- ", Word's
    "\uf0b7" and "o" and a tab), as its segment's text has it: a caller that counts an item's
    words counts none of the bullet's."""
    bullet = _BULLET.match(line)
    return line[bullet.end() :] if bullet else line


def _starts_with_date(line: str) -> bool:
    hit = find_date(line[:24])
    return hit is not None and hit.start == 0


def _is_item_start(line: str) -> bool:
    return bool(_ORDERED.match(line) or _BULLET.match(line) or _QUOTE.match(line))


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether `line` is the wrapped rest of the paragraph that `previous` belongs to."""
    if width is None and _ends_paragraph(previous, line):
        return False  # the cheap test that settles most lines, before any regex
    if _is_item_start(line) or _starts_with_date(line) or _is_meta_line(line) or is_chat_line(line):
        return False  # (a chat's message, of a width with the others: no wrapped rest)
    if len(line) <= _AGE_LINE_CHARS and read_age(line) is not None:
        return False  # "vor 3 Stunden" under a headline is its age line, no wrapped rest
    if is_arrow_trail(previous):
        # A breadcrumb trail is no paragraph's line: a page of many short lines read as wrapped
        # joined the headline to the trail over it ("… › Personalausweis beantragen
        # Personalausweis beantragen" as the title), and a long trail took on a headline in
        # lower case ("… › Smartphones im Vergleich iPhone 16 Pro im Test").
        return False
    if width is not None and _columns(line) <= width + _WRAP_SLACK:
        # Wrapping leaves no line much longer than the width: such a line is no wrapped rest
        # (under a headline it is the standfirst, a paragraph of its own).
        first = _FIRST_WORD.match(line)
        next_word = len(first.group()) if first else 0
        columns = _columns(previous)
        if columns >= width - 2 * _WRAP_SLACK and columns + 1 + next_word > width - 2:
            return True
    # Without a wrap width, only an obviously unfinished sentence carries on; a short "by
    # Madeline Fry" / "von Tilman Weber" line under a long headline is its own author line.
    if _ends_paragraph(previous, line):
        return False
    if len(line) <= _AUTHOR_LINE_CHARS and (is_author_only(line) or _is_led_one_name(line)):
        return False
    # More than one word: a space, or Chinese or Japanese, which write none.
    return (" " in line or _columns(line) > len(line)) and "://" not in line


def _after_dateline(previous: str, line: str) -> bool:
    """Whether `line` is the lead under a dateline on a line of its own ("Tokio (dpa) -" above
    "Die USA und Japan wollen …"): one line, as the importer records a dateline (the agency is
    read from it). Most lines end in no dash: one test settles them."""
    return previous[-1] in _DATELINE_DASHES and line[0].isupper() and is_marked_dateline(previous)


def _is_meta_line(line: str) -> bool:
    """An author or date line of its own, never the rest of a sentence: a lead word and a name
    with a date or a count after it ("by Jeff Foust — November 18, 2019", "by Lewis White 0"),
    or a name set off before a closing date ("reineckefuchs — 2. Februar 2022")."""
    if len(line) > _META_LINE_CHARS:
        return False
    date = find_date(line)
    head = line if date is None else line[: date.start]
    if is_author_only(head.rstrip(_META_TRAIL)):
        return True
    return date is not None and name_beside_date(line, date.start, date.end) is not None


def _is_led_one_name(line: str) -> bool:
    """A three-word line of a lead word and a one-word name ("written by Regan", "posted by
    Admin"), which is_author_only refuses (one word is no person's name); in a
    one-line-per-paragraph copy no sentence carries on with such a line."""
    words = line.split()
    return len(words) == 3 and line[-1].isalpha() and starts_with_lead(line)


def _ends_paragraph(previous: str, line: str) -> bool:
    """A line ends its paragraph unless it is long, unfinished and the next line carries on in
    lower case, or, in a script without case (Chinese, Japanese, Thai, Arabic …), the line
    ends in a comma and the next starts with a letter."""
    if previous[-1] in _TERMINAL:
        return True
    first = line[0]
    if first.islower():
        return len(previous) < 40
    if first.isupper() or not first.isalpha() or previous[-1] not in _COMMAS:
        return True
    return _columns(previous) < 40


def _columns(line: str) -> int:
    """How many terminal columns `line` fills: Chinese, Japanese and Korean characters fill
    two, so a paragraph of 90 Hangul syllables is as wide as 180 letters, no wrapped line."""
    if line.isascii():
        return len(line)
    return len(line) + len(_WIDE.findall(line))


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped file was wrapped at, or None for a one-line-per-paragraph copy."""
    if _too_many_long(lines):
        return None
    widths = [_columns(line) for line in lines]
    substantial = [n for n in widths if n >= _SUBSTANTIAL_COLUMNS]
    if len(substantial) < _MIN_WRAPPED_LINES:
        return None
    too_long = sum(1 for n in substantial if n > _MAX_WRAP_WIDTH)
    if too_long > _LONG_LINE_SHARE * len(substantial):
        return None
    followed = sorted(
        n
        for n, after in itertools.pairwise(widths)
        if n >= _SUBSTANTIAL_COLUMNS and after and n <= _MAX_WRAP_WIDTH
    )
    if len(followed) < _MIN_WRAPPED_LINES:
        return None
    width = followed[int(0.9 * (len(followed) - 1))]
    near = sum(1 for n in followed if n >= width - _WRAP_SLACK)
    if width < _MIN_WRAP_WIDTH or near < _MIN_WRAPPED_LINES:
        return None
    return width


def _too_many_long(lines: list[str]) -> bool:
    """Settled by the lines' lengths alone, before any line's columns are counted: more than
    `_LONG_LINE_SHARE` of the substantial lines are too long to be wrapped (nearly every
    one-line-per-paragraph copy). A line fills at least as many columns as it has characters
    and at most twice as many, so the lines longer than `_MAX_WRAP_WIDTH` characters are too
    long whatever their script, and only lines of half `_SUBSTANTIAL_COLUMNS` characters or
    more can be substantial: when the first are too many for the second, they are too many
    for the substantial lines (or there are too few of those: no wrapping either way)."""
    lengths = sorted(map(len, lines))
    too_long = len(lengths) - bisect_right(lengths, _MAX_WRAP_WIDTH)
    may_be_substantial = len(lengths) - bisect_left(lengths, (_SUBSTANTIAL_COLUMNS + 1) // 2)
    return too_long > _LONG_LINE_SHARE * may_be_substantial
