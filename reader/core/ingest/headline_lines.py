"""Tests on one headline-shaped line and the lines next to it, for `headline`.

A headline candidate is often told apart by its neighbours: a breadcrumb trail or a person's
name printed under the real headline, a labelled field's value between two labels, a picture
caption over its credit line. Each test here reads a line or a pair of lines, nothing more.
"""

from __future__ import annotations

import re

from reader.core.ingest.breadcrumbs import breadcrumb_end, is_breadcrumb
from reader.core.ingest.byline import starts_with_lead
from reader.core.ingest.credit_phrases import is_credit_only
from reader.core.ingest.head import Head
from reader.core.ingest.shape import is_person_name
from reader.core.ingest.wire_credits import agency_of

_FULL_WORDS = 4
_CREDIT_LINE_WORDS = 6
# A credit in brackets at the end of a line: a slash, a domain or a picture word inside.
_CREDIT_TAIL = re.compile(
    r"\((?=[^()]*(?:/|\.\w{2,4}\b|photo|getty|images|pictures))[^()]{2,80}\)\s*$", re.IGNORECASE
)
# A field's label line ("Author:", "Publish date:", "Filed to:") has at most this many words.
_FIELD_LABEL_WORDS = 3
_FIELD_VALUE_WORDS = 4
_SOFT_HYPHEN = "\xad"
_NAME_WORDS = 4
# Labels over a table of contents, as data; "Inhalt: Das erwartet Sie in diesem Artikel".
_CONTENTS_LABELS = frozenset(
    ("inhalt", "inhaltsverzeichnis", "inhaltsübersicht", "contents", "table of contents",
     "in this article", "sommaire", "table des matières", "índice", "indice", "contenido",
     "contenuti", "inhoud", "inhoudsopgave", "spis treści", "obsah", "содержание", "目次", "目录")
)  # fmt: skip
_CONTENTS_LEAD = "inhalt: "
# A line of this many words is longer than a headline ever is (title_lines allows fourteen);
# a short phrase of at most four words over it is the headline.
_STANDFIRST_WORDS = 15
_PHRASE_WORDS = 4
# A headline over an author line a lead word introduces ("By Sandee LaMotte, CNN") heads the
# cluster without a date beside it when it is this long (a label or desk is shorter).
_BYLINED_WORDS = 6


# A list of related stories: items of two or three lines (label, title, date), enough of them.
_DATED_ITEM_LINES = (2, 3)
_DATED_ITEMS = 3
_MAX_DATED_ITEMS = 30


def is_field_value(head: Head, i: int) -> bool:
    """The line fills one field of a run of labelled fields ("Author:" / "The Water Coolest"
    / "Publish date:" / "Nov 18, 2019"): a value, never the headline. Only between two label
    lines: one label above a short line is as often a kicker ("Energiewende Oberland:" over
    "Klimavorreiter Oberland?") or a search box ("Suche nach:") over the headline."""
    if not 0 < i < len(head.segments) - 1 or head.shapes[i].n_words > _FIELD_VALUE_WORDS:
        return False
    return _is_field_label(head.segments[i - 1].text) and _is_field_label(head.segments[i + 1].text)


def _is_field_label(text: str) -> bool:
    return text.endswith(":") and len(text.split()) <= _FIELD_LABEL_WORDS


def unhyphenated(text: str) -> str:
    """`text` without soft hyphens, the hyphenation hints some sites put in one copy of
    their headline ("Mes\xadsen\xadger\xaddiens\xadte sind …") and not in the other."""
    return text.replace(_SOFT_HYPHEN, "") if _SOFT_HYPHEN in text else text


def trail_under_headline(head: Head, upper: int, lower: int) -> bool:
    """Line `lower` is a breadcrumb trail printed under the headline ("Meal Prep for A
    Little More Obsessed" over "BLOG > Nutrition > Meal Plans"): its last step is the
    section, shorter than the full headline above it."""
    text = head.segments[lower].text
    if not is_breadcrumb(text) or is_breadcrumb(head.segments[upper].text):
        return False
    words = head.shapes[upper].n_words
    return words >= _FULL_WORDS and len(breadcrumb_end(text).split()) < words


def name_under_headline(head: Head, upper: int, lower: int) -> bool:
    """Line `lower` is only a person's name, under a full headline ("Du wirst nicht glauben,
    wie viel CO2 Clickbait-Websites produzieren!" over "Nenad Stojkovic"): the picture's
    photographer or the author, not a portrait's title."""
    if head.shapes[upper].n_words < _FULL_WORDS or head.shapes[lower].n_words > _NAME_WORDS:
        return False
    return is_person_name(head.segments[lower].text)


def standfirst_under_phrase(head: Head, upper: int, lower: int) -> bool:
    """Line `lower` is too long for a headline and line `upper` is a short phrase, not a
    label: the phrase is the headline and the long line its standfirst ("Streit ums
    Feuerholz" over an eighteen-word "MIGRATION – Probleme zwischen … umgeht"). A label in
    capitals or Title Case over a long headline is its kicker ("DUBAI AIRSHOW", "Confidential
    Tips"), and so is a breadcrumb trail."""
    if head.shapes[lower].n_words < _STANDFIRST_WORDS:
        return False
    if head.shapes[upper].n_words > _PHRASE_WORDS:
        return False
    # A lower-case word after the first: a phrase, where a label is one word or capitalised.
    text = head.segments[upper].text
    return any(word[:1].islower() for word in text.split()[1:]) and not is_breadcrumb(text)


