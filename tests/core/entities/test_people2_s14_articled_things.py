"""In German text a name of two foreign words that every mention writes after an article, a
fused preposition or an article and its adjective is a thing's — a reel, a drink, a site —
not a person's, when its first word is no first name borne where these texts are read
("auf einer Daiwa Caldia", "der Aperol Sprizz", "im Kulturhof Krönbacken"). A first name of
ours keeps the person even after an article ("die deutsche Katja Kraus"), a mention without
an article keeps a foreign one ("Wenn Tschenko Varuda spricht"), and a pronoun before "wie"
is no article ("einer wie Tschenko Varuda"). Hand-written sentences with invented names and
products; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> list[str]:
    return sorted(f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON)


def test_a_product_after_an_article_is_no_person() -> None:
    text = "Ich fische die Schnur auf einer Kavado Tremolin, die auch bei Frost gut läuft."
    assert _people(text) == []


def test_a_drink_after_an_article_in_every_mention_is_no_person() -> None:
    text = (
        "Man sollte vorher nachsehen, wie viel der Belvio Sprazzo kostet. Am Ende kam "
        "der Belvio Sprazzo lauwarm."
    )
    assert _people(text) == []


def test_a_site_after_a_fused_preposition_is_no_person() -> None:
    assert _people("Die Ausstellung war im Tevarhof Krönsbach in Erfurt zu sehen.") == []


def test_an_article_and_its_adjective_before_the_name() -> None:
    text = "Dafür sorgen die abwechslungsreichen Quarvo Trels aller Schwierigkeitsgrade."
    assert _people(text) == []


def test_a_first_name_of_ours_keeps_the_person_after_an_article() -> None:
    text = "Die deutsche Katja Brenninger gilt als die Frau im Fußball."
    assert _people(text) == ["Katja Brenninger"]


def test_a_mention_without_an_article_keeps_a_foreign_name() -> None:
    text = (
        "Der Streit ging an den Tschenko Varuda des Dorfes. Wenn Tschenko Varuda spricht, "
        "hören alle zu."
    )
    assert _people(text) == ["Tschenko Varuda"]


def test_a_pronoun_before_wie_is_no_article() -> None:
    text = "Kommt es zum Streit, muss meist einer wie Tschenko Varuda schlichten."
    assert _people(text) == ["Tschenko Varuda"]
