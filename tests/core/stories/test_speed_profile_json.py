"""A profile's JSON, written from cached pieces, is what `json.dumps` writes, whatever it holds."""

from __future__ import annotations

import json
import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.stories import Profile


def _dumped(profile: Profile) -> str:
    data = {"t": profile.terms, "n": profile.names} | ({"l": profile.lang} if profile.lang else {})
    return json.dumps(data, ensure_ascii=False)


def test_profile_json_is_what_json_dumps_writes() -> None:
    profiles = [
        Profile(1, 739_000, {"gipfel": 2.5, "takaichi": 7.083, "erd": 1.0}, {"tokio": 2.31, "35000": 3.0}, "de"),
        Profile(2, None, {}, {}, None),
        # Keys JSON has to escape, and weights that are not plain floats.
        Profile(3, None, {'a"b': 1.0, "ü\\x": float("inf"), "x\n": 1e300}, {"μ": 2.0}, "en-GB"),
        # An int and a bool after the floats 2.0 and 1.0 were written: "2" and "true" still.
        Profile(4, None, {"zwei": 2, "eins": True}, {"drei": 3}, None),
        # Keys that are no strings: 1 then 1.0 ("1" and "1.0" in JSON).
        Profile(5, None, {"x": 2.0}, {1: 2.0, None: 1.0}, "de"),  # type: ignore[dict-item]
        Profile(6, None, {"x": 2.0}, {1.0: 2.0}, "de"),  # type: ignore[dict-item]
    ]
    for profile in profiles:
        assert profile.to_json() == _dumped(profile)
    again = Profile.from_json(1, 739_000, profiles[0].to_json())
    assert again == profiles[0]


# Any character, lone surrogates too, and those JSON escapes or might: a key's escape is what
# makes `_json_object` hand the dict to json.dumps.
_KEY = st.text(st.characters(exclude_categories=()) | st.sampled_from('"\\\n\x00\x1f\x7f\u2028é'), max_size=6)
# Any float but -0.0: the weights' cache takes it for 0.0, which a profile never has (its
# weights are 1 or more), so it is left out here.
_WEIGHT = st.floats().filter(lambda w: w != 0 or math.copysign(1.0, w) > 0)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_KEY, _WEIGHT, max_size=6), st.dictionaries(_KEY, _WEIGHT, max_size=6))
@example({"gipfel": 2.5, "a\"b": 1.0}, {"tokio": 2.31})
@example({"erd": 1.0, "x": float("nan")}, {"\ud800": 3.0, "\u2028": float("inf")})
def test_profile_json_is_what_json_dumps_writes_for_any_keys(terms: dict[str, float], names: dict[str, float]) -> None:
    """Keys are put between quotes as they are when json's string encoder, asked of all of
    them joined, escapes none; with any one escaped the dict goes to json.dumps."""
    profile = Profile(1, None, terms, names, "de")
    assert profile.to_json() == _dumped(profile)
