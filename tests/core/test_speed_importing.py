"""The importing process's and a worker's shortcuts beyond the parse give exactly the answers of
the code they replaced: a block list's JSON (`json.dumps`), a text's shingles (a regex over the
folded text). Each old way is written out here and compared on generated input."""

from __future__ import annotations

import json
import re
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.ingest import Block, BlockKind, BlockRole, blocks_to_json
from reader.core.revisions.matching import shingles

_SLOW = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
# Characters that matter: JSON escapes, white space of every kind, letters that fold to
# several (ß, ﬁ, İ), word characters that are no letters (_ ², digits), lone surrogates.
_PIECES = [
    '"', "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "\u2028", "\ud800", " ", "\xa0", "\u3000",
    "a", "Ab", "ß", "ẞ", "ﬁ", "İ", "ΣΑΣ", "ς", "Ärger", "東京", "_", "²", "42", "3,5", "-", "’", "…",
]  # fmt: skip
_TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.text(max_size=60))


def _dumped(blocks: list[Block]) -> str:
    return json.dumps([b.to_json() for b in blocks], ensure_ascii=False, separators=(",", ":"))


_BLOCKS = st.lists(
    st.builds(
        Block,
        st.sampled_from([*BlockKind, "paragraph"]),
        _TEXTS,
        st.sampled_from([*BlockRole, "body"]),
        st.one_of(st.none(), st.just(""), _TEXTS),
    ),
    max_size=6,
)


@_SLOW
@given(_BLOCKS)
@example([Block(BlockKind.HEADING, 'Ein "Zitat" \\ und\x01', BlockRole.BOILERPLATE, "caption\n")])
def test_blocks_json_is_what_json_dumps_writes(blocks: list[Block]) -> None:
    assert blocks_to_json(blocks) == _dumped(blocks)


def test_blocks_json_by_hand() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, "Größe „A“"), Block(BlockKind.HEADING, "x", BlockRole.BOILERPLATE, "ad")]
    assert blocks_to_json(blocks) == (
        '[{"kind":"paragraph","text":"Größe „A“","role":"body"},'
        '{"kind":"heading","text":"x","role":"boilerplate","reason":"ad"}]'
    )
    assert blocks_to_json([]) == "[]"


_WORD = re.compile(r"\w+")


def _slow_shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < 5:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(hash(tuple(words[i : i + 5])) for i in range(len(words) - 4))


@_SLOW
@given(_TEXTS)
@example("Die STRASSE  ist\u2009nass_und ²kalt; Straße\nİstanbul ﬁsch")
def test_shingles_are_those_of_the_folded_texts_words(text: str) -> None:
    assert shingles(text) == _slow_shingles(text)
    assert shingles(text * 3) == _slow_shingles(text * 3)


def test_no_white_space_folds_into_a_word_nor_a_word_character_into_white_space() -> None:
    # What lets `shingles` fold and split by white-space chunks: words never span a space.
    characters = list(map(chr, range(sys.maxunicode + 1)))
    assert not [c for c in characters if c.isspace() and _WORD.search(c.casefold())]
    assert not [c for c in characters if not c.isspace() and any(map(str.isspace, c.casefold()))]
