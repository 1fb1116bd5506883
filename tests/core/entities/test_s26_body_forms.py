"""One body written two ways is one organisation: a legal form abbreviated ("Corp." and
"Corporation"), an English department's field before its head ("Justice Department" and
"Department of Justice"), a German federal ministry as one word ("Bundesgesundheitsministerium"
and "Bundesministerium für Gesundheit"). Other departments and ministries stay apart.
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.body_forms import other_form


def _orgs(text: str, lang: str) -> list[str]:
    return sorted(f.name for f in extract(text, lang) if f.kind is EntityKind.ORG)


def test_a_department_by_its_field_first_is_the_department_of_it() -> None:
    orgs = _orgs(
        "The Department of Justice opened an inquiry on Monday. A Justice Department "
        "spokeswoman declined to comment, and the Treasury Department said nothing.",
        "en",
    )
    assert "Justice Department" not in orgs
    assert {"Department of Justice", "Treasury Department"} <= set(orgs)


def test_an_abbreviated_legal_form_is_the_same_company() -> None:
    orgs = _orgs(
        "Halvorsen Robotics Corporation builds landers for the agency. Halvorsen Robotics "
        "Corp. said the first flight would slip to spring.",
        "en",
    )
    assert len([o for o in orgs if o.startswith("Halvorsen")]) == 1


def test_a_federal_ministry_in_one_word_is_the_ministry() -> None:
    orgs = _orgs(
        "Das Bundesministerium für Gesundheit legt am Mittwoch den Entwurf vor. Im "
        "Bundesgesundheitsministerium heißt es, die Länder seien eingebunden. Das "
        "Bundesfinanzministerium prüft noch die Kosten.",
        "de",
    )
    assert "Bundesgesundheitsministerium" not in orgs
    assert {"Bundesministerium für Gesundheit", "Bundesfinanzministerium"} <= set(orgs)


def test_only_the_short_form_joins_the_full_one() -> None:
    assert other_form("Justice Department", "Department of Justice")
    assert not other_form("Department of Justice", "Justice Department")
    assert not other_form("State Department", "Department of Justice")
    assert other_form("Bundesinnenministerium", "Bundesministerium des Innern")
    assert not other_form("Bundesinnenministerium", "Bundesministerium der Finanzen")
