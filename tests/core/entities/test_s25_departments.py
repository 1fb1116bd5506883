"""A body's department named by what it does and the body's genitive is one organisation
("Personalmanagement der Bundeswehr", "Rechtsabteilung der Deutschen Bahn"); a person's
role before the genitive stays a role ("Abteilungsleiter der Bahn"). Expected values read off
hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Heute kam ein Brief, genauer: vom Personalmanagement der Bundeswehr.",
            "Personalmanagement der Bundeswehr",
        ),
        (
            "Die Rechtsabteilung der Deutschen Bahn prüft den Fall noch.",
            "Rechtsabteilung der Deutschen Bahn",
        ),
        (
            "Das Landeskommando der Bundeswehr schickte zwanzig Soldaten.",
            "Landeskommando der Bundeswehr",
        ),
    ],
)
def test_a_department_of_a_body_is_one_organisation(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_role_before_a_body_is_no_department() -> None:
    orgs = _orgs("Der Abteilungsleiter der Deutschen Bahn kam mit dem Zug.")
    assert not any(name.startswith("Abteilungsleiter") for name in orgs)


def test_a_department_without_a_word_for_what_it_does_is_no_name() -> None:
    orgs = _orgs("Sie leitet die Abteilung des Zentrums Geschichte des Wissens in Berlin.")
    assert not any(name.startswith("Abteilung") for name in orgs)
