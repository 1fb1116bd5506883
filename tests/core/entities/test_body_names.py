"""A body named by the two things it is for keeps both ("Bundesministerium für Ernährung und
Landwirtschaft", "Ministry of Trade and Industry"): German federal ministries were cut at
"und" on several government and association pages. A place is no such thing ("Bank of England
and Treasury officials" are two bodies). Sentences written for the test; expected values from
reading them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_ministry_for_two_things_is_one_name() -> None:
    text = (
        "Einen Musterausweis bietet das Bundesministerium für Ernährung und Landwirtschaft. "
        "Das Institut arbeitet mit dem Bundesministerium für Wirtschaft und Energie zusammen."
    )
    assert _orgs(text, "de") == {
        "Bundesministerium für Ernährung und Landwirtschaft",
        "Bundesministerium für Wirtschaft und Energie",
    }
    assert _orgs("The Ministry of Trade and Industry said so on Monday.", "en") == {
        "Ministry of Trade and Industry"
    }


def test_a_place_before_and_ends_the_body() -> None:
    orgs = _orgs("The Bank of England and Treasury officials met on Friday.", "en")
    assert "Bank of England" in orgs
    assert not any("Treasury" in name and "England" in name for name in orgs)


def _spans(text: str, lang: str) -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_an_acronym_joins_the_name_its_words_spell() -> None:
    german = (
        "Gefördert wird der Tag vom Bundesministerium für Familie, Senioren, Frauen und "
        "Jugend. Das BMFSFJ teilte mit, es gebe mehr Geld."
    )
    english = (
        "The National Aeronautics and Space Administration said on Monday it would fly. "
        "NASA has picked three firms."
    )
    assert _spans(german, "de") == {"Bundesministerium für Familie, Senioren, Frauen und Jugend": 2}
    assert _spans(english, "en") == {"National Aeronautics and Space Administration": 2}


def test_an_acronym_is_no_name_whose_initials_it_skips() -> None:
    """ "ECDC" has E, then C before D: it spells no "EU Digital COVID-Certificate"."""
    text = (
        "Reisende brauchen ein „EU Digital COVID-Certificate“ für die Einreise. Aktuelle "
        "Zahlen bietet die EU-Agentur ECDC auf ihrer Seite. Laut ECDC steigen die Zahlen."
    )
    assert _spans(text, "de").get("ECDC") == 2


def test_a_german_body_keeps_the_adjective_that_opens_its_name() -> None:
    text = (
        "Eine Studie an der Technischen Universität Braunschweig bestätigt das. Er leitet "
        "ein Zentrum der Deutschen Sporthochschule Köln. Im Wesentlichen Rheinmetall "
        "betrifft das nicht, und die Deutsche G7-Präsidentschaft endet."
    )
    orgs = _orgs(text, "de")
    assert {"Technische Universität Braunschweig", "Deutsche Sporthochschule Köln"} <= orgs  # nominative
    assert not any(name.startswith(("Wesentlichen", "Deutsche G7")) for name in orgs)


def test_an_adjective_in_small_letters_stays_inside_a_german_body_name() -> None:
    text = (
        "Das Institut der deutschen Wirtschaft erwartet ein Wachstum. Der Verband der privaten "
        "Krankenversicherung widerspricht, und das Amt für kirchliche Dienste lädt ein."
    )
    assert _orgs(text, "de") == {
        "Institut der deutschen Wirtschaft",
        "Verband der privaten Krankenversicherung",
        "Amt für kirchliche Dienste",
    }


def test_only_a_body_s_head_takes_the_adjective_after_it() -> None:
    text = "Das bestätigte ein Sprecher von Siemens der deutschen Nachrichtenagentur am Montag."
    assert _orgs(text, "de") == {"Siemens"}
