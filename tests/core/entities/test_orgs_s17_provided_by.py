"""What a picture or a chart is "provided by" or a "courtesy of" is credited to it: the body
that made it, named once, is an organisation; a person credited so stays a person. Expected
names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_a_chart_provided_by_a_body() -> None:
    found = _found("This chart, provided by Quellwerk, shows the states where it is legal.")
    assert found.get("Quellwerk") is EntityKind.ORG


def test_a_photo_courtesy_of_a_body() -> None:
    assert _found("Photo courtesy of Brenmark Archive.").get("Brenmark Archive") is EntityKind.ORG


def test_a_person_credited_so_stays_a_person() -> None:
    found = _found("The data were provided by John Hale, a farmer near the river.")
    assert found.get("John Hale") is EntityKind.PERSON
