"""A profile's JSON, written from cached pieces, is what `json.dumps` writes, whatever it holds."""

from __future__ import annotations

import json

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
