"""A newspaper named after its city with a masthead word that is an everyday word elsewhere
("Kansas City Star", "Baltimore Sun", "Columbus Dispatch") is an organisation, not its city;
the same word without a place before it names nothing. Expected values read off the
hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _kinds(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "en")}


def test_a_city_and_a_masthead_word_name_a_paper() -> None:
    text = (
        "The chain owns the Toronto Star, the Boston Globe and the Columbus Dispatch, and "
        "it sold the Hartford Courant last year."
    )
    found = _kinds(text)
    for paper in ("Toronto Star", "Boston Globe", "Columbus Dispatch", "Hartford Courant"):
        assert found.get(paper) == "org", paper
    assert "Toronto" not in found and "Boston" not in found


def test_a_double_masthead_after_a_city_is_a_paper() -> None:
    text = "The deal included the San Diego Union-Tribune, which the owner kept."
    assert _kinds(text).get("San Diego Union-Tribune") == "org"
    assert not any(kind == "person" for kind in _kinds(text).values())


def test_a_masthead_word_without_a_place_names_no_paper() -> None:
    text = "The sailors followed the North Star home, and the Morning Star met them."
    assert not any(kind == "org" for kind in _kinds(text).values())
