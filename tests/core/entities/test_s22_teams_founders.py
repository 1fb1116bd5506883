"""Session 22's classes, read off session 21's blind pages (s22) and checked on hand-written
sentences (made-up people; the clubs and companies are real names): American teams named by
their town and a nickname in the plural, companies named after their founders when a text
lists them among a kind of company, and a company whose name opens a sentence with a
country's adjective ("American Airlines")."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _names(text: str, lang: str, kind: EntityKind) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is kind}


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Marten Voss scored twice as the Pittsburgh Penguins beat the New York Islanders.",
            {"Pittsburgh Penguins", "New York Islanders"},
        ),
        (
            "The Dallas Cowboys and the Seattle Seahawks meet on Sunday.",
            {"Dallas Cowboys", "Seattle Seahawks"},
        ),
        (
            "He had played for the Detroit Red Wings and the Columbus Blue Jackets.",
            {"Detroit Red Wings", "Columbus Blue Jackets"},
        ),
    ],
)
def test_a_town_and_a_plural_nickname_are_one_team(text: str, teams: set[str]) -> None:
    orgs = _names(text, "en", EntityKind.ORG)
    assert teams <= orgs
    assert not {"Pittsburgh", "Dallas", "Detroit", "Columbus"} & _names(
        text, "en", EntityKind.PLACE
    )


@pytest.mark.parametrize(
    ("text", "place", "not_org"),
    [
        ("They sailed to the Cayman Islands in May.", "Cayman Islands", "Cayman Islands"),
        ("The Kentucky Democrats met in Frankfort.", "Kentucky", "Kentucky Democrats"),
        ("Tickets for the Madrid Finals sold out.", "Madrid", "Madrid Finals"),
        ("Sales of Metro Exodus rose in Moscow.", "Moscow", "Metro Exodus"),
    ],
)
def test_a_place_a_party_an_event_or_a_title_after_a_town_is_no_team(
    text: str, place: str, not_org: str
) -> None:
    assert place in _names(text, "en", EntityKind.PLACE)
    assert not_org not in _names(text, "en", EntityKind.ORG)


def test_a_plural_before_a_longer_name_is_no_team() -> None:
    text = "The California Public Utilities Commission fined the firm."
    assert "California Public Utilities" not in _names(text, "en", EntityKind.ORG)


def test_a_team_nickname_needs_an_english_text() -> None:
    text = "Die Pittsburgh Penguins haben am Dienstag verloren."
    assert "Pittsburgh Penguins" not in _names(text, "de", EntityKind.ORG)


@pytest.mark.parametrize(
    ("text", "lang", "companies"),
    [
        (
            "Weltkonzerne wie ABB, Garmin, Georg Fischer (GF), Syntegon oder Unilever sind hier.",
            "de",
            {"Georg Fischer", "Syntegon", "Unilever"},
        ),
        (
            "Outdoor-Marken wie Vaude, Jack Wolfskin und Mammut verzichten darauf.",
            "de",
            {"Jack Wolfskin"},
        ),
        (
            "Employers such as Siemens, Janssen Pharmaceutical Companies of Johnson & Johnson "
            "and Hugo Boss hire there.",
            "en",
            {"Hugo Boss"},
        ),
    ],
)
def test_a_founders_name_listed_among_companies_is_a_company(
    text: str, lang: str, companies: set[str]
) -> None:
    assert companies <= _names(text, lang, EntityKind.ORG)
    assert not companies & _names(text, lang, EntityKind.PERSON)


def test_a_person_before_a_possessive_or_with_a_role_stays_a_person() -> None:
    text = "Companies such as Maren Olsby’s Tesla and Hugo Boss hire there."
    assert "Maren Olsby" in _names(text, "en", EntityKind.PERSON)
    text = "Firmen wie die von Gründerin Lena Marquardt wachsen."
    assert "Lena Marquardt" in _names(text, "de", EntityKind.PERSON)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("American Airlines offered to fly the dog home.", "American Airlines"),
        ("British Airways cancelled the flight on Monday.", "British Airways"),
    ],
)
def test_a_countrys_adjective_opening_a_sentence_may_open_a_company(
    text: str, company: str
) -> None:
    assert company in _names(text, "en", EntityKind.ORG)


def test_a_countrys_adjective_before_a_role_opens_no_company() -> None:
    text = "German Chancellor Olaf Scholz spoke in Paris."
    assert "Olaf Scholz" in _names(text, "en", EntityKind.PERSON)
    assert not _names(text, "en", EntityKind.ORG)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("The Gophers (9-1, 6-1) play Saturday against Iowa.", "Gophers"),
        ("The Corrs’ song “Breathless” was on the radio.", "Corrs"),
    ],
)
def test_a_plural_nickname_opening_a_sentence_after_the_is_a_team_or_band(
    text: str, team: str
) -> None:
    assert team in _names(text, "en", EntityKind.ORG)


def test_a_plural_the_text_also_writes_in_small_letters_is_no_team() -> None:
    text = "The Rangers met the rangers of the park."
    assert "Rangers" not in _names(text, "en", EntityKind.ORG)


@pytest.mark.parametrize(
    ("text", "lang", "team"),
    [
        ("Der Norweger schloss sich Team China an.", "de", "Team China"),
        ("She raced for Team USA in Beijing.", "en", "Team USA"),
        ("Team Sky won the Tour again.", "en", "Team Sky"),
    ],
)
def test_team_and_a_country_or_sponsor_is_a_side(text: str, lang: str, team: str) -> None:
    assert team in _names(text, lang, EntityKind.ORG)
    assert "China" not in _names(text, lang, EntityKind.PLACE)


def test_team_before_a_noun_is_no_side() -> None:
    assert "Team Leader" not in _names("The Team Leader Anna Berg said so.", "en", EntityKind.ORG)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Doobie Brothers will tour again next year.", "Doobie Brothers"),
        ("Lehman Brothers collapsed in September.", "Lehman Brothers"),
    ],
)
def test_a_name_and_brothers_is_a_band_or_a_firm(text: str, org: str) -> None:
    assert any(org in name for name in _names(text, "en", EntityKind.ORG))
    assert "Doobie" not in _names(text, "en", EntityKind.ORG)
