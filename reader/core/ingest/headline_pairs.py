"""Two headline-shaped lines one above the other, and which of them is the headline.

Pages stack a headline with its standfirst or subtitle, a kicker over it, or a second copy of
it around a picture. `headline` scores every candidate on its own; the tests here then
compare the winner with the line right above it: whether the lower line reads as the upper
one's subtitle (it is longer, the upper one shares the story's words), or whether only the
upper one is printed again on the page. They also hold the story's opening words, which
both the scores and these tests compare a line with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from reader.core.ingest.breadcrumbs import is_breadcrumb
from reader.core.ingest.head import Head
from reader.core.ingest.headline_lines import unhyphenated
from reader.core.ingest.language import stop_words_for
from reader.core.ingest.note_writing import in_first_person, is_task
from reader.core.ingest.phrases import CAPTION, COMMENTS, IMAGE_CREDIT, SHARE
from reader.core.ingest.shape import is_headline

_FULL_WORDS = 4
# How far below the running text's start a repeat of the headline counts (blocks).
REPEAT_REACH = 64
# A headline printed whole a second time stands this close to itself (blocks).
_NEAR_REPEAT = 8
_SUBTITLE_MIN_TITLE_WORDS = 5
_SUBTITLE_MIN_LEDE_SHARE = 0.3
_STANDFIRST_MIN_WORDS = 7
_STATED_WORDS = 3
# Words of the story's opening compared with a candidate.
_LEDE_BLOCKS = 3
_MIN_CONTENT_CHARS = 4
# Inflected languages change a word's ending between headline and story ("Bundestag" /
# "Bundestages", "Schulen" / "Schulentwicklung"): a word's first letters also match, kept
# in a set of their own so they never meet a whole word. One-word lines (section labels: "Ehrenamt" over a story on
# "ehrenamtliche" work) match whole words only.
_STEM_CHARS = 6
_STEM_MIN_WORDS = 2
# A standfirst of two sentences ("The authorities’ repression has only fuelled the crisis. It
# is up to them to de-escalate, …"): at least this many words and a full stop inside, after
# a lower-case word (not an initial or "U.S."), before a capital; Latin-1 letters count
# ("… des Geschäftsjahrs ändert. Über …"). No headline has both.
_STANDFIRST_WORDS = 16
_INNER_STOP = re.compile(r"([a-zß-öø-ÿ]{2,})[.!?][\"”’]? [\"“„‘]?[A-ZÀ-ÖØ-Þ]")
# Abbreviations a headline writes before a capital ("Trump vs. Biden", "bzw. Österreich").
_ABBREVIATIONS = frozenset("vs etc bzw ca inkl usw evtl ggf vgl bzgl sog ggü".split())
# How far above a standfirst its headline stands: right above, or over a one-line label
# ("Editorial", "Analysis") printed between them.
_STANDFIRST_REACH = 2
# A full headline repeating the short title over it adds at least this many words.
_RESTATED_MORE = 3
# Lines a site prints between a headline and its standfirst: labels, and a picture's
# placeholder word left by its alternative text or its zoom button ("Image", "Bild
# vergrößern").
_BETWEEN_PAIR = (COMMENTS, SHARE, CAPTION, IMAGE_CREDIT)
_PICTURE_WORDS = frozenset(
    ("image", "photo", "picture", "video", "bild", "foto", "bild vergrößern", "vergrößern",
     "foto vergrößern", "enlarge image", "enlarge this image", "view image", "zoom")
)  # fmt: skip
# A headline under its kicker has this many words, fewer than the kicker.
_SHORT_HEADLINE_WORDS = (2, 4)
# A pasted item's label over its headline has at most this many words, the headline at
# least this many and more than the label.
_PASTED_LABEL_WORDS = 3
_PASTED_HEADLINE_WORDS = 3
# The labels an opinion piece prints over its headline, whose writer speaks in the first
# person under it: a column's headline may open with a noun a task verb spells ("Column" /
# "Schedule changes hit commuters" / "I have taken the 7.12 …" was a note titled "Column"),
# and a note is not titled so. A section's name is a note's title as well ("Sport" /
# "Tennisschläger bespannen lassen" / "Ich muss …"), and stays out.
_OPINION_LABELS = frozenset(
    "column kolumne opinion meinung comment kommentar commentary gastkommentar gastbeitrag "
    "essay glosse leitartikel editorial analysis analyse".split()
)  # fmt: skip


def line_above(head: Head, i: int) -> int:
    """The line above `i`, skipping the comment count or share prompt a site puts between
    a headline and its standfirst ("New, 15 comments" under the headline), and the lead
    picture's caption, credit and placeholder printed between them."""
    j = i - 1
    while j > 0 and (
        head.labels[j] in _BETWEEN_PAIR
        or head.segments[j].text.lower() in _PICTURE_WORDS
        or "©" in head.segments[j].text  # a caption with its credit ("… © Max Muster")
    ):
        j -= 1
    return j


