"""Text normalisation shared by import and anchoring: NFC, "\\n" newlines, no NUL, bounded lines.

Everything the reading view shows and every highlight offset is measured on text that went
through `normalise`, so the same file always yields the same offsets.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
import unicodedata

# A "line" longer than this is almost certainly not a paragraph a person wrote but a minified
# blob or a file without newlines; wrapping keeps block detection and the view usable.
MAX_LINE_CHARS = 10_000

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
# C0/C1 control characters other than tab and newline carry no meaning in an article.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Every character either pattern above replaces. Most texts hold none, so `normalise` first
# looks for each with `in` (a memchr-like scan in C): for a 5 KB page that is ~0.1 M
# instructions, against ~0.28 M for one regex search with a class of them all (sre tests a
# character class at ~55 instructions a character; callgrind, benchmark corpus).
_NEWLINE_OR_CONTROL = tuple(
    "\r\u2028\u2029\x85\x0b\x0c"
    + "".join(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0))))
)


def normalise(text: str) -> str:
    """Return `text` in the canonical form every parser and highlight works on.

    NFC (so "ü" is one code point whether the page used a combining mark or not), "\\n" line
    ends, NUL and other control characters dropped, non-breaking spaces kept as they are
    (they matter to quotes), and lines over MAX_LINE_CHARS wrapped at word boundaries.
    """
    text = text.lstrip("\ufeff")
    if any(map(text.__contains__, _NEWLINE_OR_CONTROL)):
        text = _NEWLINES.sub("\n", text)
        text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if len(text) > MAX_LINE_CHARS and any(len(line) > MAX_LINE_CHARS for line in text.split("\n")):
        text = "\n".join(_wrap_long(line) for line in text.split("\n"))
    return text


def _wrap_long(line: str) -> str:
    if len(line) <= MAX_LINE_CHARS:
        return line
    return "\n".join(
        textwrap.wrap(
            line,
            width=MAX_LINE_CHARS,
            break_long_words=True,
            break_on_hyphens=False,
            replace_whitespace=False,
            drop_whitespace=False,
        )
    )


def text_hash(text: str) -> str:
    """The fingerprint of a reading text: what a highlight records as "the text I was made on"."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Every character `str.split()` splits at (`str.isspace`) but the space itself: a test checks
# the list against all of Unicode.
_OTHER_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def single_spaced(text: str) -> str:
    """`" ".join(text.split())` without a Python string per word: every other white-space
    character becomes a space (each looked for with `in` first; most are absent), runs of
    spaces become one, the ends are stripped. Splitting a 5 KB article into words and joining
    them cost 0.47 M instructions, this 0.19 M (callgrind, benchmark corpus)."""
    for space in _OTHER_SPACES:
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip(" ")


_ASCII_BYTES = bytes(range(128))


def casefold_utf8(text: str) -> bytes:
    """`text.casefold().encode("utf-8")`, the cheap way for text that is mostly ASCII.

    `str.casefold` of a text with a single non-ASCII character looks every character up in
    Unicode's tables (0.33 M instructions for a 5 KB article; this takes half). Folding is
    per character and without context, so it can be done on the UTF-8 bytes: `bytes.lower`
    folds the ASCII letters, then each distinct other character that folds to something else
    is replaced by its folded bytes. A character's bytes are never found across another's
    boundary, and a folded character folds to itself, so no replacement undoes another.
    """
    encoded = text.encode("utf-8")
    folded = encoded.lower()
    if not text.isascii():
        for char in set(encoded.translate(None, _ASCII_BYTES).decode("utf-8")):
            char_folded = char.casefold()
            if char_folded != char:
                folded = folded.replace(char.encode("utf-8"), char_folded.encode("utf-8"))
    return folded


def without_accents(text: str) -> str:
    """`text` without its accents and marks, as English news and keyboards without them write
    it ("Reykjavík" → "Reykjavik", "Düsseldorf" → "Dusseldorf", "Al Fallūjah")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# What opens a title before its first letter or digit: quotes, brackets, dashes, "+++", "…".
_LEADING_MARKS = re.compile(r"^[\W_]+")
# The combining marks NFKD splits off a letter ("Ö" → "O" and a diaeresis): the blocks of
# combining diacritics. One substitution, because `sort_key` runs for every row a sorted list
# reads: `without_accents`' character-by-character test took 98 ms for 10,000 German titles,
# this 28 ms.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def sort_key(text: str | None) -> str | None:
    """Where `text` (a title, an outlet, an author, a tag) goes in a list sorted A–Z, where a
    reader looks for it: in any case, an umlaut or accent with its plain letter, as German
    dictionaries file it ("Ölpreis" among the O's — SQLite's NOCASE folds only A–Z and put it
    after every Z), and past its opening quotes and marks ("‘We had some issues,’" among the
    W's, not after them all). A text of marks alone keeps them."""
    if text is None:
        return None
    folded = text.casefold()
    if not folded.isascii():
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    if folded[:1].isalnum():
        return folded
    return _LEADING_MARKS.sub("", folded, count=1) or folded


def name_key(name: str) -> str:
    """What makes two names of the user's (a briefing's, a saved search's) the same one: any
    spacing, any case — beyond A–Z, which is all SQLite's NOCASE folds ("Öl-Markt" and
    "öl-markt" were two briefings) — and either form of an umlaut (NFC)."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def fold_case(text: str) -> str:
    """`text` as the library's word filters compare it, any case: Unicode case folding, so
    "über" finds "Über" and "strasse" finds "Straße" (SQLite's LIKE and NOCASE fold A–Z only),
    and the Turkish dotted "İ" taken for a plain "I": folded it is "i" and a combining dot,
    and "istanbul" found no "İstanbul", "ilkay" no "İlkay Gündoğan". The dotless "ı" stays a
    letter of its own, as in the folding."""
    return text.replace("İ", "I").casefold()
