"""Where the article ends, past or before what the best run of article text says: it goes on
past a tag list or a person box, and it stops before a list of teaser cards.

Some news sites slot their tag list ("Verwandte Themen", then "USA", "Japan", "IBM" …) between
an article's last paragraphs. The body model learned from real pages that what follows a
related-links list is rarely the article, so those paragraphs get middling probabilities and the
densest run ends at the list. Only this shape resumes the article: a related-links label, one-
to three-word tags and at most a caption in the gap, then paragraphs of sentences that are as
likely as not the article's. Any other furniture in the gap (a newsletter box, a footer line, a
headline of a related article) means the article has ended.

A person box ("Zur Person", "About the author", "Sobre el autor") usually closes an article, so its heading is a
section end; in an interview it stands between the paragraphs, with the article going on below
the expert's two lines. Such a heading ends nothing when likely article paragraphs follow it.
A blog theme's author box is often headed by the author's name instead ("Über Moritz
Bachmann", "Sobre Carlos Nadalim", "About Brigit Katz"): such a heading is a person box when a
paragraph under it names the person again (their biography), which a heading over the
article's own section about someone ("Über Österreich", a one-word topic) seldom does at once.

A list of teaser cards under the article ("More from …": headline, author, date line, teaser)
reads like prose card by card, so the run can run into it; the card shape (a paragraph under a
short date line, or over one, again and again) ends the article there.

At its start, the run may open with a dated line of the head ("updated: Nov 20 2019, 15:24pm
ist") that the model holds as likely as the paragraph under it: it is set aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from reader.core.ingest import phrase_tables_intl, phrases
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.label_noise import strip_trailing_noise
from reader.core.ingest.section_ends import RELATED_BOX
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape, is_person_name

# Blocks between the run's end and the resumed paragraphs, at most.
RESUME_GAP = 8
# Each resumed paragraph: at least this probability of being article text, and this many words.
RESUME_MIN_PROB = 0.4
RESUME_MIN_WORDS = 15
# An unlabelled line in the gap is a tag when it has at most this many words.
TAG_MAX_WORDS = 3

_TAG_GAP = frozenset({None, phrases.RELATED, phrases.CAPTION, phrases.IMAGE_CREDIT})

# A person box inside the article: its heading, at most BOX_MAX_BLOCKS blocks of box, and at
# least BOX_AFTER_PARAGRAPHS likely paragraphs among the BOX_AFTER blocks after those.
_PERSON_BOX = re.compile(
    r"zur person|über (?:den|die) autor(?:in)?|about the authors?|"
    + "|".join(phrase_tables_intl.AUTHOR_BOX),
    re.I,
)
BOX_MAX_BLOCKS = 2
BOX_AFTER = 6
BOX_AFTER_PARAGRAPHS = 3
# A box of other stories inside the article: this many likely paragraphs right under its heading.
_RELATED_AFTER_PARAGRAPHS = 2
# A heading of "about" and a person's name: the words for "about" of the languages whose
# author boxes read so (English, German, Spanish, Portuguese, French, Italian, Dutch, Polish,
# Czech, Russian, Ukrainian, Swedish, Danish, Norwegian), lower-cased.
_ABOUT_NAME = re.compile(
    r"(?:about|über|sobre|acerca de|à propos de|a propos de|su|informazioni su|over|o|об|про|om)"
    r"\s+(.+)"
)
_NAME_HEADING_CHARS = 60
# The first letters of those words, either case: most short lines are settled by their first.
_ABOUT_INITIALS = frozenset("AaÜüSsÀàIiOoОоПп")


def named_boxes(segments: Sequence[Segment], shapes: Sequence[Shape]) -> set[int]:
    """Headings of "about" and a person's name with a paragraph naming that person right under
    them (one of the next BOX_MAX_BLOCKS blocks): the author's box, its heading a section end.
    A box stands after the article's opening, so the page's first blocks are not looked at."""
    found: set[int] = set()
    for i, segment in enumerate(segments[1:-1], start=1):
        if shapes[i].prose or segment.text[:1] not in _ABOUT_INITIALS:
            continue  # most blocks: tested before any string is made
        text = segment.text.rstrip(" :")
        if len(text) > _NAME_HEADING_CHARS:
            continue
        match = _ABOUT_NAME.fullmatch(text[:1].lower() + text[1:])
        if match is None or not is_person_name(match[1]):
            continue
        surname = match[1].split()[-1]
        below = range(i + 1, min(len(segments), i + 1 + BOX_MAX_BLOCKS))
        if any(shapes[j].prose and surname in segments[j].text for j in below):
            found.add(i)
    return found


def boxes_inside(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    probs: Sequence[float],
    walls: set[int],
    threshold: float,
    named: set[int],
) -> set[int]:
    """The section ends among `walls` that head a person box inside the article (`named`:
    the headings `named_boxes` found)."""
    inside: set[int] = set()
    for i in walls:
        if i not in named and not _PERSON_BOX.fullmatch(segments[i].text.rstrip(" :")):
            continue
        first = i + 1 + BOX_MAX_BLOCKS
        after = range(first, min(len(probs), first + BOX_AFTER))
        strong = [j for j in after if shapes[j].prose and probs[j] >= threshold and j not in walls]
        if len(strong) >= BOX_AFTER_PARAGRAPHS:
            inside.add(i)
    return inside


def related_inside(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    probs: Sequence[float],
    walls: set[int],
    threshold: float,
) -> set[int]:
    """The section ends among `walls` that head a box of other stories ("Ähnliche Artikel",
    "More stories", `section_ends.RELATED_BOX`) with the article going on right under them:
    the next two blocks likely paragraphs, where a box under the article opens with a teaser's
    headline. As a wall, such a heading inside the article cut it in two and the shorter half
    was lost."""
    inside: set[int] = set()
    for i in walls:
        if not RELATED_BOX.fullmatch(strip_trailing_noise(segments[i].text)):
            continue
        after = range(i + 1, i + 1 + _RELATED_AFTER_PARAGRAPHS)
        if after.stop <= len(shapes) and all(
            shapes[j].prose and probs[j] >= threshold and j not in walls for j in after
        ):
            inside.add(i)
    return inside


def box_blocks(
    segments: Sequence[Segment], walls: set[int], inside: set[int], named: Set[int] = frozenset()
) -> set[int]:
    """The blocks of the person boxes that close the article (their heading among `walls`,
    not `inside` it; `named`: the headings `named_boxes` found): the author's biography,
    which never carries the article's run however long a paragraph it is."""
    found: set[int] = set()
    for i in walls - inside:
        if i in named or _PERSON_BOX.fullmatch(segments[i].text.rstrip(" :")):
            found.update(range(i + 1, min(len(segments), i + 1 + BOX_MAX_BLOCKS)))
    return found


