"""A name an apposition right after it calls a thing — a benefit, a book, a material, a game,
a drug — is no organisation in any mention; an apposition that names a kind of body, or a
name that is a body by its head word, keeps the organisation."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "en") -> set[str]:
    return {e.name for e in extract(text, lang) if e.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Her care was paid by Lakecare, a health benefit for low-income residents. "
            "Lakecare ended in 2020.",
            "Lakecare",
        ),
        (
            "The seats are covered in VineSkin, a vegan leather made from grape skins, and "
            "VineSkin also lines the doors.",
            "VineSkin",
        ),
        (
            "Doctors in Norway prescribe Calmora, a drug for migraines. Calmora costs little.",
            "Calmora",
        ),
    ],
)
def test_apposition_names_a_thing(text: str, thing: str) -> None:
    assert thing not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Pfizer, the drug maker, and Moderna, a vaccine developer, both reported results.",
            "Moderna",
        ),
        ("Cambridge University Press, a publisher of books, printed the atlas.", "Cambridge University Press"),
        ("Brindle Labs, a startup that builds drones, raised $40 million on Monday.", "Brindle Labs"),
    ],
)  # fmt: skip
def test_apposition_names_a_body(text: str, body: str) -> None:
    assert body in _orgs(text)
