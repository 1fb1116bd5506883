"""Web addresses as a reader reads them: `…/wiki/München`, not `…/wiki/M%C3%BCnchen`.

A browser's address bar shows an address's percent-encoded letters decoded; the window showed
them raw, so a German or Japanese address read as a row of codes. `readable` is only for
showing: a link's target, an export and the metadata field keep the address exactly as stored.

Only what decodes to a visible letter is decoded. An encoded ASCII character stays encoded
(`%20`, `%2F`, `%3F`, `%25` are encoded because the plain character would mean something else
in the address), and so does whatever would hide or fake part of it: spaces, invisible and
direction-changing characters, lookalikes of `/`, `?` and `#`, and bytes that are no UTF-8.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_ENCODED_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Letters that look like the characters that divide an address ("／" for "/"): decoded, an
# address could pass for another one. Browsers keep them encoded for that reason too.
_LOOKALIKES = frozenset("\u2044\u2215\u29f8\uff0f\u2047\u2048\u2049\uff1f\uff03\ufe5f\u0338\u2afd\u2024\uff0e\u3002")
# Unicode categories that draw nothing or change what is drawn around them.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
# A URL in running text, as the reading view links it: up to the first space or bracket.
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'»“”]+[^\s<>\"'»“”.,;:!?)\]]")


def readable(address: str) -> str:
    """`address` with its percent-encoded letters decoded where that changes nothing it means."""
    if "%" not in address:
        return address
    pieces, at = [], 0
    for start, end, letter in letters(address):
        pieces += [address[at:start], letter]
        at = end
    return "".join(pieces) + address[at:]


def readable_in_text(text: str) -> str:
    """`text` with every web address in it made `readable` (a note's bare or linked address)."""
    if "%" not in text:
        return text
    return URL_IN_TEXT.sub(lambda found: readable(found.group(0)), text)


def letters(address: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter): each run of codes in `address` that `readable` shows as one letter,
    in order; for a caller that must move positions in the text along (a search hit's span)."""
    for found in _ENCODED_RUN.finditer(address):
        raw = bytes.fromhex(found.group(0).replace("%", ""))
        at = 0
        while at < len(raw):
            size = _sequence_length(raw[at])
            letter = _letter(raw[at : at + size]) if size > 1 else None
            if letter is None:
                size = 1  # ASCII, or not UTF-8: this byte stays as it was written
            else:
                yield found.start() + 3 * at, found.start() + 3 * (at + size), letter
            at += size


def _sequence_length(first: int) -> int:
    """How many bytes a UTF-8 sequence starting with `first` takes (1 for ASCII or no start)."""
    if 0xC2 <= first <= 0xDF:
        return 2
    if 0xE0 <= first <= 0xEF:
        return 3
    if 0xF0 <= first <= 0xF4:
        return 4
    return 1


def _letter(sequence: bytes) -> str | None:
    """The character `sequence` encodes, if it is one and safe to show; else None."""
    try:
        letter = sequence.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(letter) != 1 or letter in _LOOKALIKES or unicodedata.category(letter) in _HIDDEN:
        return None
    return letter