def resumed(
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
    probs: Sequence[float],
    end: int,
    walls: set[int],
) -> range:
    """The blocks after `end` (the run's last block) that resume the article; often none."""
    n = len(shapes)
    j = end + 1
    tagged = False
    while j < n and j - end <= RESUME_GAP and not _resumes(shapes, labels, meta, probs, j):
        label = labels[j]
        if j in walls or j in meta or label not in _TAG_GAP:
            return range(0)
        if label is None and shapes[j].n_words > TAG_MAX_WORDS:
            return range(0)
        tagged = tagged or label == phrases.RELATED
        j += 1
    first = j
    while tagged and j < n and _resumes(shapes, labels, meta, probs, j):
        j += 1
    return range(first, j)


def _resumes(
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    meta: set[int],
    probs: Sequence[float],
    i: int,
) -> bool:
    shape = shapes[i]
    return (
        i not in meta
        and labels[i] is None
        and shape.prose
        and shape.sentence_end
        and shape.n_words >= RESUME_MIN_WORDS
        and probs[i] >= RESUME_MIN_PROB
    )


# A teaser card: a short date line right above a paragraph. This many cards, each within
# CARD_SPACING blocks of the last, make a card list (headline, author, date, teaser, repeated).
CARDS_MIN = 3
CARD_SPACING = 5
CARD_DATE_MAX_WORDS = 6
# A longer date line names the card's authors before the date, which closes it (a clock time
# may follow: at most this many characters after the date).
CARD_BYLINE_MAX_WORDS = 14
CARD_DATE_TAIL_CHARS = 8
# Prose words the run keeps before the cards, and before a comment thread (an article's worth).
ARTICLE_MIN_WORDS = 100


