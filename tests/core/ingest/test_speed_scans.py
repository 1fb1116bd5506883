"""Scans made cheaper for speed find what the patterns they replace find.

Each fast way is checked against the pattern or count it stands in for (the slow way), on
text built from the characters that matter to it; expected values of the hand-made cases
are counted by hand.
"""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.ingest import line_evidence, plaintext
from reader.core.ingest.language import WORD, lower_words

# A busy machine is no failure; more examples than the default for the rarer joins.
_SLOW = settings(deadline=None, max_examples=500, suppress_health_check=[HealthCheck.too_slow])


def test_the_direction_marks_looked_for_are_those_the_pattern_removes() -> None:
    """`read_page` looks for each mark with `in` before the pattern removes them all."""
    by_pattern = {chr(c) for c in range(0x10000) if plaintext._BIDI_MARKS.match(chr(c))}
    assert set(plaintext._BIDI_MARK_CHARS) == by_pattern


def test_a_direction_mark_is_removed_from_the_page() -> None:
    page = "Überschrift\n\n\u200f15 במרץ 2024\u200f\n\nDer Text des Artikels steht hier."
    segments = plaintext.read_page(page)[0].segments
    assert "15 במרץ 2024" in [s.text for s in segments]
    assert not any(re.search("[\u200e\u200f]", s.text) for s in segments)


# Pieces that matter to a line's evidence: ASCII, Latin-1, Greek and Cyrillic capitals and
# small letters, digits, the sentence marks before a space or not, CJK marks, commas,
# separators with and without their spaces, quotes beyond Latin-1, a tab.
_EVIDENCE_PIECES = [
    "Ab", "cd", "ÄÖ", "øþ", "Ωω", "Жж", "Ё", "42", " ", ". ", "! ", "? ", "; ", ".", "?",
    "。", "！", "、", "，", "،", ",", "|", "›", "»", " / ", " • ", " · ", "•", "·", "„", "“",
    "–", "\t", "\xa0", "\xad", "×",
]  # fmt: skip
# Lines of all the pieces, of the Latin-1 ones and of the ASCII ones: each way gets lines.
_EVIDENCE_LINES = st.one_of(
    *(
        st.lists(st.sampled_from(pieces), min_size=1, max_size=150).map("".join)
        for pieces in (
            _EVIDENCE_PIECES,
            [p for p in _EVIDENCE_PIECES if p.encode("latin-1", "ignore").decode("latin-1") == p],
            [p for p in _EVIDENCE_PIECES if p.isascii()],
        )
    )
)
_UPPER = re.compile("[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]")
_CAPITALISED = re.compile("(?<!\\S)[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]")


@_SLOW
@given(_EVIDENCE_LINES, st.integers(min_value=0, max_value=30))
@example("Ä" * 300, 1)  # the head is the first 200 characters in every way
@example("Ω" * 300, 1)
@example("4" * 300, 1)
def test_line_evidence_counts_what_the_patterns_count(text: str, n_words: int) -> None:
    """Whichever way a line takes (ASCII, Latin-1, wider; printable or not), its evidence is
    what the definitions give: sentence marks before white space and CJK marks anywhere,
    every comma and separator, and the head's digits, capitals and capitalised words."""
    found = line_evidence.line_evidence.__wrapped__(text, n_words)
    head = text[:200]
    inner = len(re.findall(r"[.!?;](?=\s)|[。！？।؟۔։።။។]", text))
    commas = sum(text.count(c) for c in (",", "、", "，", "،"))
    separators = sum(text.count(s) for s in ("|", "›", "»", " / ", " • ", " · "))
    digits = sum(c in "0123456789" for c in head)
    expected = (
        math.log1p(inner),
        min(1.0, 5.0 * commas / (n_words or 1)),
        digits / len(head),
        len(_CAPITALISED.findall(head)) / (head.count(" ") + 1),
        found[4],  # an address: no fast way
        min(3, separators) / 3,
        len(_UPPER.findall(head)) / ((len(head) - head.count(" ")) or 1),
        found[7],  # a section end: no fast way
    )
    assert found == expected


# Latin-1 pieces that matter to the word rules: letters (accented, and the ones WORD takes
# though they are no letters to a reader: ª µ º ² ¼), the joiners, what is no letter (× ÷ ¿ «
# and the no-break space), digits and punctuation.
_LATIN_PIECES = [
    "ab", "äöü", "ßé", "ÿ", "ª", "µ", "º", "²", "¼", "×", "÷", "¿", "«", "»", "\xa0", "\xad",
    "-", "'", "a-b", "c'd", "_", "09", " ", ".", ",", "\t",
]  # fmt: skip


@_SLOW
@given(st.lists(st.sampled_from(_LATIN_PIECES), max_size=24).map("".join))
def test_latin_words_are_the_word_pattern_s(text: str) -> None:
    """A Latin-1 line's words, read from its bytes, are `WORD.findall`'s."""
    assert lower_words(text) == WORD.findall(text)


def test_latin_words() -> None:
    line = "bürger-meister's straße × ²-fach «zitat» ½ à-la-carte"
    found = ["bürger-meister's", "straße", "²-fach", "zitat", "½", "à-la-carte"]
    assert lower_words(line) == found
