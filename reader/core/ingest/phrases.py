"""Known page furniture: which short lines are prompts, labels or credits.

Two kinds of evidence: a LABEL is a whole short line that is nothing but furniture ("Anzeige",
"Share", "Mehr zum Thema"); a PROMPT is a phrase that marks a line as furniture wherever it
stands in it ("Foto: …", "Sign up for …", "All rights reserved"). Each maps to the reason the
reading view shows for a set-aside block. Phrases are generic site chrome, not any one site's.
Cookie banners (`cookie_banners`) and the headings that end an article (`section_ends`) are
concepts of their own; their names are re-exported here, where the parser looks for furniture.
"""

from __future__ import annotations

import re

from reader.core.ingest import phrase_tables, phrase_tables_consent, phrase_tables_intl
from reader.core.ingest.body_notices import site_notice
from reader.core.ingest.cookie_banners import has_any, is_cookie_banner
from reader.core.ingest.label_noise import MAX_LABEL_CHARS, strip_trailing_noise
from reader.core.ingest.phrase_labels import Labels
from reader.core.ingest.phrase_tables import (
    ADVERTISING,
    APP,
    ARTICLE_INFO,
    AUTHOR_BIO,
    BYLINE_REPEAT,
    CAPTION,
    COMMENTS,
    COOKIES,
    CREDITS,
    FOOTER,
    IMAGE_CREDIT,
    JOBS,
    NAVIGATION,
    NEWSLETTER,
    REFERENCES,
    RELATED,
    SHARE,
    TABLE,
)
from reader.core.ingest.section_ends import SECTION_ENDS, is_section_end

# What the parser and the window use: the reasons (from the tables) and the matchers (cookie
# banners and section ends have modules of their own, and are named here too).
__all__ = [
    "ADVERTISING",
    "APP",
    "ARTICLE_INFO",
    "AUTHOR_BIO",
    "BYLINE_REPEAT",
    "CAPTION",
    "COMMENTS",
    "COOKIES",
    "CREDITS",
    "CREDIT_ONLY",
    "CREDIT_TAIL_CHARS",
    "FOOTER",
    "IMAGE_CREDIT",
    "JOBS",
    "LEGAL",
    "MAX_LABEL_CHARS",
    "MAX_PROMPT_WORDS",
    "MIN_LEGAL_HITS",
    "NAVIGATION",
    "NEWSLETTER",
    "REFERENCES",
    "REFERENCE_LINE",
    "RELATED",
    "SECTION_ENDS",
    "SHARE",
    "TABLE",
    "TOC_LINE",
    "is_cookie_banner",
    "is_section_end",
    "label_reason",
    "prompt_reason",
]

# Small print under sign-up forms; three or more of these make a paragraph furniture.
LEGAL = re.compile(
    r"\b(?:privacy (?:policy|notice)|terms of (?:use|service)|datenschutz\w*|nutzungsbedingungen"
    r"|recaptcha|einwilligung|widerrufen|unsubscribe|abmelden)\b"
)
# One of these is in every LEGAL match; keep the two in step. Most long paragraphs hold none.
_LEGAL_HINTS = (
    "privacy ", "terms of ", "datenschutz", "nutzungsbedingungen", "recaptcha", "einwilligung",
    "widerrufen", "unsubscribe", "abmelden",
)  # fmt: skip
MIN_LEGAL_HITS = 3
# News-agency and picture-desk names that stand alone on a line as an image credit.
CREDIT_ONLY = re.compile(
    r"(?:getty images|reuters|ap|afp|epa|dpa|imago(?: images)?|shutterstock|pa media|alamy"
    r"|bloomberg|anadolu|xinhua|picture alliance|action press|ddp)(?:\s*(?:/|via).{0,40})?",
    re.IGNORECASE,
)
# Numbered lines of a table of contents ("1 History", "2.1 Early life").
TOC_LINE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\s+[A-ZÄÖÜ][^.!?:]{0,60}")
REFERENCE_LINE = re.compile(r"^\^\s")

_COUNT = re.compile(r"\d{1,3}(?:[.,]\d{1,3})?[kKmM]?")