def first_copy(head: Head, i: int, candidates: list[int]) -> int:
    """The first of two copies of line `i` with only a picture's caption or credit between
    them ("Chalupka: „…“" / caption / "Chalupka: „…“"), else `i`."""
    text = head.segments[i].text
    for k in candidates:
        if i - _NEAR_REPEAT <= k < i - 1 and head.segments[k].text == text:
            if all(head.labels[j] in (CAPTION, IMAGE_CREDIT) for j in range(k + 1, i)):
                return k
    return i


def is_subtitle_of_previous(head: Head, i: int, candidates: frozenset[int], lede: Lede) -> bool:
    """A longer unpunctuated line right below a shorter headline is its subtitle or
    standfirst ("Alleinerziehende: …" over "Österreichische Plattform … sicherstellen");
    not when the shorter line closes a list of titles (a related-articles box: a full title
    over it, and another line over that). A dated line over it is its date or source line
    ("12.12.2022 - Empa"), and one full line alone (a widget's label) makes no list."""
    above = line_above(head, i)
    if above not in candidates:
        return False
    upper_text = head.segments[above].text
    if (
        above - 1 in candidates
        and above - 2 in candidates
        and above - 1 not in head.dates
        and head.shapes[above - 1].n_words >= _SUBTITLE_MIN_TITLE_WORDS
        # A headline printed twice is one, with or without hyphenation hints.
        and unhyphenated(head.segments[above - 1].text) != unhyphenated(upper_text)
    ):
        return False
    words, below = head.shapes[above].n_words, head.shapes[i].n_words
    upper, lower = upper_text, head.segments[i].text
    # A short subtitle is a sentence under a headline that is none ("Heliumkerne in
    # Zinn-Atomen entdeckt" / "Alpha-Teilchen innerhalb von Zinn-Atomkernen nachgewiesen.").
    sentence = lower.endswith(".") and not upper.endswith((".", ":"))
    # A kicker is a label; a short line ending in a full stop states something, it is a
    # headline over any line under it ("Denkmäler in neuem Licht." / "Ausstellung Palais
    # Epstein Wien" / the date).
    stated = upper.endswith(".") and not upper.endswith("..") and words >= _STATED_WORDS
    short = words < (_FULL_WORDS if sentence else _SUBTITLE_MIN_TITLE_WORDS)
    if not stated and (short or (below < _STANDFIRST_MIN_WORDS and not sentence)):
        return False  # a short line above the headline is its kicker ("Kind krank")
    if upper in lower or lower in upper:
        return False  # a kicker the headline repeats, a breadcrumb ending in the headline
    if _restates(head.shapes[above].tokens, head.shapes[i].tokens):
        return False  # the site's short title over the full headline, which has all its words
    if is_breadcrumb(upper):
        return False  # "Home / Horoskop / Sternzeichen" over the headline: the trail
    if lede_share(head, above, lede) >= _SUBTITLE_MIN_LEDE_SHARE:
        return True
    # A headline and its standfirst, then the author or date: no related-links box has that.
    j = head.next_index(i)
    return j is not None and (j in head.dates or j in head.authors)


def _restates(upper: tuple[str, ...], lower: tuple[str, ...]) -> bool:
    """The lower line has every word of the upper one and a phrase more: the page's short
    title over its full headline ("Kind krank: Was Arbeitgeber wissen müssen" over "Kind krank
    Was Arbeitgeber über die Rechte von Eltern wissen müssen"), not a headline over its
    subtitle, which says something new. A caption repeating the headline adds only a credit's
    word or two ("…, Serkan Cura, Bild via")."""
    words = frozenset(lower)
    return words.issuperset(upper) and len(words) - len(frozenset(upper)) >= _RESTATED_MORE


