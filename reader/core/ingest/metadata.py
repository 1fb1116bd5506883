"""Title, teaser, author and publication date from the head of a copied page.

Everything is looked for in the head zone first (from some lines above the article's first
run of prose to its second strong paragraph), because lower down the page related-article
lists carry their own titles, dates and authors; only a date or author line announced as such
is taken from under the text. The lines used become META blocks: shown in the header, neither
body nor boilerplate. The headline is chosen in `headline`, the date in `head_dates`, the
author in `head_authors`; the teaser here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from reader.core.ingest import byline as bylines
from reader.core.ingest.article import BlockKind
from reader.core.ingest.breadcrumbs import breadcrumb_end
from reader.core.ingest.chat_lines import is_chat_line
from reader.core.ingest.date_lines import starts_with_date_lead
from reader.core.ingest.head import Head, head_zone, is_date_line, is_note
from reader.core.ingest.head_ages import age_date
from reader.core.ingest.head_authors import choose_byline, find_authors
from reader.core.ingest.head_dates import choose_date, find_dates
from reader.core.ingest.head_teaser import choose_teaser
from reader.core.ingest.headline import choose_headline
from reader.core.ingest.headline_lines import unhyphenated
from reader.core.ingest.headline_pairs import pasted_kicker
from reader.core.ingest.meeting_texts import is_meeting_text, read_as_meeting
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import (
    Shape,
    headline_shaped,
    is_headline,
    is_name_list,
    is_person_name,
)
from reader.core.ingest.social_posts import post_start
from reader.core.ingest.thread_posts import is_thread
from reader.core.ingest.title import KICKERS, strip_glued_kicker, strip_icon_tail, unshouted
from reader.core.ingest.title_dates import closes_headline, without_closing_date
from reader.core.ingest.title_lines import is_never_a_title, is_sentence_headline

_BRACKETED_NUMBER = re.compile(r"\(\d{1,4}\)\s+")
_STOPPED_TITLE_WORDS = (2, 10)
_LOWER_TITLE_WORDS = (5, 20)
_AUTHOR_SHARE = 0.6
_DATED_TITLE_WORDS = 5
# A pull quote: a line wholly in quotation marks, then its speaker after a dash.
_OPENING_QUOTES = "\"“„«»‘'「『"
_CLOSING_QUOTES = ('"', "”", "“", "«", "»", "’", "'", "」", "』")
_ATTRIBUTION_DASHES = ("— ", "– ", "- ", "―")
# A headline in a script without capitals: its length in characters, and the ends of a
# sentence or clause (Latin and CJK) it never has.
_CASELESS_CHARS = (6, 120)
_CLAUSE_ENDS = (".", ",", ";", ":", "…", "。", "、", "，", "；", "：", "．")
_CJK_OPENERS = "【「『〈《（"
# A sentence-shaped headline has no full headline among the unlabelled lines this close above.
_SENTENCE_LOOKBACK_LINES = 4
_FULL_HEADLINE_WORDS = 4
# Words after the names of an author line ("Steve Peoples, AP National Political Writer").
_AUTHOR_TAIL_WORDS = 5
_SITE_NOTICE = re.compile(r"^(?:from|aus) wikipedia\b", re.IGNORECASE)
# The language menu next to an encyclopedia title ("18 languages", "6 Sprachen").
_LANGUAGE_COUNT = re.compile(r"^\d{1,3} (?:languages|sprachen)$", re.IGNORECASE)
# Names of languages as language menus list them: a line that is one of these is a link to
# the article in another language, never the title.
LANGUAGE_NAMES = frozenset(
    ("english", "deutsch", "español", "français", "italiano", "nederlands", "polski",
     "português", "русский", "svenska", "dansk", "norsk", "norsk bokmål", "suomi", "čeština",
     "magyar", "română", "türkçe", "ελληνικά", "українська", "català", "euskara", "galego",
     "العربية", "فارسی", "עברית", "日本語", "中文", "한국어", "bahasa indonesia", "tiếng việt",
     "ไทย", "हिन्दी", "simple english", "srpski", "hrvatski", "slovenčina", "slovenščina")
)  # fmt: skip
# Section names printed above the headline ("Technology", "Politik"): never the title.
SECTION_LABELS = frozenset(
    "world news politics business technology tech science health sport sports culture "
    "opinion travel markets economy climate environment entertainment lifestyle local "
    "national international us uk europe asia africa americas australia middle east "
    "education media money arts books music film style food weather obituaries crime "
    "politik wirtschaft kultur wissen gesellschaft ausland inland panorama meinung sport "
    "digital netzwelt reise gesundheit finanzen technik auto mobilität wissenschaft "
    "regional international deutschland welt bildung karriere leben stil".split()
)  # fmt: skip
# Words of share and save widgets: a line made only of them is furniture ("Link Copy link").
_WIDGET_WORDS = frozenset(
    "link links copy copied share save print email e-mail mail tweet post facebook twitter x "
    "linkedin whatsapp reddit gift article story comments listen follow teilen kopieren "
    "speichern drucken merken".split()
)  # fmt: skip


@dataclass(slots=True)
class Metadata:
    """What the head of the page says about the article, and which blocks said it."""

    title: str | None = None
    teaser: str | None = None
    byline: str | None = None
    published: str | None = None
    meta: set[int] = field(default_factory=set)
    title_index: int | None = None
    agency: str | None = None
    # The line whose age ("3 hours ago") gave `published`, read against a paste's moment.
    age_line: str | None = None
    # The text is a note, not a page (`head.is_note`).
    note: bool = False


def find_metadata(
    segments: list[Segment],
    shapes: list[Shape],
    labels: list[str | None],
    lang: str | None = None,
    reference: datetime | None = None,
) -> Metadata:
    """The head's metadata; `reference`, the moment a pasted page was read, dates a story
    that the head dates only by its age (`head_ages`)."""
    head = head_zone(segments, shapes, labels, lang)
    find_dates(head)
    find_authors(head)
    found = Metadata(note=is_note(head))
    span: set[int] = set()  # an invitation's time range, read and kept in the text
    if found.note:
        for i in [i for i in head.dates if is_chat_line(segments[i].text)]:
            del head.dates[i]  # a chat's stamp dates no note (`chat_lines`)
        if is_meeting_text([s.text for s in segments]):
            span = read_as_meeting(head, reference)
    _choose_title(head, found)
    teaser, teaser_used = choose_teaser(head, found.title_index)
    found.published, used = choose_date(head, found.title_index or 0)
    found.meta |= used - span
    found.byline, found.agency, used = choose_byline(head, found.title_index)
    if found.note and any(_listed_names(segments, i) for i in used):
        found.byline, used = None, set()
    found.meta |= used
    if teaser is not None and found.note and not _text_left(labels, found, teaser_used):
        teaser, teaser_used = None, set()  # a note's one sentence under a date is its text, not a standfirst
    found.teaser = teaser
    found.meta |= teaser_used
    if found.published is None and found.byline is not None:
        # The author line was found under the text, with its date beside it.
        found.published, used = choose_date(head, found.title_index or 0)
        found.meta |= used
    if found.published is None and reference is not None:  # a printed date always wins
        found.published, used = age_date(head, found.title_index or 0, reference)
        found.meta |= used
        found.age_line = next((segments[i].text for i in used), None)
    return found


def _listed_names(segments: list[Segment], i: int) -> bool:
    """A note's line of names in a list of names ("Anna Weber" over "Jan Vogel", "Anna Weber,
    Jan Vogel"), which names no author: the page's rules, which take a name under the headline
    for its byline, made "Anrufe heute" / "Anna Weber" / "Jan Vogel" / … a note by Anna Weber,
    her line taken out of its list. A name alone under a headline or a closing ("LEIKA
    KIHARA", "Best regards," / "Anna Schmidt") and a line that says it names the author ("von
    Anna", "Text: …") do."""
    text = segments[i].text
    if not is_name_list(text) or bylines.starts_with_lead(text):
        return False
    beside = (segments[j].text for j in (i - 1, i + 1) if 0 <= j < len(segments))
    return not is_person_name(text) or any(map(is_name_list, beside))


def _text_left(labels: list[str | None], found: Metadata, teaser: set[int]) -> bool:
    """Whether a block is left for the text once the title, the teaser and the metadata lines
    are taken: a short brief ("Hochwasser …" / its standfirst / date line / one paragraph) keeps
    its standfirst, a pasted date line over one sentence does not make that sentence one."""
    taken = found.meta | teaser | ({found.title_index} if found.title_index is not None else set())
    return any(i not in taken and label is None for i, label in enumerate(labels))


def _is_title_candidate(head: Head, i: int) -> bool:
    segment, shape = head.segments[i], head.shapes[i]
    text = segment.text
    if head.labels[i] is not None or segment.kind is BlockKind.LIST_ITEM:
        return False
    # The shape first: it settles most lines without a regex.
    shaped = (
        is_headline(text, shape)
        or _headline_with_a_stop(text, shape)
        or _lower_case_headline(text, shape)
        or (is_sentence_headline(text, shape.n_words) and _sentence_headline(head, i))
        or _caseless_headline(text, shape)
        or (text[:1] == "(" and _numbered_headline(text, shape))
    )
    if not shaped or not any(map(str.isalpha, text)) or _is_author_line(head, i):
        return False
    if i in head.dates and not _dated_headline(head, i):
        return False
    if bylines.is_role_line(text):
        return False
    if starts_with_date_lead(text) or (bylines.starts_with_lead(text) and i in head.authors):
        return False  # "Updated Nov 19, 6:55 AM", "Gepostet von …": the head cluster
    if shape.n_words <= 3 and _is_menu_word_line(shape):
        return False
    if text[:1] in _OPENING_QUOTES and _is_pull_quote(head, i):
        return False
    return not is_never_a_title(text)  # last: the other tests are cheaper


def _sentence_headline(head: Head, i: int) -> bool:
    """A sentence-shaped line is the headline only directly above the author or date line,
    and not below a full headline-shaped line: there it is the standfirst or a caption."""
    if i in head.dates or i in head.authors:
        return False
    j = head.next_index(i)
    if j is None:
        return False
    if j not in head.dates and j not in head.authors:
        # "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": a date line without its year
        if not starts_with_date_lead(head.segments[j].text):
            return False
    seen = 0
    for k in range(i - 1, max(-1, i - _SENTENCE_LOOKBACK_LINES - 1), -1):
        if head.labels[k] is not None:
            continue
        shape = head.shapes[k]
        if is_headline(head.segments[k].text, shape) and shape.n_words >= _FULL_HEADLINE_WORDS:
            return False
        seen += 1
        if seen == 2:
            break
    return True


def _numbered_headline(text: str, shape: Shape) -> bool:
    """A headline with its number in brackets in front ("(16) Coronavirus-Update: Brauchen
    Abkürzungen …", a podcast's episode): the number is part of the title."""
    match = _BRACKETED_NUMBER.match(text)
    return match is not None and headline_shaped(text[match.end() :], shape.n_words - 1)


def _is_pull_quote(head: Head, i: int) -> bool:
    """A quotation printed whole over its speaker ("\"$53 million a week is coming across the
    border in drugs.\"" / "— David McKinley on Sunday, …"): a fact-check's claim or a pull
    quote, never the headline."""
    text = head.segments[i].text
    if not text.endswith(_CLOSING_QUOTES) or i + 1 >= len(head.segments):
        return False
    return head.segments[i + 1].text.startswith(_ATTRIBUTION_DASHES)


def _dated_headline(head: Head, i: int) -> bool:
    """A headline carrying a date ("23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss
    noch jubeln", "Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?"):
    enough words besides the date, no date lead, no author. A clock time beside the date
    makes it a post's meta line ("Aus der Region 6. November 2023 15:00 Kommentar
    schreiben"): a headline names the day of an event, hardly ever its minute; unless the
    date and time were copied onto the headline's end ("… - 12. März 2024, 14:05 Uhr")."""
    text, hit = head.segments[i].text, head.dates[i]
    if hit.has_time and not closes_headline(text, hit):
        return False
    rest = (text[: hit.start] + " " + text[hit.end :]).split()
    words = sum(any(map(str.isalpha, word)) for word in rest)
    return words >= _DATED_TITLE_WORDS and not starts_with_date_lead(text) and i not in head.authors


def _without_leading_date(text: str, start: int, end: int) -> str:
    """The headline without the date it opens with ("23.01.2022 - Dorothea …")."""
    if any(map(str.isalpha, text[:start])):
        return text
    return text[end:].lstrip(" -–—|:·,")


def _is_author_line(head: Head, i: int) -> bool:
    """The line is an author line: a lead word introduces the names, or they are most of it
    with at most a job or an outlet after them. A headline that merely starts like a name
    ("Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt") stays a candidate."""
    name = head.authors.get(i)
    if name is None:
        return False
    text = head.segments[i].text
    if bylines.is_inline_lead_line(text) or bylines.byline_in_line(text, False):
        return True  # "Analysis by Chris Cillizza, CNN Editor-at-large": introduced
    rest = len(text.split()) - len(name.split())
    return len(name) >= _AUTHOR_SHARE * len(text) or rest <= _AUTHOR_TAIL_WORDS


def _lower_case_headline(text: str, shape: Shape) -> bool:
    """A headline starting with a lower-case brand or a bracket ("creditshelf kooperiert mit
    finleap …", "[The Palace] …", "{orga your life} – …"): long enough to be no menu entry."""
    if shape.prose or not _LOWER_TITLE_WORDS[0] <= shape.n_words <= _LOWER_TITLE_WORDS[1]:
        return False
    first = text[:1]
    return (first.islower() or first in "[{") and not text.endswith((".", ",", ";", ":"))


def _caseless_headline(text: str, shape: Shape) -> bool:
    """A headline in a script without capitals (Japanese, Chinese, Korean, Arabic …:
    "商品の改造が商標法違反に！？"): a letter first, a headline's length, no sentence or
    clause end. The capital test of the other shapes can never pass there. A bracketed
    label or quotation may open it ("【独自】…", "「夜も自然を」…")."""
    first = text.lstrip(_CJK_OPENERS)[:1]
    if not first.isalpha() or first.isupper() or first.islower():
        return False
    if not _CASELESS_CHARS[0] <= len(text) <= _CASELESS_CHARS[1]:
        return False
    # No prose test: it counts "！？" as a sentence's end, which many such headlines have.
    return not text.endswith(_CLAUSE_ENDS)


def _headline_with_a_stop(text: str, shape: Shape) -> bool:
    """A short headline ending in a full stop or an ellipsis ("Denkmäler in neuem Licht.",
    "Alles hat seine Zeit…"): no sentence of prose, few words, a capital first."""
    if shape.prose or not _STOPPED_TITLE_WORDS[0] <= shape.n_words <= _STOPPED_TITLE_WORDS[1]:
        return False
    return text[:1].isupper() and text.endswith((".", "…")) and not text.endswith("..")


def _is_menu_word_line(shape: Shape) -> bool:
    """A language link, a section name or share-widget words ("Deutsch", "Link Copy link")."""
    lowered = [t.lower() for t in shape.tokens]
    if not lowered:
        return False
    joined = " ".join(lowered)
    return (
        joined in LANGUAGE_NAMES
        or joined in SECTION_LABELS
        or all(t in _WIDGET_WORDS for t in lowered)
    )


def _choose_title(head: Head, found: Metadata) -> None:
    notice = next((i for i in range(head.end) if _SITE_NOTICE.match(head.segments[i].text)), None)
    chosen: int | None = None
    if notice is not None:
        menu = next(
            (i for i in range(notice) if _LANGUAGE_COUNT.match(head.segments[i].text)), None
        )
        before = min(notice if menu is None else menu, head.first_prose)
        chosen = next((i for i in reversed(range(before)) if _is_title_candidate(head, i)), None)
    if chosen is None and found.note:
        chosen = _short_text_headline(head)
    elif chosen is None:
        chosen = choose_headline(head, _remembered_candidates(head))
    if chosen is not None:
        earlier = [s.text for s in head.segments[:chosen]]
        text = head.segments[chosen].text
        if chosen in head.dates:
            hit = head.dates[chosen]
            text = _without_leading_date(without_closing_date(text, hit), hit.start, hit.end)
        text = breadcrumb_end(text)
        # Soft hyphens are hyphenation hints some sites put in headlines: invisible, and in
        # the way of search and citation.
        title = unhyphenated(strip_glued_kicker(strip_icon_tail(text), earlier))
        found.title = unshouted(title, (s.text for s in head.segments))
        found.title_index = chosen
        found.meta.add(chosen)


def _short_text_headline(head: Head) -> int | None:
    """A short text's title is its first line, when that is a headline: not a sentence, which
    opens the text (its title is then made from it, the line kept in the text). The page's
    rules, which look for the best headline above the running text, found none to stand over
    in "Noch ein Text fuer den Test.\nMit zweiter Zeile." and took the last line, better
    shaped as a headline, out of the text as its title."""
    texts = [s.text for s in head.segments]
    if not texts or head.shapes[0].sentence_end or is_thread(texts) or post_start(texts) is not None:
        return None  # (a thread's first post, "1/5 The new …", a post's poster: no headline)
    if _is_kicker(head, 0) and len(head.segments) > 1 and _is_title_candidate(head, 1):
        # A short news item copied whole: its section or genre label over its headline
        # ("Markets" / "Oil prices jump …", "Eilmeldung" / "Bundestag wählt …") was its title.
        return 1
    if pasted_kicker(head, lambda i: _is_title_candidate(head, i)):
        return 1  # any topic's kicker over it ("Klimapolitik" / "Bundestag beschließt …")
    if _is_title_candidate(head, 0):
        return 0
    # A note's first line that names its day among its words ("Call with Jenkins, 4 Dec
    # 2024"): its title, though too short to be a page's dated headline; a date line alone
    # ("19.03.2024") is none.
    hit = head.dates.get(0)
    if hit is not None and not is_date_line(head.segments[0].text, hit) and 0 not in head.authors:
        return 0
    return None


def _is_kicker(head: Head, i: int) -> bool:
    """Line `i` is a section's or a genre's label alone ("Markets", "Wirtschaft", "Eilmeldung")."""
    return _is_menu_word_line(head.shapes[i]) or head.segments[i].text in KICKERS


def _remembered_candidates(head: Head) -> Callable[[int], bool]:
    """`_is_title_candidate` for this head, each line tested once: the headline's windows
    above the running text and above a later author line overlap (a third of the tests).
    A dict, not `functools.cache`: building that wrapper cost 4 µs a parse, 16 times this."""
    known: dict[int, bool] = {}

    def is_candidate(i: int) -> bool:
        found = known.get(i)
        if found is None:
            found = known[i] = _is_title_candidate(head, i)
        return found

    return is_candidate
