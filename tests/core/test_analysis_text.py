"""`normalise` skips its substitutions only for texts that need none.

It first looks for the characters its two substitutions replace and leaves a text without any
of them alone. The reference below always substitutes, with the rule spelled out here: line
breaks of every kind ("\\r\\n", "\\r", U+2028, U+2029, NEL, VT, FF) become "\\n"; C0 and C1 control
characters other than tab and newline are dropped; then NFC.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text import normalise

_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _reference(text: str) -> str:
    return unicodedata.normalize("NFC", _CONTROLS.sub("", _BREAKS.sub("\n", text.lstrip("\ufeff"))))


def test_every_character_below_u3000_alone_in_a_text() -> None:
    for code in range(0x3000):
        text = f"Zeile eins{chr(code)}zwei „drei“"
        assert normalise(text) == _reference(text), hex(code)


_ALPHABET = st.sampled_from(
    [*map(chr, range(0xA0)), "\u2028", "\u2029", "\u00a0", "\ufeff", "ü", "u\u0308", "„", "“", "中", "a", " "]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_normalise_is_the_reference(text: str) -> None:
    assert normalise(text) == _reference(text)
