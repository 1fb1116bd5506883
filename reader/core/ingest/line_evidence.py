"""What one line of a page says by itself, before its neighbours are read: sentence marks,
commas, digits, capitals, links, separators, a date, a headline's shape, a headline glued to
its teaser.

It is its own module because it is the per-line half of the body model's evidence
(`region.features` adds the page-level and neighbour features): it depends only on the line's
text and word count, which is why it is cached per line (a site's furniture recurs from page
to page), and its fast paths for ASCII and printable lines stay beside the patterns they
stand in for.
"""

from __future__ import annotations

import math
import re
import string
from functools import lru_cache

from reader.core.ingest import phrases
from reader.core.ingest.shape import headline_shaped

# Sentence marks inside a line (a full stop before a space, or a CJK mark anywhere).
_INNER_SENTENCE = re.compile(r"[.!?;](?=\s)|[。！？]")
_COMMAS = (",", "、", "，", "،")
_SEPARATORS = ("|", "›", "»", " / ", " • ", " · ")
_SEPARATORS_ASCII = tuple(s for s in _SEPARATORS if s.isascii())
_DIGIT = re.compile("[0-9]")
# In a line whose only white space is " " (most lines: `str.isprintable`), the same counts
# by cheaper means: marks before a space, and capitals after one (a literal-led pattern,
# which the regex engine finds by a fast scan instead of trying every position).
_INNER_MARKS = (". ", "! ", "? ", "; ", "。", "！", "？")
_INNER_MARKS_ASCII = tuple(m for m in _INNER_MARKS if m.isascii())
# Upper-case letters of the scripts that have them (Latin, Greek, Cyrillic), and words that
# start with one.
_UPPER_CLASS = "[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]"
_UPPER = re.compile(_UPPER_CLASS)
_CAPITALISED = re.compile("(?<!\\S)" + _UPPER_CLASS)
_SPACED_CAPITAL = re.compile(" " + _UPPER_CLASS)
_HEAD_CHARS = 200
# ASCII capitals and digits, deleted from an ASCII line's bytes to count them (a C loop
# instead of a list of regex matches).
_ASCII_UPPER = string.ascii_uppercase.encode()
_ASCII_DIGITS = string.digits.encode()
# A date or a time in a short line: comment headers, teaser lists, archive links ("12.3.2020",
# "05/06/21", "1999", "12:30", each a whole word). Every form starts with a digit, so the
# pattern does too, and the word boundary before it is looked back at: the engine then jumps
# from digit to digit instead of trying three alternatives at every position (2.7x faster).
_DATE_LIKE = re.compile(
    r"\d(?<!\w\d)(?:\d?[./-]\s?\d{1,2}[./-]\s?(?:\d{4}|\d{2})\b|\d\d\d\b(?<=(?:19|20)\d\d)|\d?:\d\d\b)"
)
_DATED_MAX_WORDS = 15
# A headline glued to its teaser in a copied card ("…Student-AthleteA 24-year-old woman…"):
# a lower-case word running into a capital that starts the next sentence. The capital is
# matched first and the letters before it looked back at: the engine then skips every
# position but a capital's, instead of matching three letters at each one (half the cost).
_GLUED = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])(?:[a-z]+ |\d| )")
# Lines remembered by `line_evidence`: a site's furniture recurs from page to page.
_LINE_CACHE = 8192


@lru_cache(maxsize=_LINE_CACHE)
def line_evidence(text: str, n_words: int) -> tuple[float, ...]:
    """What a line says by itself: inner sentence marks, commas, digits, capitalised words,
    links, separators, capitals, whether it is a heading that ends the article, and whether
    it is a short line with a date or a time in it, whether it has a headline's shape, and
    whether a headline runs into its teaser ("…AthleteA 24-year-old").

    Digits and capitals are counted in the line's first characters only, which tell a menu or
    a headline from a sentence as well as the whole line does, at a bounded cost.
    """
    head = text[:_HEAD_CHARS]
    size = len(head)
    head_words = head.count(" ") + 1
    # In an ASCII line (`isascii` is a flag test, no scan) the non-ASCII marks, commas and
    # separators cannot occur: only the ASCII ones are counted.
    ascii_only = text.isascii()
    if text.isprintable():
        inner = sum(map(text.count, _INNER_MARKS_ASCII if ascii_only else _INNER_MARKS))
        capitalised = len(_SPACED_CAPITAL.findall(head)) + (1 if _UPPER.match(head) else 0)
    else:
        inner = len(_INNER_SENTENCE.findall(text))
        capitalised = len(_CAPITALISED.findall(head))
    if ascii_only:
        raw = head.encode()
        upper = size - len(raw.translate(None, _ASCII_UPPER))
        digits = size - len(raw.translate(None, _ASCII_DIGITS))
    else:
        upper = len(_UPPER.findall(head))
        digits = len(_DIGIT.findall(head))
    commas = text.count(",") if ascii_only else sum(map(text.count, _COMMAS))
    separators = sum(map(text.count, _SEPARATORS_ASCII if ascii_only else _SEPARATORS))
    # Every date or time has a digit (`\d` also takes other scripts' digits: only an ASCII
    # line without an ASCII digit is known to have none).
    dated = n_words <= _DATED_MAX_WORDS and (digits or not ascii_only) and _DATE_LIKE.search(head)
    return (
        math.log1p(inner),
        min(1.0, 5.0 * commas / (n_words or 1)),
        digits / size,
        capitalised / head_words,
        1.0 if ("http" in text or "www." in text or "@" in text) else 0.0,
        min(3, separators) / 3,
        upper / ((size - head_words + 1) or 1),
        1.0 if phrases.is_section_end(text) else 0.0,
        1.0 if dated else 0.0,
        1.0 if headline_shaped(text, n_words) else 0.0,
        1.0 if _GLUED.search(text, 0, _HEAD_CHARS) else 0.0,
    )
