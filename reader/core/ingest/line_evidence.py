"""What one line of a page says by itself, before its neighbours are read: sentence marks,
commas, digits, capitals, links, separators, and whether it ends the article's section.

It is its own module because it is the per-line half of the body model's evidence
(`region.features` adds the page-level and neighbour features): it depends only on the line's
text and word count, which is why it is cached per line (a site's furniture recurs from page
to page), and its fast paths for ASCII, Latin-1 and printable lines stay beside the patterns
they stand in for.
"""

from __future__ import annotations

import math
import re
import string
from functools import lru_cache

from reader.core.ingest import phrases

# Sentence marks inside a line (a full stop before a space, or a CJK mark or another script's
# full stop anywhere: the Devanagari danda, the Arabic question mark and Urdu full stop, the
# Armenian, Ethiopic, Burmese and Khmer full stops).
_INNER_SENTENCE = re.compile(r"[.!?;](?=\s)|[。！？।؟۔։።။។]")
# The same in a line whose only white space is " " (most lines: `str.isprintable`), where the
# look-ahead is a plain space: the ASCII marks before a space, found by one regex scan (a
# third of the time of a `count` per mark on the bench lines), and the CJK marks counted
# apart (1.4 µs a non-ASCII line against 2.5 for one regex of both, which has no literal to
# scan for; no match of one overlaps a match of the other).
_INNER_SPACED_ASCII = re.compile(r"[.!?;] ")
_CJK_MARKS = ("。", "！", "？", "।", "؟", "۔", "։", "።", "။", "។")
_COMMAS = (",", "、", "，", "،")
_SEPARATORS = ("|", "›", "»", " / ", " • ", " · ")
# Upper-case letters of the scripts that have them (Latin, Greek, Cyrillic), and words that
# start with one.
_UPPER_CLASS = "[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]"
_UPPER = re.compile(_UPPER_CLASS)
_CAPITALISED = re.compile("(?<!\\S)" + _UPPER_CLASS)
# In a printable line capitals are counted after a space (a literal-led pattern, which the
# regex engine finds by a fast scan instead of trying every position).
_SPACED_CAPITAL = re.compile(" " + _UPPER_CLASS)
_HEAD_CHARS = 200
# ASCII digits, deleted from a line's bytes to count them (a C loop instead of a list of
# regex matches).
_ASCII_DIGITS = string.digits.encode()
# A Latin-1 head's bytes (ASCII is Latin-1 too) translated to their classes: "U" a capital
# (`_UPPER_CLASS`'s letters of Latin-1: A-Z, À-Ö, Ø-Þ), "D" a digit, " " a space, "x" anything
# else. One translation in C, then capitals, digits and capitals after a space are plain
# counts where `_UPPER` and `_SPACED_CAPITAL` built lists of matches.
_CLASSES = bytes(
    ord("U") if chr(b) in string.ascii_uppercase or "À" <= chr(b) <= "Ö" or "Ø" <= chr(b) <= "Þ"
    else ord("D") if chr(b) in string.digits
    else b if b == ord(" ")
    else ord("x")
    for b in range(256)
)  # fmt: skip
# Lines remembered by `line_evidence`: a site's furniture recurs from page to page.
_LINE_CACHE = 8192


def has_address(text: str) -> bool:
    """The line holds a web or mail address."""
    return "http" in text or "www." in text or "@" in text


@lru_cache(maxsize=_LINE_CACHE)
def line_evidence(text: str, n_words: int) -> tuple[float, ...]:
    """What a line says by itself: inner sentence marks, commas, digits, capitalised words,
    links, separators, capitals, and whether it is a heading that ends the article.

    Digits and capitals are counted in the line's first characters only, which tell a menu or
    a headline from a sentence as well as the whole line does, at a bounded cost.
    """
    head = text[:_HEAD_CHARS]
    size = len(head)
    head_words = head.count(" ") + 1
    printable = text.isprintable()
    # The head's digits and capitals: from its bytes' classes when the head is Latin-1 (every
    # ASCII line, and most German and many other lines: three in four of the bench's and the
    # German dev set's non-ASCII heads), which counts them as the regexes would, at a fraction
    # of their cost. Encoding drops what Latin-1 lacks, so a shorter result means the regexes.
    latin = head.encode("latin-1", "ignore")
    if len(latin) == size:
        classes = latin.translate(_CLASSES)
        digits = classes.count(b"D")
        upper = classes.count(b"U")
        if printable:
            capitalised = classes.count(b" U") + (1 if classes[:1] == b"U" else 0)
        else:
            capitalised = len(_CAPITALISED.findall(head))
    else:
        if printable:
            capitalised = len(_SPACED_CAPITAL.findall(head)) + (1 if _UPPER.match(head) else 0)
        else:
            capitalised = len(_CAPITALISED.findall(head))
        # Digits are counted in the line's UTF-8 bytes, where no other character has an
        # ASCII byte.
        raw = head.encode()
        digits = len(raw) - len(raw.translate(None, _ASCII_DIGITS))
        upper = len(_UPPER.findall(head))
    # In an ASCII line (`isascii` is a flag test, no scan) the non-ASCII marks, commas and
    # separators cannot occur: only the ASCII ones are counted.
    if text.isascii():
        inner = len((_INNER_SPACED_ASCII if printable else _INNER_SENTENCE).findall(text))
        commas = text.count(",")
        separators = text.count("|") + text.count(" / ")
    else:
        if printable:
            inner = len(_INNER_SPACED_ASCII.findall(text)) + sum(map(text.count, _CJK_MARKS))
        else:
            inner = len(_INNER_SENTENCE.findall(text))
        commas = sum(map(text.count, _COMMAS))
        separators = sum(map(text.count, _SEPARATORS))
    return (
        math.log1p(inner),
        min(1.0, 5.0 * commas / (n_words or 1)),
        digits / size,
        capitalised / head_words,
        1.0 if has_address(text) else 0.0,
        min(3, separators) / 3,
        upper / ((size - head_words + 1) or 1),
        1.0 if phrases.is_section_end(text) else 0.0,
    )
