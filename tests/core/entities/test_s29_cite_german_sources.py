"""Session 29 (organisations cited as sources): German outlets named by the slot a citing
sentence gives them — the subject of a reporting verb after the article ("der Velmar
berichtete"), a quoted title there („Tanne“ zitiert), the brand-shaped subject of "zitiert"
("zitiert K7Z den Forscher") and the one told ("sagte sie dem Quorblog"); on hand-written
sentences with made-up outlets, and the words such a slot also holds that are no outlet."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.cited_sources import cited_sources
from reader.core.entities.names import tokens


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Bürgermeisterin reiste im Dienstwagen an – der Velmarix berichtete.", "Velmarix"),
        ("Erst am Freitag meldete die Quorbel den Rücktritt des Trainers.", "Quorbel"),
        ("Der Minister trete zurück, wie die „Tanne“ behauptet.", "Tanne"),
        ("„Wir sind am Limit“, zitiert K7Z den Leiter der Klinik.", "K7Z"),
        ("„Der Zug fällt aus“, sagte eine Sprecherin dem Quorblog am Montag.", "Quorblog"),
        ("Das bestätigte der Konzern gegenüber dem Velmarix.", "Velmarix"),
        ("„Wir prüfen das“, erklärte er gegenüber NordPost.", "NordPost"),
        ("Das sagte sie der Quorbel.", "Quorbel"),
    ],
)
def test_an_outlet_in_a_citing_slot_is_an_organisation(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Polizei berichtete am Abend von drei Verletzten.", "Polizei"),
        ("„Nein“, sagte sie dem Sender.", "Sender"),
        ("Das erklärt unser Ratgeber zur Einstellung der Velmarkurve.", "Velmarkurve"),
        ("„Ja“, zitiert Brenneisen den Minister.", "Brenneisen"),
        ("„Wir helfen“, sagte der Präsident gegenüber Tordahl.", "Tordahl"),
        ("„Wir helfen“, sagte der Präsident der Ukraine.", "Ukraine"),
        ("Das berichtete die Anna am Montag.", "Anna"),
    ],
)
def test_a_word_a_person_or_a_place_in_such_a_slot_is_no_outlet(text: str, word: str) -> None:
    assert word not in _orgs(text)


def test_a_word_for_who_lives_somewhere_is_no_outlet_this_slot_gives() -> None:
    """ "der Flörsheimer berichtet": a man of Flörsheim (other rules may still weigh the word)."""
    text = "Das Orchester spielte, der Flörsheimer berichtet über seine Reise."
    assert cited_sources(text, tokens(text), "de") == []
