"""Session 33: the name after a word for its maker ("the maker of Calmora", "Anbieter von
Cloud Backup Suite") is the product, no organisation, when it ends its phrase; a model after
its maker's name, a trade after a name, and a man's employer ("ein Entwickler der Bahn") are
no product. Hand-written sentences, made-up names."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.made_things import made_things


@pytest.mark.parametrize(
    ("text", "lang", "product"),
    [
        (
            "Kenvora, the maker of Calmora, reported losses. Calmora sales fell. "
            "Calmora is sold in 40 countries.",
            "en",
            "Calmora",
        ),
        (
            "Die Firma ist führender Anbieter von Cloud Backup Suite. "
            "Cloud Backup Suite läuft auf allen Rechnern.",
            "de",
            "Cloud Backup Suite",
        ),
    ],
)
def test_what_a_maker_makes_is_a_product(text: str, lang: str, product: str) -> None:
    assert product in made_things(text)
    assert product not in {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "the maker of the Zentrolix Z320 jet said",  # a model, its maker before it
        "a provider of Zentrolix integrations",  # a trade after the name
        "Ein Entwickler der Zentrolix AG sagte, es gehe voran.",  # an employer
        "Ein Entwickler von Zentrolix sagte, es gehe voran.",
    ],
)
def test_no_product_after_the_word(text: str) -> None:
    assert not {n for n in made_things(text) if n.startswith("Zentrolix")}
