"""Session 34: a German company named once, with a phrase after it that says what it is
("Zorvex, ein Unternehmen aus Basel", "Zorvex als international tätiges Unternehmen") — lone
company names were missed by every one of the last six blind batches while unseen, and German
writes the kind with a capital, which the English reading of such a phrase did not take.
Made-up names and sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_an_apposition_with_a_word_for_a_company() -> None:
    assert "Quandrix" in _orgs("Quandrix, ein Unternehmen aus Linz, liefert die Pumpen.")
    assert "Quandrix" in _orgs("Quandrix, der Hersteller der Pumpen, hat die Preise erhöht.")


def test_a_company_introduced_with_als() -> None:
    assert "Quandrix" in _orgs("Quandrix als weltweit tätiger Anbieter hat seinen Sitz in Linz.")


def test_people_and_nouns_in_such_phrases_stay_what_they_are() -> None:
    assert not _orgs("Brandlhuber, der Sprecher des Vereins, widersprach am Montag.")
    assert not _orgs("Brandlhuber, die Tochter des Gründers, widersprach am Montag.")
    assert not _orgs("Nachts dient die Autobatterie als Stromlieferant für das Haus.")
    assert not _orgs("Mitglieder und Partner, die die Marke nutzen, zahlen einen Beitrag.")
