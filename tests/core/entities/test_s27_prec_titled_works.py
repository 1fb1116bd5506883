"""A body's name inside the title of a journal or a reference work ("Handbook of Deep Sea
Mining Systems", "Proceedings of the Royal Academy of Mariners") is a word of the title, no
organisation; the body named on its own stays one. Hand-written sentences; the expected values
read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_name_inside_a_works_title_is_no_organisation() -> None:
    text = (
        "More information: J. Ortega et al. Pressure and Depth, Handbook of Deep Sea Mining "
        "Systems and Vessels (2021). The study appeared in the Proceedings of the Royal "
        "Academy of Mariners last week."
    )
    orgs = _orgs(text)
    assert not orgs & {"Deep Sea Mining Systems", "Royal Academy of Mariners"}


def test_the_body_named_on_its_own_stays_one() -> None:
    text = "The Royal Academy of Mariners said on Monday that it would fund the study."
    assert "Royal Academy of Mariners" in _orgs(text)