def _two_sentences(text: str) -> bool:
    """A full stop (or "!", "?") inside the line after a word that is no abbreviation."""
    return any(m.group(1) not in _ABBREVIATIONS for m in _INNER_STOP.finditer(text))


def headline_over_standfirst(head: Head, i: int, candidates: frozenset[int]) -> int | None:
    """The full headline right above line `i` when `i` is a standfirst of two sentences:
    headline-shaped for want of a final full stop, scored high for standing on the date
    line and sharing the story's words, yet no headline (The Guardian's "The Guardian view on
    Hong Kong: …" / "Editorial" / "The authorities’ repression … crisis. It is up to them …"
    / date). None when `i` is no such line or no full headline stands over it."""
    if head.shapes[i].n_words < _STANDFIRST_WORDS or not _two_sentences(head.segments[i].text):
        return None
    for k in range(i - 1, i - 1 - _STANDFIRST_REACH, -1):
        if k in candidates and head.shapes[k].n_words >= _FULL_WORDS:
            return k
    return None


def headline_under_kicker(head: Head, upper: int, anchor: int) -> bool:
    """Line `upper + 1` is a short headline and `upper` the kicker over it: news pages print
    a topic line over a pithy headline that stands right on the text ("Siemens und die
    Kohlemine Adani" over "Kaeser verarscht Neubauer" over the teaser; "Kolumne: Queer
    Royal - Über Dragqueens …" over "Im Schlepptau"). The kicker names the story's topic and
    shares more of its words, so it may score a little higher; the caller asks that the two
    score close. A short line under a headline that does not stand on the text is a label,
    and one with a digit is a meta line ("Alessio Palumbo • Nov. 18") or a figure."""
    lower = upper + 1
    if lower >= len(head.segments) or any(map(str.isdigit, head.segments[lower].text)):
        return False
    words = head.shapes[lower].n_words
    low, high = _SHORT_HEADLINE_WORDS
    if not low <= words <= high or words >= head.shapes[upper].n_words:
        return False
    j = head.next_index(lower)
    return j is not None and (j == anchor or (head.shapes[j].prose and head.labels[j] is None))


def pasted_kicker(head: Head, is_candidate: Callable[[int], bool]) -> bool:
    """The first line of a short paste is a kicker straight over its headline, without a
    blank line between them ("Klimapolitik" / "Bundestag beschließt Heizungsgesetz" / the
    story): on the 15 copied dev pages with a short line so over the headline (a kicker on
    four: "Aktuelles", "Einstellung", "Analyzing Snap Counts", "AUDIO-RATGEBER, ENTERTAINMENT")
    the title is the headline alone, and a paste of one news item is titled as its page is. The
    kicker is a label: a few words, no digit (no date), no closing stop or colon. The headline
    stands on the next line, with no closing stop either; it has more words, and the story
    under it (past an author or date line) opens with a paragraph, a news item's lede, not a
    jotted line, that repeats one of them. A note's title over its topic and a jotted line shapes the same two first lines
    ("Meeting with Jenkins" / "Budget for the venue and catering" / "Jenkins wants the
    numbers by Friday.", "Urlaub Italien" / "Flüge nach Rom buchen" / …) and stays the note's
    title; so does one over its task and a paragraph of the writer's own repeating it
    (`note_writing`: "Urlaub Italien" / "Flüge nach Rom buchen" / "Vorher mit Anna klären, ob
    wir …"). A title over a headline-like line and a paragraph in the third person repeating
    it still reads as a news item: nothing in the words tells "Urlaub Italien" from
    "Klimapolitik"."""
    # The lede, past an author or date line under the headline ("Von Anna Schmidt").
    lede = next(
        (j for j in range(2, len(head.segments)) if j not in head.dates and j not in head.authors),
        None,
    )
    if lede is None or not head.shapes[lede].strong_prose:
        return False
    label, shape = head.segments[0].text, head.shapes[0]
    if not 1 <= shape.n_words <= _PASTED_LABEL_WORDS or any(map(str.isdigit, label)):
        return False
    if head.segments[1].gap_before:
        return False  # a blank line under a title parts it from its standfirst, not a kicker
    if not (is_headline(label, shape) and is_headline(head.segments[1].text, head.shapes[1])):
        return False
    if head.shapes[1].n_words < max(_PASTED_HEADLINE_WORDS, shape.n_words + 1):
        return False
    if _is_note_field(head.segments[1].text):
        return False
    if label.casefold() not in _OPINION_LABELS and _task_under_title(head, lede):
        return False  # a note's title over its task ("Urlaub Italien" / "Flüge nach Rom buchen")
    return is_candidate(1) and lede_share(head, 1, lede_words(head, lede)) > 0


