"""Author lines: recognising them and reducing them to the names ("Von Mara Lindner, Tokio"
→ "Mara Lindner", "By  JOSH BOAK" → "Josh Boak", "Justin McCurry in Tokyo" → "Justin McCurry"),
and the author beside a date in a meta line. A lead word standing inside a meta line ("… | von
Chris Jung") is read in `inline_bylines`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.ingest.byline_leads import BYLINE_LEADS as BYLINE_LEADS
from reader.core.ingest.byline_leads import INLINE_LEADS
from reader.core.ingest.date_lines import WEEKDAYS, find_date, starts_with_date_lead

# A lead word inside a meta line is read in `inline_bylines`; the head's readers ask this module.
from reader.core.ingest.inline_bylines import byline_in_line as byline_in_line
from reader.core.ingest.inline_bylines import glued_author as glued_author
from reader.core.ingest.inline_bylines import is_inline_lead_line as is_inline_lead_line
from reader.core.ingest.intl_bylines import without_date_article

# The name words of a meta line are read in `meta_names`; the head's readers ask this module.
from reader.core.ingest.meta_names import CONNECTORS as CONNECTORS
from reader.core.ingest.meta_names import (
    JOINERS,
    USERNAME,
    fix_case,
    leading_names,
    meta_words,
    one_word_name,
    weekday_surname,
)

# Co-author lists and job titles live in `name_lists`; the head's readers ask this module.
from reader.core.ingest.name_lists import NAME_TRIM, ROLE, name_parts
from reader.core.ingest.name_lists import is_role_line as is_role_line
from reader.core.ingest.shape import (
    NOT_NAME_WORDS,
    is_caseless_name,
    is_name_list,
    is_person_name,
)

# The agency readers live in `wire_credits`; the head's readers ask this module for them.
from reader.core.ingest.wire_credits import agency_of as agency_of
from reader.core.ingest.wire_credits import dateline_agency as dateline_agency

# Cleaned lines remembered by `clean_byline`: a site's author and date lines recur on its pages,
# and cleaning one (a dozen substitutions) was a third of reading a page's head.
_CLEANED_LINES = 4096

# News agencies and wire names that pages print after the authors without a comma
# ("Jane Doe and John Roe Associated Press"); never part of a name.
AGENCIES = (
    "the associated press", "associated press", "agence france-presse", "reuters staff",
    "reuters", "bloomberg news", "bloomberg", "afp", "ap", "dpa", "epd", "kna", "apa",
    "sda", "ddp", "cnn", "bbc news", "the new york times", "the washington post",
)  # fmt: skip
_LEAD = re.compile(
    r"^(?:" + "|".join(re.escape(lead) for lead in BYLINE_LEADS) + r")\b\s*:?\s*", re.IGNORECASE
)
# A statement after a name and a dash: this many words or more ("… – Staatsanwaltschaft hat
# Beweise vorgelegt"); words that join a name to its place or outlet are no statement.
_STATEMENT_WORDS = 4
_PLACE_WORDS = frozenset("in aus from at für for of und and bei der die das the".split())
_SEPARATORS = re.compile(r"\s+[|–—·•/]\s*|\s*[|·•]\s+|\s+-\s+")
# A social-media handle after the name ("Catherine Shu @catherineshu").
_HANDLE = re.compile(r"\s*@\w+")
_PLACE_SUFFIX = re.compile(
    r"\s+(?:in|aus|from|reporting from)\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?$"
)
# "… in London and … in Shanghai": the place after each name, before the next name or the end.
_PLACE_INSIDE = re.compile(
    r"\s+(?:in|aus|from|reporting from)\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?"
    r"(?=\s+(?:and|und|&)\s+|\s*,|$)"
)
_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")
_AGENCY_TAIL = re.compile(
    r"(?<=[a-zäöüß.])\s+(?:" + "|".join(re.escape(a) for a in AGENCIES) + r")$", re.IGNORECASE
)
# The author's initials in brackets after the name, as German papers sign ("Anna Weber (aw)").
_INITIALS_TAIL = re.compile(r"\s*\([a-zäöüß]{1,4}\)$")
# The blog category after the name ("Posted by Nesselsetzer under Just For Fun").
_CATEGORY_TAIL = re.compile(r"\s+(?:filed under|under|abgelegt unter|unter)\s.*$", re.IGNORECASE)
# Other languages' "and" in lower case only: "Mary E Smith" holds an initial, no joiner.
_SPLIT_NAMES = re.compile(
    r",\s*|\s+(?:and|und|&)\s+|\s(?-i:et|y|e|en|i|og|och|ja)\s", re.IGNORECASE
)
_TIME_PREFIX = re.compile(r"^[\d:.\s-]*(?:uhr|am|pm|a\.m\.|p\.m\.)?[\s,]*", re.IGNORECASE)
# Words around a date that are not part of any name ("Posted on", "publiziert am", "on
# Monday, November 18th"). The weekday right before the date is the date's too, but not after a
# lone first name ("By Ralf Freitag Monday, November 18", "Von Ralf Freitag, 18. November":
# `meta_names.weekday_surname`).
_DATE_WORDS = re.compile(
    r"\b(?:posted|published|updated|veröffentlicht|publiziert|aktualisiert|stand|on|am|at|um)\b",
    re.IGNORECASE,
)
_WEEKDAYS = frozenset(WEEKDAYS)
_MAX_NAMES_CHARS = 80
# A shouted word this short standing alone is initials or an acronym ("Posted by DT"), not a
# shouted name to set in its usual case.
_INITIALS_CHARS = 3
# Shouted words closing a byline of names in their usual case name the outlet ("Kevin
# Johnson and Kevin McCoy USA TODAY"); one shouted word may be a surname ("Jean DUPONT").
_OUTLET_TAIL_WORDS = 2
# The first two letters of every lead word: a line opening with none of them is no author line.
LEAD_STARTS = frozenset(lead[:2] for lead in BYLINE_LEADS + INLINE_LEADS)
# Words that may follow a name beside a date ("Schreibe einen Kommentar", "1 Kommentar").
_NAME_TAIL_WORDS = 4
# A separator at the end of the text before a date ("Redaktion -", "reineckefuchs —").
_CLOCK_WORD = re.compile(r"^(?:um|at|am|à)\s+(?=\d)", re.IGNORECASE)
_SEPARATED_END = re.compile(r"\s[-–—|·•]$")
# The comment count a blog's meta line closes with ("… Cortyn 1 Kommentar Lesezeichen").
_COMMENT_COUNT = re.compile(
    r"(?:\d+|keine|no|ein|one) (?:kommentare?|comments?|antworten|replies)\b", re.IGNORECASE
)


def _after_lead(text: str) -> str | None:
    """What follows the lead word opening `text` ("By Ana Swanson" → "Ana Swanson", "Von" →
    ""), or None when no lead word opens it."""
    stripped = text.strip()
    match = _LEAD.match(stripped)
    return None if match is None else stripped[match.end() :]


def starts_with_lead(text: str) -> bool:
    """True for "By …", "Von …", "Text: …" lines that go on with a capitalised name."""
    rest = _after_lead(text)
    return (
        rest is not None
        and (rest[:1].isupper() or is_caseless_name(rest))
        and len(rest.split()) <= 14
    )


def is_author_only(text: str) -> bool:
    """A lead word and one person's name, nothing else ("by Madeline Fry", "Von Anna Weber")."""
    rest = _after_lead(text)
    return rest is not None and (is_person_name(rest) or is_caseless_name(rest))