def before_cards(segments: Sequence[Segment], shapes: Sequence[Shape], start: int, end: int) -> int:
    """`end`, or the last paragraph before a list of teaser cards that the run runs into
    ("More from …": headline, author, "Tuesday November 19, 2019", teaser; again and again;
    or headline, teaser, then "Anna Weber, London 18.10.2019, 19:33" under it).

    Each teaser is one paragraph (no long paragraph stands between two cards, as in a live
    blog's dated entries), and the run keeps an article's worth of prose before the cards."""
    n = len(shapes)
    dated: dict[int, bool] = {}  # each line next to a paragraph is read once

    def date_line(j: int) -> bool:
        if j not in dated:
            dated[j] = j < n and _date_line(segments[j].text, shapes[j])
        return dated[j]

    cards = [
        i for i in range(start + 1, n) if shapes[i].prose and (date_line(i - 1) or date_line(i + 1))
    ]
    for k in range(len(cards) - CARDS_MIN + 1):
        group = cards[k : k + CARDS_MIN]
        if group[0] > end:
            break
        if not all(_one_teaser_apart(shapes, a, b) for a, b in zip(group, group[1:], strict=False)):
            continue
        j = group[0] - 1
        while j > start and not shapes[j].prose:
            j -= 1
        return j if holds_article(shapes, start, j) else end
    return end


def holds_article(shapes: Sequence[Shape], start: int, end: int) -> bool:
    """Blocks `start` to `end` hold an article's worth of prose (ARTICLE_MIN_WORDS)."""
    words = sum(shape.n_words for shape in shapes[start : end + 1] if shape.prose)
    return words >= ARTICLE_MIN_WORDS


def _one_teaser_apart(shapes: Sequence[Shape], a: int, b: int) -> bool:
    """Card `b` follows card `a` closely, with no long paragraph between them."""
    return b - a <= CARD_SPACING and all(
        not shape.prose or shape.n_words < RESUME_MIN_WORDS for shape in shapes[a + 1 : b]
    )


def _date_line(text: str, shape: Shape) -> bool:
    """A card's date line: a short line with a date, or a longer one that closes with it
    (its authors, then the day: "Beat Bumbacher, Markus M. Haefliger, … * 19.10.2019, 17:00")."""
    if shape.sentence_end or shape.n_words > CARD_BYLINE_MAX_WORDS:
        return False
    if not any(map(str.isdigit, text)):
        return False  # a date has its day or year in digits
    hit = find_date(text)
    if hit is None:
        return False
    return shape.n_words <= CARD_DATE_MAX_WORDS or len(text) - hit.end <= CARD_DATE_TAIL_CHARS


# An article's footnote ("[2] Office for National Statistics, …") and the mark citing it in
# the text ("… to act quickly.[2]", "… the survey [2] shows").
_FOOTNOTE = re.compile(r"\[(\d{1,3})\]\s+\S")
_CITATION = re.compile(r"\S\s?\[(\d{1,3})\]")


def footnotes(segments: Sequence[Segment], start: int, end: int) -> set[int]:
    """The article's footnotes at the end of the run (`start` to `end`) and right after it:
    lines opening with a number in brackets that the run's text cites. The model holds them
    no likelier than a link list, so without this the first is kept and the rest are cut."""
    cited = {
        m[1] for s in segments[start : end + 1] if "[" in s.text for m in _CITATION.finditer(s.text)
    }  # the test for a bracket first: most paragraphs have none, and the regex scans each whole
    if not cited:
        return set()
    i = end
    while i > start and _is_note(segments[i].text, cited):
        i -= 1
    found: set[int] = set()
    j = i + 1
    while j < len(segments) and _is_note(segments[j].text, cited):
        found.add(j)
        j += 1
    return found


def _is_note(text: str, cited: set[str]) -> bool:
    match = _FOOTNOTE.match(text)
    return match is not None and match[1] in cited


# A line of the head the run opens with: short, no sentence, a date in it ("updated: Nov 20
# 2019, 15:24pm ist", "November 12, 2018 Beachbody", "Associated Press November 19, 2019").
HEAD_LINE_MAX_WORDS = 8


def past_date_lines(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    start: int,
    end: int,
) -> int:
    """`start`, or the first block after the dated head lines the run opens with (the model
    holds a date line under the headline as likely as the paragraph under it)."""
    while (
        start < end
        and labels[start] is None
        and _head_date_line(segments[start].text, shapes[start])
    ):
        start += 1
    return start


def _head_date_line(text: str, shape: Shape) -> bool:
    if shape.prose or shape.sentence_end or shape.n_words > HEAD_LINE_MAX_WORDS:
        return False
    return any(map(str.isdigit, text)) and find_date(text) is not None
