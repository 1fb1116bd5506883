"""A capitalised English word of no dictionary that the text writes after "the" each time is
a thing or an office ("the Starliner", "the Statehouse"), as a dictionary word is, unless the
text names teams ("the Thunder"); without the article it stays a company (undecided).
Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_word_always_after_the_is_no_organisation() -> None:
    orgs = _orgs(
        "Engineers fixed the Starliner thrusters in May, and the Starliner flew again in June."
    )
    assert "Starliner" not in orgs


def test_the_same_word_without_the_article_is_a_company() -> None:
    orgs = _orgs(
        "Engineers at Starliner fixed the thrusters in May, and Starliner flew again in June."
    )
    assert "Starliner" in orgs
