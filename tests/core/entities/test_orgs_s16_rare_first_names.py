"""A company of the main stock indices named once is one even when the first-name list holds
its name, if hardly anyone bears it ("Nissan"); a common first name alone stays none.
Expected kinds read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_a_listed_company_hardly_anyone_is_named_after_is_one() -> None:
    kinds = _kinds("In fact, Nissan still believes in sedans for their space and comfort.")
    assert kinds.get("Nissan") is EntityKind.ORG


def test_a_common_first_name_alone_stays_none() -> None:
    kinds = _kinds("In fact, Kimberly still believes in sedans for their space and comfort.")
    assert kinds.get("Kimberly") is not EntityKind.ORG