def contents_entries(head: Head, candidates: frozenset[int]) -> set[int]:
    """The candidates that are entries of a table of contents: the run of headline-shaped
    lines right under a contents label ("Inhalt" / "Wie viel Alkohol ist auf dem Boot
    erlaubt?" / "Was für Konsequenzen …"). They are the story's subheadings, printed again
    where the story reaches them; the headline stands above the label."""
    found: set[int] = set()
    for i in sorted(candidates):
        if i == 0 or i in found:
            continue
        label = head.segments[i - 1].text.casefold().rstrip(":")
        if label in _CONTENTS_LABELS or label.startswith(_CONTENTS_LEAD):
            j = i
            while j in candidates:
                found.add(j)
                j += 1
    return found


def is_caption(head: Head, i: int) -> bool:
    """A picture caption: it ends in the picture's credit ("… campaign. (onmeth.com)",
    "… rabbits. (STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)") or a credit line follows it
    ("Al Goldis, Associated Press", "Getty Images")."""
    text = head.segments[i].text
    if text.endswith(")") and _CREDIT_TAIL.search(text):
        return True
    after = i + 1
    if after >= len(head.segments):
        return False
    below = head.segments[after].text
    if is_credit_only(below):
        return True
    _, comma, source = below.rpartition(", ")
    return (
        bool(comma) and len(below.split()) <= _CREDIT_LINE_WORDS and agency_of(source) is not None
    )


def above_first_cluster(head: Head, candidates: list[int]) -> list[int]:
    """The candidates down to the first one that stands over a whole head cluster, a date
    line and an author line right below it in either order ("Dare to Play 3 / October
    pack" / "October 5, 2018" / "Posted by Vortex"): the lines under that cluster are the
    story's own subheadings or its standfirst, however far above the running text's
    start they stand. A short line over the cluster is a section's or desk's name, the
    headline below the cluster ("Formel 1-News" / date / author / headline). A long headline
    over an author line that a lead word introduces heads the cluster alone: the lines under
    it are a box of trending stories above the text ("The man whose duvet nearly killed him:
    …" / "By Sandee LaMotte, CNN" / "1 day ago" / "2 US service members die …"), unless
    another such pair stands in the window: a list of teasers with their authors."""
    bylined = [n for n, i in enumerate(candidates) if _over_led_author(head, i)]
    for n, i in enumerate(candidates):
        if head.shapes[i].n_words < _FULL_WORDS:
            continue
        j = head.next_index(i)
        k = head.next_index(j) if j is not None else None
        if j is None or k is None:
            continue
        if (j in head.dates and k in head.authors) or (j in head.authors and k in head.dates):
            return candidates[: n + 1]
        if bylined == [n]:
            return candidates[: n + 1]
    return candidates


def _over_led_author(head: Head, i: int) -> bool:
    """A long line right over an author line that a lead word introduces ("By …")."""
    if head.shapes[i].n_words < _BYLINED_WORDS:
        return False
    j = head.next_index(i)
    return (
        j is not None
        and j in head.authors
        and j not in head.inferred
        and starts_with_lead(head.segments[j].text)
    )


# The first step of a breadcrumb trail printed one step a line.
_TRAIL_HOME = frozenset({"home", "startseite"})
# A trail's middle step names a blog or a section in a few words; a longer line under the
# menu's "Home" is the headline, over its standfirst ("Home" / "Council approves budget with
# record money for road repairs" / "The vote ends a year of wrangling over …").
_TRAIL_STEP_WORDS = 4


def trail_steps(head: Head, candidates: list[int]) -> frozenset[int]:
    """Candidates that are a middle step of a breadcrumb trail printed one step a line:
    right under its "Home" step and over a longer candidate ("Home" / "The GiveWell Blog" /
    "September 2018 open thread"), the blog's or section's name, never the headline. A
    short headline under "Home" has its standfirst or its repeat below, no longer line."""
    found = frozenset(candidates)
    return frozenset(
        i
        for i in candidates
        if i > 0
        and head.shapes[i].n_words <= _TRAIL_STEP_WORDS
        and i + 1 in found
        and len(head.segments[i].text) < len(head.segments[i + 1].text)
        and head.segments[i - 1].text.strip().casefold() in _TRAIL_HOME
    )


def dated_list_start(head: Head, i: int) -> int | None:
    """Where the list starts when line `i` is an item of a list of dated teasers ("AUTO NEWS" /
    "LA 2016: Turbocharged Nissan Sentra Nismo unleashed" / "November 16, 2016", eight times
    over): each item the same few lines, its last one a date, at least `_DATED_ITEMS` of them
    ending at `i`'s date. Such a box of related stories stands between the story's own head
    and its text; None when `i` is no such item."""
    if i + 1 not in head.dates:
        return None
    for period in _DATED_ITEM_LINES:
        items = 1
        while (
            i + 1 - items * period in head.dates
            and i - items * period not in head.dates
            and items < _MAX_DATED_ITEMS
        ):
            items += 1
        if items >= _DATED_ITEMS:
            return i + 1 - items * period + 1
    return None
