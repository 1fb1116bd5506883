"""Grouping's fast paths give what their definitions say: candidate pairs are every two dated
profiles within MAX_DAYS sharing a key, and a date name never counts as a name in common."""

from __future__ import annotations

import math
import random

from reader.core.stories import Profile
from reader.core.stories.grouping import MAX_DAYS, Similarity, Weights, candidate_pairs


def _random_profiles(seed: int) -> list[Profile]:
    rnd = random.Random(seed)
    words = [f"wort{i}" for i in range(40)]
    names = [f"name{i}" for i in range(25)]
    profiles = []
    for source_id in rnd.sample(range(1, 500), 60):  # ids not in day order
        day = None if rnd.random() < 0.1 else 739_000 + rnd.randrange(40)
        terms = {w: round(rnd.uniform(0.5, 4), 2) for w in rnd.sample(words, rnd.randrange(1, 8))}
        found = {n: round(rnd.uniform(1, 4), 2) for n in rnd.sample(names, rnd.randrange(0, 4))}
        profiles.append(Profile(source_id, day, terms, found))
    return profiles


def test_candidate_pairs_are_the_near_dated_profiles_sharing_a_key() -> None:
    for seed in range(20):
        profiles = _random_profiles(seed)
        dated = [p for p in profiles if p.day is not None]
        expected = {
            (min(a.source_id, b.source_id), max(a.source_id, b.source_id))
            for i, a in enumerate(dated)
            for b in dated[i + 1 :]
            if a.day is not None and b.day is not None and abs(a.day - b.day) <= MAX_DAYS
            and (a.terms.keys() & b.terms.keys() or a.names.keys() & b.names.keys())
        }  # fmt: skip
        pairs, _near = candidate_pairs(profiles, Weights.of(profiles))
        assert pairs == expected, seed


def test_date_names_are_no_names_in_common() -> None:
    weights = Weights(10, names={"tokio": 1, "takaichi": 1, "montag": 4})
    a = Profile(1, 739_000, {}, {"tokio": 2.0, "montag": 1.0, "takaichi": 3.0})
    b = Profile(2, 739_001, {}, {"tokio": 2.0, "montag": 1.0})
    c = Profile(3, 739_001, {}, {"tokio": 2.0, "montag": 1.0, "takaichi": 3.0, "trump": 1.5})
    similar = Similarity([a, b, c], weights)
    # a and b share "tokio" and "montag": one name, too few.
    assert similar._evidence(a, b)[1:] == (None, set())
    # a and c share two names besides the day: their squared rarities times idf, over the
    # geometric mean of both totals (date names left out of those too).
    idf, unseen = math.log(60 / 1.5), math.log(60 / 0.5)
    total_a = 2.0**2 * idf + 3.0**2 * idf
    total_c = total_a + 1.5**2 * unseen
    names, shared = similar._evidence(a, c)[1:]
    assert names is not None and math.isclose(names, total_a / math.sqrt(total_a * total_c))
    assert shared == {"tokio", "takaichi"}  # "montag" is no name in common
