"""The author named inside a meta line, after a lead word anywhere in it ("… | von Chris
Jung", "Foto: … | Text: Anna Weber", "HOMEMADE SPICED HONEY PEAR JAM written by Regan").

Kept apart from `byline`, which reduces a line that opens with its lead word ("Von Mara
Lindner, Tokio") to the names: here the lead may stand anywhere, glued to a word before it
("Geschrieben vonElisa"), and whether it introduces the author at all is asked first (a
headline's "Eine neue Studie von Heinz Duchhardt", a picture's "Foto von Josh Willink von
Pexels").
"""

from __future__ import annotations

import re

from reader.core.ingest.byline_leads import INLINE_LEADS
from reader.core.ingest.meta_names import (
    CONNECTORS,
    USERNAME,
    desk_after_article,
    first_field,
    leading_names,
    meta_words,
    one_word_name,
)
from reader.core.ingest.name_lists import NAME_TRIM
from reader.core.ingest.wire_credits import CREDIT_WORDS

# The lead words in lower case, the ASCII ones apart (`_may_hold_inline_lead`).
_ASCII_INLINE_LEADS = tuple(lead.lower() for lead in INLINE_LEADS if lead.isascii())
_INLINE_LEADS_LOWER = tuple(lead.lower() for lead in INLINE_LEADS)
# Letters the pattern's case-blind comparison takes for "i" or "s" where `str.lower` does not
# make them one: the dotless ı and long ſ (`re`'s own equivalences) and the dotted İ (which
# `re` lowers to "i", `str.lower` to "i" and a combining dot).
_CASE_ODDITIES = ("ı", "ſ", "İ")
_INLINE_LEAD = re.compile(
    r"(?:^|(?<=[\s·|,;–—(-])|(?<=[a-zäöüß]))(?:"
    + "|".join(re.escape(lead) for lead in INLINE_LEADS)
    + r")(?=[\s:]|[A-ZÄÖÜ])\s*:?\s*",
    re.IGNORECASE,
)
# (The interviewer's leads hold no "by"/"von": "Die Fragen stellte …", "Propos recueillis par".)
_LEAD_HINT = re.compile(r"\bby\b|von|:|stellten?\b|führten?\b|recueillis", re.IGNORECASE)
# Leads that only ever introduce the author: after them a single word ending the line is the
# author's account or first name, even behind the headline ("… JAM FOR THE HOLIDAYS written
# by Regan"). A plain "by"/"von" vouches for one word only alone or after a kind of article
# ("By oradmin", "Artikel von: Jessie"), never after "Powered"/"Designed" ("Powered by
# WordPress") or inside a sentence.
_AUTHOR_ONLY_LEADS = frozenset(
    ("written by", "posted by", "geschrieben von", "verfasst von", "gepostet von",
     "veröffentlicht von", "erstellt von", "gespeichert von", "eingestellt von")
)  # fmt: skip
_GLUED_AUTHOR = re.compile(
    r"\s(?:written by|posted by|geschrieben von|verfasst von)\s+\S+(?:\s+\S+){0,3}$", re.I
)
_ARTICLE_LABELS = frozenset(
    "artikel beitrag post blogpost story article text gastbeitrag kommentar".split()
)
_BARE_LEADS = frozenset(("von", "by"))
_LABEL_WORDS = 2  # "Post author By …", "Blog Beitrag von …"
_SEPARATOR_CHARS = "·|,;–—-("


def is_inline_lead_line(text: str) -> bool:
    """The line opens with a lead word, also one glued to the name ("Geschrieben vonElisa")."""
    match = _INLINE_LEAD.match(text.strip())
    return match is not None and match.end() < len(text.strip())


def _may_hold_inline_lead(text: str) -> bool:
    """False only for a line `_INLINE_LEAD` cannot match, as its lower-cased form holds none
    of INLINE_LEADS: the pattern's case-blind comparison is a comparison of lower-case letters
    in any line without `_CASE_ODDITIES` (one is asked of alone). Of the bench pages' lines
    that pass `_LEAD_HINT` (mostly for a colon) 86 % hold none, and a plain search for each
    lead costs a fraction of the pattern's tries at every position (asked of the lines beyond
    ASCII too: 0.32 → 0.21 M instructions a bench article, callgrind)."""
    if text.isascii():
        leads = _ASCII_INLINE_LEADS
    elif any(map(text.__contains__, _CASE_ODDITIES)):
        return True
    else:
        leads = _INLINE_LEADS_LOWER
    lower = text.lower()
    for lead in leads:
        if lead in lower:
            return True
    return False


def byline_in_line(text: str, dated: bool) -> str | None:
    """The names after a lead word anywhere in a short meta line ("… by Joe Rossignol").

    Capitalised name words are taken, with particles and "and"/"und" between names; on a
    line that also carries a date (`dated`), a lower-case user name counts too ("von
    eseppelt · 31. Oktober 2023"): blogs print the account name there.
    """
    if not _LEAD_HINT.search(text):
        return None  # most lines hold no lead word: one cheap search settles them
    if not _may_hold_inline_lead(text):
        return None  # a colon but no lead ("Updated: …"): settled before the pattern's scan
    for match in _INLINE_LEAD.finditer(text):
        lead = match.group().strip(" :").lower()
        before = text[: match.start()].rstrip()
        loose = before and before[-1] not in _SEPARATOR_CHARS
        if lead in _BARE_LEADS and not dated and loose and len(before.split()) > _LABEL_WORDS:
            continue  # "Eine neue Studie von Heinz Duchhardt": a headline, not a byline
        if lead in CONNECTORS and before and before.split()[-1].lower() in CREDIT_WORDS:
            continue  # "Foto von Josh Willink von Pexels": the picture's credit
        rest = first_field(text[match.end() :])
        tokens = meta_words(rest)
        names = leading_names(tokens, 1 if dated else 2) or desk_after_article(tokens)
        if names:
            return names
        if dated and tokens and USERNAME.match(tokens[0].rstrip(",.")):
            return tokens[0].rstrip(",.")
        glued = not match.group()[-1].isspace()  # "Autor:innen": a gendered menu word
        if len(tokens) == 1 and not glued and _vouches_for_one_word(lead, before):
            return one_word_name(tokens[0].rstrip(",."))
    return None


def glued_author(text: str) -> str | None:
    """The author a lead that only introduces authors names at the end of a longer line, the
    headline glued to it by a blog theme ("HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS
    written by Regan")."""
    match = _GLUED_AUTHOR.search(text)
    return byline_in_line(text[match.start() :].strip(), False) if match else None


def _vouches_for_one_word(lead: str, before: str) -> bool:
    """The lead introduces nothing but an author, so one word after it is a name: an
    author-only lead anywhere, a plain "by"/"von" alone on the line or after a kind of
    article."""
    if lead in _AUTHOR_ONLY_LEADS:
        return True
    label = before.strip(NAME_TRIM).lower()
    return not label or label in _ARTICLE_LABELS