def _task_under_title(head: Head, lede: int) -> bool:
    """The second line is a note's task and the paragraph under it the writer's own
    (`note_writing`). Asked only under a first line that is no opinion piece's label
    (`_OPINION_LABELS`)."""
    return is_task(head.segments[1].text, stop_words_for(head.lang)) and in_first_person(head.segments[lede].text)


def _is_note_field(text: str) -> bool:
    """A note's field under its title ("Anruf Müller" / "Themen: Zölle, Stahlpreise,
    Lieferung", "Agenda: venue and catering"): one word and a colon before a list or a
    phrase in lower case. A headline's kicker and colon go on with a capital and no list
    ("Ukraine-Krieg: Selenskyj bittet um Hilfe")."""
    label, colon, rest = text.partition(": ")
    return bool(colon) and " " not in label and (rest[:1].islower() or "," in rest)


def only_upper_recurs(head: Head, upper: int, lower: int, page: str) -> bool:
    """Of two headline-shaped lines one above the other, only the upper one is printed again
    (inside a breadcrumb or a teaser list, or once more close by as a second title): the
    upper one is the headline and the lower one its subtitle or a tag line ("Heliumkerne in
    Zinn-Atomen entdeckt" over "Alpha-Teilchen innerhalb von Zinn-Atomkernen nachgewiesen.").
    A line repeated whole far away is a widget ("Continue reading the main story")."""
    text = head.segments[upper].text
    if head.shapes[upper].n_words < _FULL_WORDS or recurs(head.segments[lower].text, page):
        return False
    stop = min(len(head.segments), head.first_prose + REPEAT_REACH)
    return any(
        j != upper and text in other and (other != text or abs(j - upper) <= _NEAR_REPEAT)
        for j, other in ((j, head.segments[j].text) for j in range(stop))
    )


def recurs(text: str, page: str) -> bool:
    """The line occurs again on the page, alone or inside another line ("Share this:
    <headline>", "<headline> | Site", the breadcrumb's last item)."""
    first = page.find(text)
    return first >= 0 and page.find(text, first + 1) >= 0


class Lede(NamedTuple):
    """The story's opening as a candidate's words are looked up in it: its words whole (and
    the parts of hyphenated ones), and the first letters of its longer words."""

    words: frozenset[str]
    stems: frozenset[str]


def lede_words(head: Head, anchor: int) -> Lede:
    """Words of the first paragraphs of the running text (only a candidate's content words
    are looked up in them, so short words need not be filtered out here)."""
    blocks: list[tuple[str, ...]] = []
    for j in range(anchor, len(head.segments)):
        if len(blocks) >= _LEDE_BLOCKS:
            break
        if head.shapes[j].prose and head.labels[j] is None:
            blocks.append(head.shapes[j].tokens)
    words = frozenset().union(*blocks)
    parts = {part for w in words if "-" in w for part in w.split("-")}
    stems = frozenset([w[:_STEM_CHARS] for w in words if len(w) > _STEM_CHARS])
    return Lede(words | parts if parts else words, stems)


def lede_share(head: Head, i: int, lede: Lede) -> float:
    """Share of the line's content words that the story's opening uses too, whole or by
    their first letters."""
    tokens = head.shapes[i].tokens
    if len(tokens) == 1 and "-" in tokens[0]:
        tokens = tuple(tokens[0].split("-"))  # "Bielersee-Winterhechte": two words joined
    content = [t for t in tokens if len(t) >= _MIN_CONTENT_CHARS]
    if not content:
        return 0.0
    words = lede.words
    if len(content) < _STEM_MIN_WORDS:
        return sum(t in words for t in content) / len(content)
    stems = lede.stems
    return sum(t in words or t[:_STEM_CHARS] in stems for t in content) / len(content)
