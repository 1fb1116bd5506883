"""Session 30, read off a real library's lists: a person's academic title is a role of its own,
not glued to an office ("Tierärztin Dr.") nor lost where an office follows the name, and the
who's who writes it before the name; a salutation ("Frau Ministerin", "Frau") is no role and
no part of one. Made-up people."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, EntitySummary, extract, merge_roles
from reader.core.entities.person_titles import split_roles, titled_name
from reader.core.entities.whos_who import whos_who_markdown


def _roles(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "lang", "name", "roles"),
    [
        (
            "Die Tierärztin Dr. Ina Berger sprach mit dem Redakteur. Berger sagte, es gehe gut.",
            "de",
            "Ina Berger",
            {"Tierärztin", "Dr."},
        ),
        (
            "Die Leiterin Dr. Anna Kowalski vom Klinikum sagte, man sei vorbereitet.",
            "de",
            "Anna Kowalski",
            {"Leiterin", "Dr."},
        ),
        (
            "Dr. Martha Greene, a cardiologist at the clinic, said the data were clear.",
            "en",
            "Martha Greene",
            {"cardiologist", "Dr."},
        ),
        (
            "Am Montag sagte Frau Ministerin Ulrike Sander in Kassel, die Reform komme.",
            "de",
            "Ulrike Sander",
            {"Ministerin"},
        ),
    ],
)
def test_the_title_is_a_role_of_its_own_and_the_salutation_none(
    text: str, lang: str, name: str, roles: set[str]
) -> None:
    assert set(_roles(text, lang)[name]) == roles


def test_a_row_of_titles_stays_one() -> None:
    assert split_roles(["Prof. Dr.", "Referentin Prof. Dr."]) == ["Prof. Dr.", "Referentin"]


def test_a_salutation_alone_is_no_role() -> None:
    roles = _roles("Frau Gerlinde Haak kam spät. Herr Ottmar Renz wartete schon.", "de")
    assert roles == {"Gerlinde Haak": (), "Ottmar Renz": ()}


def test_no_list_shows_the_salutation() -> None:
    roles = _roles("Frau Ministerin Ulrike Sander sprach. Frau Sander lachte.", "de")[
        "Ulrike Sander"
    ]
    assert merge_roles(roles, "de") == ("Ministerin",)


def test_the_title_is_written_before_the_name() -> None:
    assert titled_name("Ina Berger", ["Tierärztin", "Dr."]) == "Dr. Ina Berger"
    assert titled_name("Hans Wolf", ["Prof.", "Prof. Dr."]) == "Prof. Dr. Hans Wolf"
    assert titled_name("Hans Wolf", ["Professor"]) == "Hans Wolf"


class _Source:
    id = 1
    title = "Bericht"
    site_name = "Kurier"
    byline = None
    published = None
    agency = None


def test_whos_who_line_names_the_doctor() -> None:
    person = EntitySummary(7, EntityKind.PERSON, "Ina Berger", ("Tierärztin", "Dr."), 1, 2)
    text = whos_who_markdown([_Source()], [person], {7: [1]}, language="de")
    assert "- **Dr. Ina Berger** — Tierärztin [" in text
