"""A company's unit for a part of the world ("Toyota Motor Europe", "President Acme North
America") is an organisation, not a person whose surname is a compass word; a region's own
name ("South Africa", "Western Europe") stays a place. Expected values read off the
hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _kinds(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "en")}


def test_a_unit_named_after_a_role_is_the_company_s() -> None:
    found = _kinds("Jane Roe, President Kelvor North America, says the plan works.")
    assert found.get("Kelvor North America") == "org"
    assert found.get("Jane Roe") == "person"
    assert not any(
        name.startswith("Kelvor North") and kind == "person" for name, kind in found.items()
    )


def test_a_company_s_regional_unit_is_an_organisation() -> None:
    found = _kinds(
        "The head of Toyota Motor Europe spoke. Sales at Samsung Electronics Asia Pacific rose."
    )
    assert found.get("Toyota Motor Europe") == "org"
    assert found.get("Samsung Electronics Asia Pacific") == "org"


def test_a_region_s_own_name_stays_a_place() -> None:
    found = _kinds("Talks in South Africa and in Western Europe went on, as in North Africa.")
    assert {found.get(p) for p in ("South Africa", "Western Europe", "North Africa")} <= {
        "place",
        None,
    }
    assert "org" not in found.values()
