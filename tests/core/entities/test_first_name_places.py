"""Places whose name is also a first name need evidence of a place ("Mary" is a province of
Turkmenistan, "Florence" a city, "Charlotte" a US city); a first name ending in "s" is no
genitive of a place ("Silas" is no "Sila"); a city's name of several words counts even when
its words are frequent ("Kansas City"); a degree ("PhD") is no organisation and a league
("Premier League") no role with a person. Expected values read off the hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract, places


def _names(found: list[Found], kind: EntityKind) -> set[str]:
    return {f.name for f in found if f.kind is kind}


def test_a_first_name_alone_is_no_place() -> None:
    text = "Mary's Center, a community health center in Washington, treats patients."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Washington"}
    text = "Das war die Zeit, als Mary und Gordy die Bühnen beherrschten."
    assert _names(extract(text, "de"), EntityKind.PLACE) == set()
    text = "Charlotte said she would come. Eugene agreed with Charlotte."
    found = extract(text, "en")
    assert _names(found, EntityKind.PLACE) == set()
    assert "Charlotte" in _names(found, EntityKind.PERSON)


def test_a_first_name_opens_a_persons_name() -> None:
    text = "Florence Pugh starred in the film. Florence said it was hard."
    found = extract(text, "en")
    assert _names(found, EntityKind.PERSON) == {"Florence Pugh"}
    assert _names(found, EntityKind.PLACE) == set()
    text = "Victoria Beckham launched a brand in London."
    assert _names(extract(text, "en"), EntityKind.PERSON) == {"Victoria Beckham"}
    text = "Mary Barra, the GM chief, said Mary would stay."
    assert _names(extract(text, "en"), EntityKind.PERSON) == {"Mary Barra"}
    text = "The Charlotte Hornets won. Tourists saw Victoria Falls."
    assert _names(extract(text, "en"), EntityKind.PERSON) == set()


def test_a_preposition_a_country_after_a_comma_or_a_kind_of_place_makes_it_a_place() -> None:
    text = "The museum in Florence reopened, and tourists returned to Florence on Monday."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Florence"}
    text = "The gas field near Mary, Turkmenistan, supplies the region."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Mary", "Turkmenistan"}
    text = "Charlotte, North Carolina, grew fast. Charlotte has a new stadium."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Charlotte", "North Carolina"}
    text = "Die Gasfelder der Provinz Mary liefern viel. Mary exportiert Gas."
    assert _names(extract(text, "de"), EntityKind.PLACE) == {"Mary"}
    text = "Die Touristen reisten nach Florenz. Florenz war voll."
    assert _names(extract(text, "de"), EntityKind.PLACE) == {"Florenz"}


def test_the_country_of_the_place_named_in_the_text_makes_it_a_place() -> None:
    text = "Turkmenistan exports gas to China. Mary is the centre of the industry."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Turkmenistan", "China", "Mary"}
    text = "China imports gas. Mary is the centre of the industry."
    assert "Mary" not in _names(extract(text, "en"), EntityKind.PLACE)
    # what makes a person of the name outweighs the country
    text = "Florence Pugh toured Italy. Florence said it was lovely."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Italy"}
    # a verb of saying before a comma says nothing of the name after it
    text = "Die USA streiten. Die Gouverneurin sagte, Virginia werde klagen."
    assert _names(extract(text, "de"), EntityKind.PLACE) == {"Vereinigte Staaten", "Virginia"}


def test_a_city_that_is_no_first_name_needs_no_evidence() -> None:
    text = "Paris and Berlin agreed on the plan. Vienna followed."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Paris", "Berlin", "Vienna"}


def test_a_first_name_ending_in_s_is_no_genitive_of_a_place() -> None:
    text = "Auch ihr Teamkollege Silas Zahlten eilt von Erfolg zu Erfolg, sagte der Trainer."
    found = extract(text, "de")
    assert "Silas Zahlten" in _names(found, EntityKind.PERSON)
    assert _names(found, EntityKind.PLACE) == set()


def test_a_city_of_several_words_counts() -> None:
    text = "Kansas City beat the Broncos on Sunday."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Kansas City"}
    text = "Now, at the Los Angeles Auto Show, the car was shown."
    assert "Angeles" not in _names(extract(text, "en"), EntityKind.PLACE)  # of "Angeles City"


def test_a_degree_is_no_organisation() -> None:
    text = "She has a PhD in physics from Oxford. Her PhD thesis was on lasers."
    assert _names(extract(text, "en"), EntityKind.ORG) == set()
    text = "Sie promovierte (PhD) in Boston. Ihr PhD war schwierig, ihr MBA nicht."
    assert _names(extract(text, "de"), EntityKind.ORG) == set()
    text = "Applicants to the MBA Program met. She thanked her PhD Supervisor at the lab."
    assert _names(extract(text, "en"), EntityKind.ORG) == set()


def test_a_league_is_an_organisation_not_a_premier() -> None:
    text = "He joined Premier League club Arsenal in 2019."
    found = extract(text, "en")
    assert _names(found, EntityKind.PERSON) == set()
    assert "Premier League" in _names(found, EntityKind.ORG)
    text = "Die Premier League startet am Freitag."
    assert _names(extract(text, "de"), EntityKind.PERSON) == set()


def test_no_city_takes_a_first_name_among_its_other_names() -> None:
    assert places.lookup("Sophia") is None  # one of Sofia's names in GeoNames
    assert places.lookup("Victoria") != places.lookup("Hong Kong")
    sofia, florence = places.lookup("Sofia"), places.lookup("Florenz")
    assert sofia is not None and sofia.en == "Sofia"
    assert florence is not None and florence.en == "Florence"


def test_a_town_frequent_only_as_itself_is_a_place_and_one_known_otherwise_is_not() -> None:
    text = "The Browns lost. Cleveland fans booed, and Liverpool fans sang in the stands."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Cleveland", "Liverpool"}
    text = "Toyota sold more cars, and Hassan praised the Columbia researchers."
    assert _names(extract(text, "en"), EntityKind.PLACE) == set()