def is_bare_lead(text: str) -> bool:
    """A line that is only the lead word ("Von", "By:"), with the name on the next line."""
    return _after_lead(text) == ""


def ends_with_connector(text: str) -> bool:
    """True for a date line whose author follows on the next line ("28. Oktober 2025 durch")."""
    parts = text.rstrip(NAME_TRIM).split()
    return bool(parts) and parts[-1].lower() in CONNECTORS


@lru_cache(maxsize=_CLEANED_LINES)
def clean_byline(text: str) -> str | None:
    """The author names in `text`, without lead words, dates, places or job titles."""
    names = _without_date(text.strip())
    names = _LEAD.sub("", names.strip(NAME_TRIM)).strip(NAME_TRIM)
    names = next((p for p in _SEPARATORS.split(names) if p.strip(NAME_TRIM)), "").strip(NAME_TRIM)
    names = _LEAD.sub("", names).strip(NAME_TRIM)
    if "@" in names:
        names = _EMAIL.sub(" ", names).strip(NAME_TRIM)
        names = _HANDLE.sub("", names).strip(NAME_TRIM)
    names = _CATEGORY_TAIL.sub("", names)
    if names.endswith(")"):
        names = _INITIALS_TAIL.sub("", names)  # "Anna Weber (aw)": her initials
    names = _AGENCY_TAIL.sub("", names)
    names = _PLACE_INSIDE.sub("", names)
    names = _PLACE_SUFFIX.sub("", names)
    names = ", ".join(name_parts(names))
    words = names.split()
    if all(w.lower() in JOINERS or not any(map(str.islower, w)) for w in words):
        # A shouted byline ("By  JOSH BOAK", "LISA MASCARO and ERIC TUCKER"); in a mixed
        # line the capitals are an acronym ("IT Finanzmagazin /PP").
        if len(words) != 1 or len(words[0]) > _INITIALS_CHARS:
            words = [fix_case(word) for word in words]
    else:
        words = _without_outlet_tail(words)
    names = " ".join(words)
    if not names or len(names) > _MAX_NAMES_CHARS or any(map(str.isdigit, names)):
        return None
    return names


