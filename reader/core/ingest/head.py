"""The head zone of a copied page: the blocks above and around the article's first paragraphs,
where the title, teaser, author and date stand, with what has been found in it so far.

Shared by the rules that read the head (`metadata`, `headline`), so each line's date and
author reading is done once per page. `head_zone` finds where the running text starts and
builds the zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from reader.core.ingest import byline as bylines
from reader.core.ingest.date_lines import DateHit, find_date
from reader.core.ingest.line_evidence import is_bare_address
from reader.core.ingest.meeting_texts import is_meeting_text
from reader.core.ingest.note_writing import in_first_person
from reader.core.ingest.outlet_words import GENERIC_WORDS
from reader.core.ingest.phrases import COMMENTS, NAVIGATION, TOC_LINE
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape
from reader.core.ingest.social_posts import post_start
from reader.core.ingest.thread_posts import is_thread
from reader.core.ingest.title import KICKERS

# A line with a date is a date line when it has at most this many words (or ends in the date).
DATE_LINE_MAX_WORDS = 14
# A blog's notice that another post links here ("Pingback von Too much information - … |
# 11.09.2011 23:31", "Trackback: …"): its name and date are the other post's.
_LINKBACK = re.compile(r"\s*(?:pingback|trackback)\b", re.IGNORECASE)
# A run of prose ends after this many blocks in a row that are not prose; the article starts
# at the first run with at least this share of the heaviest run's words.
_RUN_GAP = 4
_RUN_SHARE = 0.1
_HEAD_BLOCKS = 12
_THREAD_MARK_GAP = 6
_DATED_LINES = 6
# A light run this far above the first weighty one, dated within these few lines below its
# start (a standfirst over its byline), opens the article.
_EARLY_REACH = 40
_DATED_BELOW = 4


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
    lang: str | None = None  # the page's language, as the parser detected it
    dates: dict[int, DateHit] = field(default_factory=dict)
    authors: dict[int, str] = field(default_factory=dict)
    # Author lines found without a lead word (a name beside a date, a bare name): weaker.
    inferred: set[int] = field(default_factory=set)
    cleaned: dict[int, str | None] = field(default_factory=dict)
    # Date lines that date something else (an event's span, another blog's pingback): they
    # shape the head like any date line, but never give the publication date.
    others: set[int] = field(default_factory=set)

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


# A text of this few blocks is a note or a few lines pasted, not a page: a page has a menu,
# a headline, an author or date line and paragraphs, each a block of its own.
SHORT_TEXT_BLOCKS = 4
# A note's lines are jotted: none is a paragraph of this many words.
_NOTE_LINE_WORDS = 20
# Unless the writer wrote paragraphs down (`_writers_own`): this many at least, and a line of
# up to this many words between two of them is a section's subheading, which a note has not.
_OWN_PARAGRAPHS = 2
_SUBHEADING_WORDS = 12
# A menu: this many short lines in a row that say no sentence ("Politik" / "Wirtschaft" / "Sport").
_MENU_RUN = 3
_MENU_WORDS = 3
# A menu's run names a section or the site's own words (`is_menu_word`).
_MENU_WORDS_KNOWN = GENERIC_WORDS | {kicker.casefold() for kicker in KICKERS}
# A menu or a breadcrumb in one line: short parts between bars or arrows.
_CRUMB_BARS_CHARS = (" | ", " > ", " » ", " › ")
_CRUMB_BARS = 2
_CRUMB_WORDS = 15
# A date line says little besides its date ("Stand: 03.12.2024", "Veröffentlicht am …"); a
# note's line that names a date says more ("Call with Jenkins, 4 Dec 2024").
_DATE_LINE_WORDS = 2


def is_note(head: Head) -> bool:
    """Whether the text is a note or a few lines pasted, which the rules for whole copied pages
    misread: its title is its first line (`metadata`), its one sentence under a date line is no
    teaser (a brief with a paragraph under its standfirst keeps it), and no line is set aside by
    its place (`plaintext`). A text of up to `SHORT_TEXT_BLOCKS` blocks is one; a longer text
    is one when nothing in it is a page's: no line the furniture phrases name, no menu of short
    lines, no date line (a page's headline has them; "Anruf Müller 3.12." / "Themen: Zölle,
    Lieferketten" / three lines of the writer's own had its title taken from a later line and
    lines set aside as a footer), no PDF page's running header or number (`page_furniture`: a
    document's pages, read as a page's). A thread's posts and a post are a note, paragraphs as
    they may be (`thread_posts`, `social_posts`), and so are minutes ("TOP 1", "TOP 2") and
    invitations, dated as they are (`meeting_texts`), unless a menu, breadcrumb or PDF
    furniture says page (`_own_document`). A bare web address is no page's line,
    whatever the phrases call it. An author line is no page's: a note names its writer as a
    page its author ("Besprechung 4.12." / "von Anna" / jotted lines was read as a page, titled
    by its last line), and the note's header shows it as a page's does. Asked after the head's
    dates and authors are read (`find_dates`, `find_authors`)."""
    if len(head.segments) <= SHORT_TEXT_BLOCKS:
        return True
    labelled = (s.text for label, s in zip(head.labels, head.segments, strict=True) if label is not None)
    if not all(map(is_bare_address, labelled)):
        return False
    if not _own_document(head):
        if any(shape.n_words > _NOTE_LINE_WORDS for shape in head.shapes) and not _writers_own(head):
            return False  # a paragraph: an article's text copied without its page, read as a page
        if _dated(head):
            return False
    run, named = 0, False
    for segment, shape in zip(head.segments, head.shapes, strict=True):
        short = shape.n_words <= _MENU_WORDS and not shape.sentence_end
        run, named = (run + 1, named or is_menu_word(segment.text)) if short else (0, False)
        if (run >= _MENU_RUN and named) or segment.page_furniture or _crumb_line(segment.text, shape):
            return False
    return True


def _writers_own(head: Head) -> bool:
    """Paragraphs a consultant wrote down ("Ich habe heute den ganzen Vormittag mit dem Einkauf
    telefoniert, …" / "Mein Eindruck ist …"), which read as a page lost their closing lines
    ("Mehr dazu am Donnerstag.") and a list's lead-in ("Offene Fragen:") to the footer and the
    menus. The text opens with a paragraph in the writer's first person, no title line over
    it; it has two paragraphs or more, most of them in the first person (`note_writing`), and
    no subheading between two of them. A blog's or a review's copied text speaks in the first
    person too (session 40 made 14 of 775 test texts notes so): under its headline, or in
    sections under subheadings ("Keyboard", "Vernunft gegen Aberglauben"), and its furniture,
    menus and date lines, which `is_note` asks about first, say page."""
    long = [i for i, shape in enumerate(head.shapes) if shape.n_words > _NOTE_LINE_WORDS]
    if len(long) < _OWN_PARAGRAPHS or long[0] != 0 or not in_first_person(head.segments[0].text):
        return False
    if 2 * sum(1 for i in long if in_first_person(head.segments[i].text)) <= len(long):
        return False
    return not any(_subheading(head, i) for i in range(1, len(head.segments) - 1))


def _subheading(head: Head, i: int) -> bool:
    """Line `i` heads a section: a short line that closes no sentence and leads in nothing (a
    colon ends a shape's sentence: "Offene Fragen:", "Mein Fazit:"), standing between two
    paragraphs."""
    shape = head.shapes[i]
    if shape.n_words > _SUBHEADING_WORDS or shape.sentence_end:
        return False
    return head.shapes[i - 1].n_words > _NOTE_LINE_WORDS and head.shapes[i + 1].n_words > _NOTE_LINE_WORDS


def _own_document(head: Head) -> bool:
    """A thread's posts, a post, minutes or an invitation, which may have paragraphs and a date
    line and still be a note (`is_note`); a page's menu, breadcrumb or PDF furniture around them
    still says page: a council's page of "TOP 1" / "TOP 2" under "Startseite" / "Gremien" /
    "Sitzungen" was a note, titled by its menu's first word. A post needs its age line ("2 Std.
    •") or no date line: a press release ending in its hashtags ("#Stahl #Polen") has a place
    and date line, and was a note titled "PRESSEMITTEILUNG", its contact lines kept."""
    texts = [segment.text for segment in head.segments]
    if is_thread(texts) or is_meeting_text(texts):
        return True
    start = post_start(texts)
    return start is not None and (start > 0 or not _dated(head))


def _dated(head: Head) -> bool:
    """Whether a line of the head is a date line (`is_date_line`)."""
    return any(is_date_line(head.segments[i].text, hit) for i, hit in head.dates.items())


def is_menu_word(text: str) -> bool:
    """A menu's item a page prints: a section's or a site's word ("Politik", "Wirtschaft",
    "Sport", "Home", "News"). A note's list of short lines ("Flipchart-Papier" / "Moderationskarten",
    "Mo 9.12. Call Jenkins" / "Di 10.12. Workshop") names none of them."""
    return text.casefold() in _MENU_WORDS_KNOWN


def is_date_line(text: str, hit: DateHit) -> bool:
    """A line that says little besides its date: its other words (not counting a time's "AM",
    "EST", digits and marks) are at most `_DATE_LINE_WORDS` ("Published 9:30 AM EST Mar 11,
    2024", "9-23 Feb 2017 | Mo-Fr 9–16")."""
    rest = (text[: hit.start] + " " + text[hit.end :]).split()
    return sum(1 for word in rest if any(map(str.islower, word))) <= _DATE_LINE_WORDS


def _crumb_line(text: str, shape: Shape) -> bool:
    """A line only a page prints: a menu or a breadcrumb in one line ("Rentenpolitik | Blog |
    Mailaktion", "Home > Trade > …")."""
    return shape.n_words <= _CRUMB_WORDS and any(text.count(bar) >= _CRUMB_BARS for bar in _CRUMB_BARS_CHARS)


def head_zone(
    segments: list[Segment], shapes: list[Shape], labels: list[str | None], lang: str | None = None
) -> Head:
    """The head zone: from the start of the article's running text to its second strong
    paragraph (at most twelve blocks on), with the labels as the head reads them."""
    # Each block's prose test is read once: the run search below visits every block.
    prose = [labels[i] is None and s.prose for i, s in enumerate(shapes)]
    # The article stands above its readers' thread, however long the thread's run of prose.
    thread = _thread_start(labels)
    first = _article_start(segments, shapes, prose[:thread])
    if first >= thread:
        first = _article_start(segments, shapes, prose)
    # Only the first two strong paragraphs of the article matter: stop looking after them.
    later = (j for j in range(first + 1, len(shapes)) if prose[j] and shapes[j].strong_prose)
    end = next(later, len(segments))
    return Head(
        segments,
        shapes,
        _numbered_headlines(segments, labels),
        min(end, first + _HEAD_BLOCKS),
        first,
        lang=lang,
    )


def _thread_start(labels: list[str | None]) -> int:
    """Where the readers' comment thread starts: the first of two comment labels close
    together ("Comments" / "Milan on September 12, 2018 at 4:47 pm said:"), or the page's
    end. A short post's two paragraphs above a long thread are the article."""
    marks = [i for i, label in enumerate(labels) if label == COMMENTS]
    for first, second in pairwise(marks):
        if second - first <= _THREAD_MARK_GAP:
            return first
    return len(labels)


def _numbered_headlines(segments: list[Segment], labels: list[str | None]) -> list[str | None]:
    """The labels as the head reads them: a numbered line set aside as a table of contents'
    entry ("1 History") is a listicle's headline when no numbered line stands next to it
    ("5 inspirierende Frauen aus der Sportwelt", "4 Things to Do in October"). The body keeps
    its own labels."""
    found = [
        i
        for i, label in enumerate(labels)
        if label == NAVIGATION and segments[i].text[:1].isdigit() and _numbered(segments, i)
    ]
    if not found:
        return labels
    head_labels = list(labels)
    for i in found:
        if any(0 <= j < len(segments) and _numbered(segments, j) for j in (i - 1, i + 1)):
            continue
        if find_date(segments[i].text) is None:  # "31 Donnerstag Okt 2019": a date
            head_labels[i] = None
    return head_labels


def _numbered(segments: list[Segment], i: int) -> bool:
    return TOC_LINE.fullmatch(segments[i].text) is not None


def _article_start(segments: list[Segment], shapes: list[Shape], prose: list[bool]) -> int:
    """Where the article's running text starts: the first strong paragraph that opens a run
    of prose of some weight next to the page's heaviest, so a cookie notice or a site blurb
    above the headline is not taken for the story's first paragraph. When that run has no
    date line above it and the page's heaviest run, further down, has one (and is no list of
    dated comments or reviews), the heaviest is the article: the first was a menu's teaser
    ("Pfarrer*in werdenWas macht ein Pfarrer …" above "19.11.2021" / the headline). A light
    dated run a little above the first weighty one is the story's opening (`_dated_opening`)."""
    runs: list[tuple[int, int]] = []  # (first block, prose words)
    start: int | None = None
    words = gap = 0
    for j, is_prose in enumerate(prose):
        if start is None:
            if is_prose and shapes[j].strong_prose:
                start, words, gap = j, shapes[j].n_words, 0
            continue
        if is_prose:
            words += shapes[j].n_words
            gap = 0
        else:
            gap += 1
            if gap > _RUN_GAP:
                runs.append((start, words))
                start = None
    if start is not None:
        runs.append((start, words))
    if not runs:
        return len(shapes)
    heaviest = max(words for _, words in runs)
    weighty = [i for i, words in runs if words >= _RUN_SHARE * heaviest]
    if _dated_above(segments, shapes, weighty[0]):
        return weighty[0]
    early = _dated_opening(segments, shapes, runs, weighty[0])
    if early is not None:
        return early
    later = next(i for i, words in runs if words == heaviest)
    if later > weighty[0] and _dated_above(segments, shapes, later):
        if not _dated_lines(segments, shapes, later, later + _DATED_LINES):
            return later
    return weighty[0]


def _dated_opening(
    segments: list[Segment], shapes: list[Shape], runs: list[tuple[int, int]], first: int
) -> int | None:
    """A light run of prose a little above the first weighty run `first` (which has no date
    above it) with a date line just above or below its start: the story's standfirst or
    opening paragraphs under its headline and byline, cut off from the heavier rest by a
    picture gallery, a table of contents or a related-links box ("Welche Heizung ist …" /
    "19. November 2021" / opening / box of teasers / the rest of the story)."""
    for i, _words in runs:
        if first - _EARLY_REACH <= i < first and _dated_lines(
            segments, shapes, max(0, i - _DATED_LINES), i + _DATED_BELOW
        ):
            return i
    return None


def _dated_above(segments: list[Segment], shapes: list[Shape], start: int) -> bool:
    """A short line with a date stands among the few blocks above the run at `start`."""
    return _dated_lines(segments, shapes, max(0, start - _DATED_LINES), start)


def _dated_lines(segments: list[Segment], shapes: list[Shape], start: int, stop: int) -> bool:
    """A date line stands among blocks `start` to `stop`: a short line with a date. A dated
    line ending in a colon introduces a passage below it ("Fazit am 15.06.2006:", "Nachtrag
    22.04.2020 10:30 Uhr:", "Alex on September 17, 2018 at 6:34 am said:"): an update, a
    conclusion or a comment inside the page, not the article's own date."""
    for j in range(start, min(stop, len(segments))):
        text = segments[j].text
        if shapes[j].n_words > DATE_LINE_MAX_WORDS or text.endswith(":"):
            continue
        if find_date(text) is not None:
            return True
    return False


def is_linkback(text: str) -> bool:
    """Whether the line announces another blog's link to the post (a pingback or trackback):
    neither its name nor its date is the post's."""
    return _LINKBACK.match(text) is not None
