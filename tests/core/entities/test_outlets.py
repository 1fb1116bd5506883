"""An outlet named as the source of a report, with an article before it and a verb of
reporting after it ("Wie das Handelsblatt berichtete"), is an organisation; an everyday noun
so placed is none ("die Industrie meldet"). Expected values read off the hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_an_outlet_reporting_is_an_organisation() -> None:
    text = "Wie das Handelsblatt berichtete, wurde dort Energie gewonnen."
    assert _orgs(text, "de") == {"Handelsblatt"}
    text = "The plan was dropped last week, the Guardian reported on Monday."
    assert _orgs(text, "en") == {"Guardian"}


def test_an_everyday_noun_reporting_is_none() -> None:
    text = "Die Wirtschaft schwächelt, die Industrie meldet kaum Aufträge."
    assert _orgs(text, "de") == set()
