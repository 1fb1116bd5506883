"""Session 29 (organisations' recall): German names styled in small letters right after the
word for their kind ("das Label zoravik", "der Anbieter kelmo.io"), on hand-written sentences
with made-up brands; and the small words of either language that such a slot also holds."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im Winter bringt das Hamburger Label zoravik eine neue Strickjacke heraus.", "zoravik"),
        ("Der Hosting-Anbieter kelmo.io senkt zum Jahresende seine Preise.", "kelmo.io"),
        ("2015 folgte die Gründung des Kollektivs plintwerk mit zwei Freunden.", "plintwerk"),
        ("Schuhe aus Kork verkauft die Marke drift, Taschen die Marke Velunor.", "drift"),
        ("Seit Jahren betreut der Verein quendl die Jugendarbeit im Ort.", "quendl"),
    ],
)
def test_a_name_in_small_letters_after_its_kind_is_an_organisation(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Fahrdienst-Vermittler verbuchte im ersten Quartal einen Verlust.",
        "Zugleich zeigt das Unternehmen schnelleres Wachstum als die Konkurrenz.",
        "Der Anbieter inzwischen insolvent, die Kunden warten auf ihr Geld.",
        "Das Label and the band played on, sang der Chor.",
        "Gottesdienst geschlechtergerechtGeschlechter*gerechte Sprache im Gottesdienst",
    ],
)
def test_german_words_and_english_small_words_after_a_kind_are_no_names(text: str) -> None:
    assert not {n for n in _orgs(text) if n[:1].islower()}


def test_english_text_writes_nouns_small_so_the_order_proves_nothing() -> None:
    found = {f.name for f in extract("The label zoravik was mentioned once.", "en")}
    assert "zoravik" not in found
