"""A single letter names a group, a path or a party to a contract, not an organisation
("Group E", "Path B", "Firma B"); "X", the platform, is one. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _orgs(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.ORG}


def test_a_group_or_a_path_letter_is_no_organisation() -> None:
    text = (
        "Path B: Bosnia and Herzegovina, Slovakia. Path C: Scotland, Norway. "
        "Spain (Group F): 11th appearance. Croatia (Group E): sixth appearance, according to Reuters."
    )
    orgs = _orgs(extract(text, "en"))
    assert not orgs & {"B", "C", "E", "F"}
    assert "Reuters" in orgs


def test_a_party_letter_is_no_company_but_the_platform_x_is() -> None:
    text = "Die Lieferungen gehen in das Eigentum von Firma B über. Auf der Plattform X schrieb er."
    orgs = _orgs(extract(text, "de"))
    assert "B" not in orgs
    assert "X" in orgs
