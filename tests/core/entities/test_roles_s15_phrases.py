"""A role read around a person's name is the whole office, not its last word: ranks before it
("associate professor", "deputy associate administrator"), a second role word after it ("chief
operating officer", "General Manager"), the department a head leads ("Head of Research"); "and"
joins two offices and makes none. A title before the name ("Dr.") leaves room for the office in
apposition; a role before another person's name is that person's; jobs no run is called a person
for ("teacher", "Elektriker") are read for people already found. Hand-written sentences; the
expected roles are what a reader writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str, lang: str = "en") -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_ranks_before_the_role_word_belong_to_the_office() -> None:
    roles = _roles(
        '"We will build it," said Harold Benning, associate professor of physics at the '
        "University of Leeds. Clinic assistant coach Dwayne Mercer agreed. Orla Quigley, "
        "the agency's deputy associate administrator, spoke last."
    )
    assert roles["Harold Benning"] == ("associate professor of physics",)  # field: session 22
    assert roles["Dwayne Mercer"] == ("assistant coach",)
    assert roles["Orla Quigley"] == ("deputy associate administrator",)


def test_a_second_role_word_and_a_department_complete_the_office() -> None:
    roles = _roles(
        "Tessa Marlowe, the company's chief operating officer, declined. Bruno Keller, General "
        "Manager of Northwind Europe, and Ravi Desai, Head of Fixed Income Research at Kotak "
        "Bank, spoke."
    )
    assert roles["Tessa Marlowe"] == ("chief operating officer",)
    assert roles["Bruno Keller"] == ("General Manager",)
    assert roles["Ravi Desai"] == ("Head of Fixed Income Research",)


def test_and_joins_two_offices() -> None:
    roles = _roles("Gwen Harlow, the firm's president and chief, said so.")
    assert roles["Gwen Harlow"] == ("president",)


def test_a_title_leaves_room_for_the_office_in_apposition() -> None:
    roles = _roles("Das sagte Dr. Anna Berghoff, Geschäftsführerin des Verbands, am Montag.", "de")
    assert roles["Anna Berghoff"] == ("Geschäftsführerin", "Dr.")  # the title kept beside it
    roles = _roles("He phoned Dr. Callum Reid, a consultant chest physician in Leeds.")
    assert roles["Callum Reid"] == ("consultant chest physician", "Dr.")


def test_a_role_before_another_name_is_that_persons() -> None:
    roles = _roles(
        "Vierte wurde die Russin Jelena Sorokina, Fünfte die Siegerin Marie Lacroix aus "
        "Frankreich.",
        "de",
    )
    assert roles.get("Jelena Sorokina", ()) == ()


def test_jobs_are_read_for_people_already_found() -> None:
    roles = _roles(
        "High school math teacher Angela Corbett said she would march. Peter Lindqvist, a "
        "doctor at the clinic, agreed."
    )
    assert roles["Angela Corbett"] == ("school math teacher",)
    assert roles["Peter Lindqvist"] == ("doctor",)
    roles = _roles("„Jetzt habe ich Arbeit“, sagt Gabriel Okello, ein Elektriker aus Kakuma.", "de")
    assert roles["Gabriel Okello"] == ("Elektriker",)


def test_a_shared_office_is_a_role() -> None:
    roles = _roles("Tim Cook spoke with Salesforce founder and co-CEO Marc Benning on Tuesday.")
    assert roles["Marc Benning"] == ("co-CEO",)