# Substrings that every unanchored prompt phrase contains (lower case). A line holding none of
# them cannot match, and some thirty `in` tests cost a fraction of one search of the big
# alternation, which Python's regex engine tries alternative by alternative at every word.
# Checked at import below: a new unanchored phrase must contain one of these.
_CAPTION_HINTS = ("foto", "photo", "bild", "image", "picture", "illustration", "grafik", "credit")
_PROMPT_HINTS = _CAPTION_HINTS + (
    "newsletter", "sign up ", "subscribe ", "enter your e", "e-mail", "postfach", "recaptcha",
    "auf dem laufenden", "privacy notice", "thanks for reading", "jetzt ", "app",
    "add to home screen", "job", "stellen", "karriere-portal", "benachrichtigt werden", "teilen ",
    "read", "opens new tab", "all rights reserved", "alle rechte vorbehalten", "©",
    "this page was last edited", "text is available under the creative", "powered by",
    "redirects here", "trademark", "inbox", "constitutes ", "zur kenntnis", "updated",
    "aktualisiert", "comments", "kommentare", "akismet", "will not be published",
    "wird nicht veröffentlicht", "contributed ",
)  # fmt: skip


def _merged(*tables: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """German and English phrases first, then the other languages', reason by reason."""
    merged: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for reason, patterns in table.items():
            merged[reason] = merged.get(reason, ()) + patterns
    return merged


LABELS = _merged(phrase_tables.LABELS, phrase_tables_intl.LABELS, phrase_tables_consent.LABELS)
PROMPTS = _merged(phrase_tables.PROMPTS, phrase_tables_intl.PROMPTS)


def _compile_prompts(
    anchored: bool,
    reasons: tuple[str, ...],
    hints: tuple[str, ...] | None = None,
    colon_ended: bool | None = None,
) -> re.Pattern[str]:
    """One alternation per reason; anchored ("^…") phrases are tried only at the line start.

    `hints`: only the phrases that spell out one of them. `colon_ended`: only the phrases that
    must end the line with a colon ("… says:") if True, all but them if False. Either way the
    alternatives keep their order, so a line any left-out phrase cannot match gets the same
    match as from all.
    """
    groups = []
    for index, (reason, patterns) in enumerate(PROMPTS.items()):
        chosen = [
            p.lstrip("^")
            for p in patterns
            if p.startswith("^") == anchored
            and (hints is None or any(h in p for h in hints))
            and (colon_ended is None or p.endswith(":$") == colon_ended)
        ]
        if chosen and reason in reasons:
            groups.append(f"(?P<g{index}>{'|'.join(chosen)})")
    # Every phrase starts at a word boundary, a bracket or the © sign: testing that once per position
    # rejects most positions before any alternative is tried.
    return re.compile(r"(?=\b|[(©])(?:" + "|".join(groups) + ")")


_LABELS = Labels(list(LABELS.values()))  # most looked up as words (`phrase_labels`)
_LABEL_REASONS = tuple(LABELS)
# Prompts are matched on the lower-cased line: case-folding once is far cheaper than IGNORECASE.
# The anchored phrases in two: the backtracking "Name … says:" phrases cost most of a match at
# the line start, and only a line ending in a colon can match them (`_start_match`).
_PROMPT_START_OPEN = _compile_prompts(anchored=True, reasons=tuple(PROMPTS), colon_ended=False)
_PROMPT_START_COLON = _compile_prompts(anchored=True, reasons=tuple(PROMPTS), colon_ended=True)
_PROMPT_ANYWHERE = _compile_prompts(anchored=False, reasons=tuple(PROMPTS))
_CREDIT_ANYWHERE = _compile_prompts(anchored=False, reasons=(CAPTION,))
# Per hint, the unanchored phrases that spell it out: a few alternatives to try at each word,
# not hundreds (`_first_prompt`). Compiled with the module, where the format readers' patterns
# are kept between runs (`run_cache`): compiled on a hint's first line instead, each worker
# compiled some twenty of them anew, about 44 M instructions (`bench_instructions --count 60`:
# 0.73 M of a bench article's parse).
_HINT_PROMPTS = {
    hint: _compile_prompts(anchored=False, reasons=tuple(PROMPTS), hints=(hint,))
    for hint in _PROMPT_HINTS
}
_PROMPT_REASONS = {f"g{i}": reason for i, reason in enumerate(PROMPTS)}
_GROUP_ORDER = {f"g{i}": i for i in range(len(PROMPTS))}


def _check_hints() -> None:
    """Every unanchored phrase must spell out one of its hints, or the pre-check would hide it."""
    for reason, patterns in PROMPTS.items():
        hints = _CAPTION_HINTS if reason == CAPTION else _PROMPT_HINTS
        for pattern in patterns:
            if not pattern.startswith("^") and not any(h in pattern for h in hints):
                raise AssertionError(f"prompt phrase {pattern!r} needs an entry in _PROMPT_HINTS")


_check_hints()

# Longer lines are prose that may mention a newsletter: in them only a caption credit at the
# end or a cookie banner counts (and searching them in full would cost most of the parse).
MAX_PROMPT_WORDS = 30
CREDIT_TAIL_CHARS = 120


def label_reason(text: str, lower: str | None = None) -> str | None:
    """The reason a whole line is a furniture label ("Share 12" → share prompt), else None.
    `lower`, if given, must be `text.lower()` (the parser has it)."""
    if len(text) > MAX_LABEL_CHARS:
        return None
    if not text[:1].isalnum() and not any(map(str.isalnum, text)):
        return NAVIGATION  # separators: "___", "·", "×"
    if text[0].isdigit() and _COUNT.fullmatch(text):
        return ARTICLE_INFO  # bare counts of likes, shares or comments: "214", "1.2K"
    if lower is None:
        lower = text.lower()
    core = strip_trailing_noise(lower) or lower
    index = _LABELS.index(core)
    if index is not None:
        return _LABEL_REASONS[index]
    if CREDIT_ONLY.fullmatch(core):
        return IMAGE_CREDIT
    return None


def prompt_reason(text: str, word_count: int, lower: str | None = None) -> str | None:
    """The reason a line containing a furniture phrase is set aside, else None. `lower`, if
    given, must be `text.lower()` (the parser has it)."""
    if lower is None:
        lower = text.lower()
    if ("cookie" in lower or not lower.isascii()) and is_cookie_banner(lower):
        return COOKIES
    if "\t" in text:
        return TABLE
    if text.startswith("^") and REFERENCE_LINE.match(text):
        return REFERENCES
    match = _start_match(lower)
    if match is None and word_count <= MAX_PROMPT_WORDS:
        match = _first_prompt([hint for hint in _PROMPT_HINTS if hint in lower], lower)
    elif match is None:
        tail = max(0, len(lower) - CREDIT_TAIL_CHARS)
        if has_any(lower[tail:], _CAPTION_HINTS):
            match = _CREDIT_ANYWHERE.search(lower, tail)
        if match is None:
            return _legal_notice(lower) or site_notice(lower, word_count)
    if match and match.lastgroup:
        return _PROMPT_REASONS[match.lastgroup]
    notice = site_notice(lower, word_count)  # an embed's, the comments' or the site's notice
    if notice is not None:
        return notice
    if word_count <= 7 and TOC_LINE.fullmatch(text):
        return NAVIGATION
    return None


def _start_match(lower: str) -> re.Match[str] | None:
    """The anchored phrases' match at the start of `lower` as one alternation of them all finds
    it (its first alternative to match wins: of the two patterns' matches, the earlier reason's),
    which cost every start 8 ms to compile besides the two."""
    match = _PROMPT_START_OPEN.match(lower)
    if not lower.endswith(":"):
        return match
    colon = _PROMPT_START_COLON.match(lower)
    if match is None or colon is None:
        return colon or match
    return colon if _GROUP_ORDER[str(colon.lastgroup)] < _GROUP_ORDER[str(match.lastgroup)] else match


def _first_prompt(present: list[str], lower: str) -> re.Match[str] | None:
    """The first match in `lower` of the unanchored phrases that spell out one of the hints
    `present` in it (a line holding none of a phrase's hints cannot match it).

    Each hint has its own small pattern (`_HINT_PROMPTS`); one pattern for each set of hints
    found together on a line meant a compile (some 0.5 ms) for every new set: 123 on the two
    dev sets' pages. The hints' patterns are searched apart and the one alternation's answer
    rebuilt from theirs: the leftmost match, and at that position the phrase listed first,
    which is in the group of the lowest index (the groups follow the reasons' order, each
    hint's phrases keep theirs).
    """
    best: re.Match[str] | None = None
    best_key = (0, 0)
    for hint in present:
        found = _HINT_PROMPTS[hint].search(lower)
        if found is None or found.lastgroup is None:
            continue  # (every hint has phrases: a match is always in a reason's group)
        key = (found.start(), _GROUP_ORDER[found.lastgroup])
        if best is None or key < best_key:
            best, best_key = found, key
    return best


def _legal_notice(lower: str) -> str | None:
    """A long block of sign-up small print: several prompt and legal phrases in one paragraph."""
    if not has_any(lower, _LEGAL_HINTS):
        return None
    hits = {m.group() for m in LEGAL.finditer(lower)}
    if not hits:
        return None
    hits |= {m.group() for m in _PROMPT_ANYWHERE.finditer(lower)}
    return NEWSLETTER if len(hits) >= MIN_LEGAL_HITS else None
