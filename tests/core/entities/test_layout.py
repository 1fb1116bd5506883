"""What the layout of a text says: a line in capitals is a heading (no organisation by its
looks), a country's code in brackets is that country. Expected values read off the
hand-written texts."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _names(found: list[Found], kind: EntityKind) -> set[str]:
    return {f.name for f in found if f.kind is kind}


def test_a_heading_in_capitals_is_no_organisation() -> None:
    text = (
        "Canada beat the hosts on Tuesday in Madrid.\n\nUS FALLS\n\n"
        "The United States lost to Canada for the first time.\n\nSTAFF\n\n"
        "Choreographer Jeong Hye Jin worked with the cast.\n\nARGENTINA CRUISES\n\n"
        "Argentina got past Chile."
    )
    found = extract(text, "en")
    assert not _names(found, EntityKind.ORG) & {"US FALLS", "STAFF", "ARGENTINA CRUISES", "US"}
    assert {"Canada", "Argentina", "Chile"} <= _names(found, EntityKind.PLACE)


def test_a_credit_alone_on_its_line_stays_a_name() -> None:
    text = "Marcell Jansen und Piotr Trochowski haben einen guten Draht.\n\nWITTERS\n\nMehr dazu."
    assert "WITTERS" in _names(extract(text, "de"), EntityKind.ORG)


def test_a_country_code_in_brackets_is_the_country() -> None:
    text = (
        "Ergebnis:\n\n1. Dorothea Wierer (ITA) 35.58,7\n\n2. Vanessa Voigt (GER) +3,7\n\n"
        "3. Julia Simon (FRA) +11,6\n\nDie Französin Julia Simon war Dritte."
    )
    found = extract(text, "de")
    assert not _names(found, EntityKind.ORG) & {"ITA", "GER", "FRA"}
    assert {"Italien", "Deutschland", "Frankreich"} <= _names(found, EntityKind.PLACE)


def test_a_code_the_words_before_it_spell_out_stays_an_acronym() -> None:
    text = "The Federal Reserve Association (FRA) said on Monday that FRA members met in Ohio."
    found = extract(text, "en")
    assert "Frankreich" not in _names(found, EntityKind.PLACE)
    assert "France" not in _names(found, EntityKind.PLACE)


def test_an_acronym_opening_the_text_before_a_small_word_is_no_dateline() -> None:
    found = extract("BMW sold more cars. The BMW X5 is fast.", "en")
    assert [(f.kind, f.name) for f in found] == [(EntityKind.ORG, "BMW")]
    town = extract("BAAR, SWITZERLAND\n\nBased on its expertise, the group grew.", "en")
    assert {(f.kind, f.name) for f in town} == {
        (EntityKind.PLACE, "Baar"),
        (EntityKind.PLACE, "Switzerland"),
    }


def test_a_short_word_with_a_point_before_a_number_is_an_abbreviation() -> None:
    text = "Hertha Kraus, Jg. 1897, wohnte dort. Kontakt: Tel. 0221 12345. Siehe Abb. 3."
    found = extract(text, "de")
    assert [f.name for f in found if f.kind is not EntityKind.FIGURE] == ["Hertha Kraus"]
    acronym = "Die Zahlen kamen von der EZB. 2024 werde die Inflation sinken."
    assert "EZB" in {f.name for f in extract(acronym, "de")}


def test_nyc_is_new_york_city_as_written() -> None:
    found = extract("Apple is holding a surprise event in NYC next month.", "en")
    assert [(f.kind, f.name, f.key) for f in found if f.kind is EntityKind.PLACE] == [
        (EntityKind.PLACE, "NYC", "city:5128581")
    ]


def test_a_heading_glued_to_the_sentence_after_it_is_no_name() -> None:
    text = (
        "Kirche in der Stadt\n\nGemeindesucheSie suchen eine bestimmte Kirchengemeinde in "
        "Ihrer Nähe.\n\nSpiritualität & TourismusDie Landeskirche bietet viele "
        "Sehenswürdigkeiten.\n\nEhrenamtUnsere Kirche bietet vielfältige Möglichkeiten.\n\n"
        "FormularcenterHier finden Sie unterschiedliche Formulare.\n\nHelfenIn der Krise "
        "gibt es viele Möglichkeiten.\n\nKunstSeit Jahrhunderten prägt die Kirche die Stadt."
    )
    assert not _names(extract(text, "de"), EntityKind.ORG)


def test_a_brand_with_an_inner_capital_stays_an_organisation() -> None:
    text = (
        "Die WirtschaftsWoche berichtet, dass WeWork und SoftBank verhandeln. "
        "Sie finden den Autor auf LinkedIn."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert {"WirtschaftsWoche", "WeWork", "SoftBank", "LinkedIn"} <= orgs


def test_a_state_after_a_member_of_congress_party_is_the_state() -> None:
    text = (
        "Brian Babin (R-TX), ranking member of the space subcommittee, and José Serrano "
        "(D-NY), chairman of the subcommittee, questioned NASA."
    )
    found = extract(text, "en")
    assert not _names(found, EntityKind.ORG) & {"TX", "NY"}
    assert "Texas" in _names(found, EntityKind.PLACE)
    assert "NASA" in _names(found, EntityKind.ORG)


def test_the_name_before_a_state_is_its_town() -> None:
    text = (
        "Tour dates:\n\nOct. 2 -- DTE Energy Music Theatre, Clarkston, MI\n\n"
        "June 30 -- Northwell Health at Jones Beach Theater, Wantagh, NY"
    )
    found = extract(text, "en")
    assert not _names(found, EntityKind.ORG) & {"Clarkston", "Wantagh"}
    assert {"Clarkston", "Wantagh", "Michigan"} <= _names(found, EntityKind.PLACE)


def test_a_name_ending_a_quoted_title_is_the_title() -> None:
    text = (
        "Expect hits including “Listen To The Music,” “Takin’ It To The Streets,” and “Black "
        "Water.” Jack Buser told The Hollywood Reporter that The Hollywood Reporter was right."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert not orgs & {"The Music", "The Streets", "Streets"}
    assert "The Hollywood Reporter" in orgs


def test_a_headline_in_title_case_makes_no_organisation_by_its_capitals() -> None:
    text = (
        "Google launched Stadia on Tuesday.\n\n"
        "Despite The Monthly Fee, You're Still Buying — Not Renting — Games\n\n"
        "Provided You Have A Solid Connection, The Streaming Quality Seems To Be Excellent\n\n"
        "Stadia grew, according to Reuters."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert not orgs & {"The Monthly Fee", "The Streaming Quality Seems"}
    assert "Reuters" in orgs


def test_a_tour_dates_line_names_venues_not_organisations() -> None:
    # a music tour's dates, as news lists them: date, venue, town and state, or date, town
    # and state, "@" venue; the sponsor a venue is named after is no organisation there
    text = (
        "The band will tour North America this summer.\n"
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n"
        "June 19 -- PNC Music Pavilion, Charlotte, NC\n"
        "June 27 – Camden, NJ @ BB&T Pavilion\n"
        "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI\n"
        "Tickets are sold by Ticketmaster, a unit of Live Nation Entertainment Inc."
    )
    found = extract(text, "en")
    orgs = {f.name for f in found if f.kind is EntityKind.ORG}
    venues = {"Coral Sky Amphitheatre", "PNC Music Pavilion", "BB&T Pavilion"}
    assert not orgs & (venues | {"DTE Energy Music Theatre"})
    assert venues <= {f.name for f in found if f.kind is EntityKind.PLACE}
    assert "Live Nation Entertainment Inc." in orgs or "Live Nation Entertainment" in orgs


def test_a_dated_line_without_a_town_keeps_its_organisations() -> None:
    text = "June 9 -- DTE Energy Music Theatre reopened after the storm, DTE Energy said."
    orgs = {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert orgs & {"DTE Energy Music Theatre", "DTE Energy"}


def test_a_call_to_action_opens_no_name() -> None:
    text = "Visit Business Insider's homepage for more stories. Besuchen Sie Kovatix online."
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert "Business Insider" in orgs
    assert not any(name.startswith("Visit") for name in orgs)