def _without_outlet_tail(words: list[str]) -> list[str]:
    """The names without the shouted outlet after them ("Kevin Johnson and Kevin McCoy USA
    TODAY" → "Kevin Johnson and Kevin McCoy")."""
    tail = 0
    while tail < len(words) and _shouted(words[len(words) - 1 - tail]):
        tail += 1
    if tail < _OUTLET_TAIL_WORDS or tail == len(words):
        return words
    return words[: len(words) - tail]


def _shouted(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def is_quoted_headline(text: str) -> bool:
    """A headline opening with the person it is about, set off by a dash ("Viviane Obenauf –
    Staatsanwaltschaft hat Beweise vorgelegt"): after the dash a statement of several words
    with a verb-like lower-case word, not a job title, an outlet or a date ("Markus Reuter -
    Redakteur", "Megan Castillo – Mar 4, 2025")."""
    parts = re.split(r"\s[–—-]\s", text, maxsplit=1)
    if len(parts) < 2:
        return False
    words = _without_date(parts[1]).split()
    lower = [w for w in words if w[:1].islower() and w.lower() not in _PLACE_WORDS]
    return len(words) >= _STATEMENT_WORDS and bool(lower) and not ROLE.search(parts[1])


def _without_date(text: str) -> str:
    hit = find_date(text)
    if hit is None:
        return text
    before, after = text[: hit.start].strip(NAME_TRIM), text[hit.end :].strip(NAME_TRIM)
    # Drop the time after the date ("… 18:05 Uhr durch X").
    after = _TIME_PREFIX.sub("", after)
    if after.split() and after.split()[0].lower() in CONNECTORS:
        return after
    words = _DATE_WORDS.sub("", before).split()
    if (
        words
        and words[-1].casefold().strip(",.") in _WEEKDAYS
        and not weekday_surname(_LEAD.sub("", " ".join(words[:-1])).split())
    ):
        words.pop()  # "Monday, November 18"
    before = without_date_article(" ".join(words).strip(NAME_TRIM))
    return before if any(map(str.isalpha, before)) else after


def led_account(text: str) -> str | None:
    """A blog's lower-case account after a lead, alone on its line ("By oradmin"); read only
    right under the date line, where it belongs to the post's meta lines."""
    match = _LEAD.match(text.strip())
    if match is None or not match.group()[-1:].isspace():
        return None
    rest = text.strip()[match.end() :]
    return rest if " " not in rest and one_word_name(rest, account=True) else None


def name_beside_date(text: str, start: int, end: int) -> str | None:
    """The author printed next to the date in a meta line: before it ("Evgenia Karp Zuletzt
    geändert am 06.11.2023", "Redaktion - 31. Januar 2022") or after it ("26. September 2019
    Ulrike Stockhausen Schreibe einen Kommentar", "23.06.2016 um 16:14 Uhr - Markus Reuter").
    A single word counts only before the date, alone there and set off by a separator: after
    it, or with more words, one word is a label ("10.12.2022 07:00 | Druckvorschau", "Video
    01:30 Min. | 19.10.19", "Wochenbericht 14. - 20. Januar 2022")."""
    before = _LEAD.sub("", text[:start].strip())
    if starts_with_date_lead(before):
        before = ""  # "Stand - 12.11.2021"
    after = _CLOCK_WORD.sub("", text[end:].strip(NAME_TRIM))
    after = _TIME_PREFIX.sub("", after).strip(NAME_TRIM)
    for part, single in ((before, _SEPARATED_END.search(before)), (after, False)):
        tokens = [t for t in meta_words(part) if t.strip(NAME_TRIM)]
        if not tokens:
            continue
        if part is before and single and is_quoted_headline(part):
            # The headline glued to the meta line: the account right before the date's
            # separator ("Viviane Obenauf – Staatsanwaltschaft … vorgelegt reineckefuchs —").
            last = tokens[-1].strip(NAME_TRIM)
            return last if USERNAME.match(last) else None
        if part is after and len(tokens) > 2 and _COMMENT_COUNT.match(" ".join(tokens[1:3])):
            # One word between the date and the comment count is the author's name or
            # account ("1. November 2023 Cortyn 1 Kommentar", "… Keith No Comments").
            return one_word_name(tokens[0].strip(NAME_TRIM), account=True)
        # Before the date its first word follows the names: a weekday before it is the date's.
        date = text[start:end].split()[:1] if part is before else []
        names = leading_names(tokens + date, 1 if single else 2)
        if names and single and " " not in names and len(tokens) > 1:
            names = None  # a label and more: "Video 01:30 Min. | 19.10.19"
        if names and len(tokens) - len(names.split()) > _NAME_TAIL_WORDS:
            names = None  # "23.01.2022 - Dorothea Wierer darf beim …": a dated headline
        if names and " " in names:
            names = _label_words_dropped(names)
        if names and not tokens[0].isupper():
            return names  # shouted words beside a date are a label ("ESTUPDATED TUE")
        if part is before and single and len(tokens) == 1:
            if USERNAME.match(tokens[0].strip(NAME_TRIM)):
                return tokens[0].strip(NAME_TRIM)  # "reineckefuchs — 2. Februar 2022"
    return None


def _label_words_dropped(names: str) -> str | None:
    """The names beside a date without a label's words after them ("Tony Carter All, Books"
    → "Tony Carter"), or None for a label alone ("21.01.2022 Aktuelle Meldung")."""
    words = names.split()
    while len(words) > 1 and words[-1].lower() in NOT_NAME_WORDS:
        words.pop()
    kept = " ".join(words)
    return kept if is_name_list(kept) else None


def names_of(byline: str) -> list[str]:
    """The single names in a byline ("A B and C D" → ["A B", "C D"])."""
    return [n.strip() for n in _SPLIT_NAMES.split(byline) if n.strip()]
