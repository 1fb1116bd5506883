"""The importing process's and a worker's shortcuts beyond the parse give exactly the answers of
the code they replaced: a block list's JSON (`json.dumps`), a text's shingles (a regex over the
folded text), a stored profile's shared keys and weights (a dict comprehension), grouping's
norms and term similarity (generators over the keys). Each old way is written out here and
compared on generated input, floats bit for bit."""

from __future__ import annotations

import json
import math
import random
import re
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.ingest import Block, BlockKind, BlockRole, blocks_to_json
from reader.core.revisions.matching import shingles
from reader.core.stories import Profile
from reader.core.stories.grouping import DATE_NAMES, Similarity, Weights
from reader.core.stories.profile import _FLOATS, _shared

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


def _slow_shared(data: dict[str, object]) -> dict[str, object]:
    return {sys.intern(k): _FLOATS.setdefault(v, v) if type(v) is float else v for k, v in data.items()}


_VALUES = st.one_of(st.floats(), st.sampled_from([0.0, -0.0, 1.5, 2.0]), st.integers(-3, 3), st.text(max_size=3))


@_SLOW
@given(st.dictionaries(st.text(max_size=4), st.floats(allow_nan=False)), st.dictionaries(st.text(max_size=4), _VALUES))
def test_a_decoded_profile_shares_keys_and_weights_as_before(floats: dict[str, float], mixed: dict[str, object]) -> None:
    for data in (floats, mixed):
        fast, slow = _shared(dict(data)), _slow_shared(dict(data))
        assert list(fast.items()) == list(slow.items())
        # The same objects: keys interned, floats the shared ones (-0.0 may be 0.0, as before).
        assert all(a is b for a, b in zip(fast, slow, strict=True))
        assert all(a is b for a, b in zip(fast.values(), slow.values(), strict=True) if type(a) is float)


def _profiles(seed: int) -> list[Profile]:
    rnd = random.Random(seed)
    words = [f"wort{i}" for i in range(30)]
    names = [f"name{i}" for i in range(20)] + sorted(DATE_NAMES)[:4]
    return [
        Profile(
            source_id, 739_000 + rnd.randrange(5),
            {w: rnd.uniform(0.1, 9) for w in rnd.sample(words, rnd.randrange(0, 12))},
            {n: rnd.choice([1.0, 1.37, 2.5, 3.0, rnd.uniform(1, 4)]) for n in rnd.sample(names, rnd.randrange(0, 8))},
        )
        for source_id in range(1, 40)
    ]  # fmt: skip


def _slow_norms(similar: Similarity, p: Profile) -> tuple[float, float]:
    idf, names_idf, unseen = similar._term_idf, similar._name_idf, similar._unseen
    vec = (w * idf.get(t, unseen) for t, w in p.terms.items())
    norm = math.sqrt(sum(v * v for v in vec)) or 1.0
    total = sum(r * r * names_idf.get(n, unseen) for n, r in p.names.items() if n not in DATE_NAMES)
    return norm, total


def _slow_cosine(similar: Similarity, a: Profile, b: Profile) -> float:
    (na, _), (nb, _) = _slow_norms(similar, a), _slow_norms(similar, b)
    ta, tb, idf, unseen = a.terms, b.terms, similar._term_idf, similar._unseen
    return math.fsum((ta[t] * (i := idf.get(t, unseen)) / na) * (tb[t] * i / nb) for t in ta.keys() & tb.keys())


def test_norms_and_term_similarity_are_the_generators_bit_for_bit() -> None:
    for seed in range(30):
        profiles = _profiles(seed)
        # Weights counted over some of them: others' keys are unseen (idf of df 0).
        similar = Similarity(profiles, Weights.of(profiles[::2]))
        for a in profiles:
            assert similar._norms_of(a) == _slow_norms(similar, a), seed
            for b in profiles[:10]:
                assert similar._evidence(a, b)[0] == _slow_cosine(similar, a, b), (seed, a.source_id, b.source_id)
