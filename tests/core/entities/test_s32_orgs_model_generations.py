"""A name after a model's generation ("the eighth-generation Velora.", "the all-new 2021
Quasar,") is a product in every mention; a maker with its model after it ("the all-new Nissan
Sentra"), a maker before a noun ("next-generation Zentrix chips") and a listed company stay."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "en") if e.kind is EntityKind.ORG}


def test_generation_names_a_product() -> None:
    text = (
        "Nissan has taken the covers off the eighth-generation Velora. "
        "The 2020 Velora gets a wider grille and Velora buyers get more room."
    )
    orgs = _orgs(text)
    assert "Velora" not in orgs
    assert "Nissan" in orgs


def test_all_new_with_a_model_year() -> None:
    text = "Dealers will sell the all-new 2021 Quasar, and Quasar sales should rise, Ford said."
    assert "Quasar" not in _orgs(text)


def test_maker_before_its_model_stays() -> None:
    text = "The all-new Toyota Corolla arrives in May. Toyota said prices would rise."
    assert "Toyota" in _orgs(text)


def test_maker_before_a_noun_stays() -> None:
    text = (
        "Analysts expect the next-generation Brennix chips to sell well. "
        "Brennix said in a statement that shipments begin in May."
    )
    assert "Brennix" in _orgs(text)
