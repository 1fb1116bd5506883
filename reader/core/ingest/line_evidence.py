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
# In a line whose only white space is " " (most lines: `str.isprintable`) the look-ahead is a
# plain space: the ASCII marks before a space are counted in the line's UTF-8 bytes with each
# mark made a full stop (one translation and one count in C, a fifth of a regex scan's cost),
# and the CJK marks among the line's characters beyond ASCII (no match of one overlaps a match
# of the other).
_MARKS_AS_STOPS = bytes(ord(".") if chr(b) in ".!?;" else b for b in range(256))
_CJK_MARKS = ("。", "！", "？", "।", "؟", "۔", "։", "።", "။", "។")
# Commas and separators: the ASCII ones (and the separators with spaces) counted in the line,
# the others in its characters beyond ASCII, which are few in most lines (a scan of a line
# with one quote mark beyond Latin-1 costs seven instructions a character, callgrind).
_WIDE_COMMAS = ("、", "，", "،")
_WIDE_SEPARATORS = ("›", "»")
# Upper-case letters of the scripts that have them (Latin, Greek, Cyrillic), and words that
# start with one.
_UPPER_CLASS = "[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]"
_UPPER = re.compile(_UPPER_CLASS)
_CAPITALISED = re.compile("(?<!\\S)" + _UPPER_CLASS)
# In a printable line capitals are counted after a space (a literal-led pattern, which the
# regex engine finds by a fast scan instead of trying every position).
_SPACED_CAPITAL = re.compile(" " + _UPPER_CLASS)
# The capitals of `_UPPER_CLASS` beyond Latin-1 (Greek, Cyrillic).
_WIDE_UPPER = re.compile("[Α-ΩА-ЯЁ]")
_HEAD_CHARS = 200
# ASCII digits, deleted from a line's bytes to count them (a C loop instead of a list of
# regex matches).
_ASCII_DIGITS = string.digits.encode()
# Every ASCII byte: deleted from a line's bytes, they leave its characters beyond ASCII.
_ASCII_BYTES = bytes(range(128))
# The Latin-1 characters `str.isprintable` takes for printable, as bytes.
_PRINTABLE_LATIN = bytes(b for b in range(256) if chr(b).isprintable())
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


def is_bare_address(text: str) -> bool:
    """The line is a web or mail address alone: a note's link, pasted as it is."""
    return len(text.split()) == 1 and has_address(text)


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
    # The line's bytes (ASCII or Latin-1 where it fits, a copy in C; else UTF-8, which costs
    # several instructions a character), and its characters beyond ASCII (none in an ASCII
    # line, which `isascii`, a flag test, tells; a few quotes, dashes and accented letters in
    # most other lines): the marks, commas and separators beyond ASCII are counted among
    # those. No character beyond ASCII has an ASCII byte in either encoding.
    wide = ""
    latin = True
    if text.isascii():
        raw = text.encode()
        # As for Latin-1 below: deleting the printable bytes costs half of `str.isprintable`.
        printable = not raw.translate(None, _PRINTABLE_LATIN)
    else:
        raw = text.encode("latin-1", "ignore")
        if len(raw) == len(text):
            wide = raw.translate(None, _ASCII_BYTES).decode("latin-1")
            # `str.isprintable` tests each character (25 instructions each of a Latin-1
            # line): the line is printable when deleting its printable bytes leaves none.
            printable = not raw.translate(None, _PRINTABLE_LATIN)
        else:
            latin = False
            raw = text.encode("utf-8", "surrogatepass")
            wide = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
            printable = text.isprintable()
    # The head's digits and capitals from its bytes' classes (Latin-1, its other characters
    # encoded as "?", which is no capital, digit or space), which counts them as the regexes
    # would at a fraction of their cost, unless the line has a Greek or Cyrillic capital.
    if latin or _WIDE_UPPER.search(wide) is None:
        latin_head = raw[:_HEAD_CHARS] if latin else head.encode("latin-1", "replace")
        classes = latin_head.translate(_CLASSES)
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
        head_raw = head.encode()
        digits = len(head_raw) - len(head_raw.translate(None, _ASCII_DIGITS))
        upper = len(_UPPER.findall(head))
    if printable:
        inner = raw.translate(_MARKS_AS_STOPS).count(b". ")
        if wide:
            inner += sum(map(wide.count, _CJK_MARKS))
    else:
        inner = len(_INNER_SENTENCE.findall(text))
    commas = text.count(",")
    separators = text.count("|") + text.count(" / ")
    if wide:
        commas += sum(map(wide.count, _WIDE_COMMAS))
        separators += sum(map(wide.count, _WIDE_SEPARATORS))
        if "•" in wide:
            separators += text.count(" • ")
        if "·" in wide:
            separators += text.count(" · ")
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
