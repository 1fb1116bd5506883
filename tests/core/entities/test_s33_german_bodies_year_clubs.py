"""Session 33: a German club's letters, its founding year and its town are one name ("der TSV
1860 Oberweiler", "beim VfL 1912 Kornheim"), also before "e.V." (which had kept the town alone);
letters with a number that is no year make none. Made-up clubs and sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> list[str]:
    return [f.name for f in extract(text, "de") if f.kind is EntityKind.ORG]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der TSV 1860 Oberweiler hat einen neuen Trainer verpflichtet.", "TSV 1860 Oberweiler"),
        ("Am Sonntag verlor der SV 09 Kornheim deutlich.", "SV 09 Kornheim"),
        ("Die Mitgliederversammlung des VfL 1912 Kornheim e.V. wählte einen Vorstand.",
         "VfL 1912 Kornheim"),
    ],
)  # fmt: skip
def test_letters_year_and_town_are_one_club(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_number_that_is_no_year_makes_no_club() -> None:
    assert not any(o.startswith("SV ") for o in _orgs("Er zahlte an die SV 250 Euro Beitrag."))


def test_before_its_legal_form_the_club_is_not_its_town() -> None:
    orgs = _orgs("Die Mitgliederversammlung des VfL 1912 Kornheim e.V. wählte einen Vorstand.")
    assert orgs == ["VfL 1912 Kornheim"]
