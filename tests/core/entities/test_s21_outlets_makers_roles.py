"""Session 21's classes, read off session 20's blind pages (s21) and checked on hand-written
sentences (made-up people; the outlets and makers are real names, as the rules know them):
outlets cited by title, makers no list knows before a model's code, and people introduced by
a field's -ologist, -ician, -grapher word or by what they do, stated in a portrait ("ist eine
Seglerin")."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract, merge_roles, places
from reader.core.entities.brand_makers import model_code


def _names(text: str, lang: str, kind: EntityKind) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is kind}


@pytest.mark.parametrize(
    ("text", "lang", "outlets"),
    [
        (
            "Stay tuned, said Rolling Stone, and Fox News agreed.",
            "en",
            {"Rolling Stone", "Fox News"},
        ),
        (
            "It ran in the Orange County Register and Business Insider last week.",
            "en",
            {"Orange County Register", "Business Insider"},
        ),
        (
            "Reviews from Wired and Tom's Guide were kind to the console.",
            "en",
            {"Wired", "Tom's Guide"},
        ),
        (
            "On Monday, the People’s Daily, the party's mouthpiece, said so.",
            "en",
            {"People’s Daily"},
        ),
        (
            "Wie die Kronen Zeitung berichtet, schwieg das Hamburger Abendblatt. Laut Spiegel Online "
            "ist es so.",
            "de",
            {"Kronen Zeitung", "Hamburger Abendblatt", "Spiegel Online"},
        ),
    ],
)
def test_an_outlet_cited_by_its_title_is_an_organisation(
    text: str, lang: str, outlets: set[str]
) -> None:
    assert outlets <= _names(text, lang, EntityKind.ORG)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Variety is the spice of life, said Hanna Obermaier.", "Variety"),  # a word opening it
        ("The study appeared in JAMA Psychiatry in May.", "JAMA"),  # part of a longer title
    ],
)
def test_a_title_word_opening_a_sentence_or_inside_a_longer_name_is_not_the_outlet(
    text: str, org: str
) -> None:
    assert org not in _names(text, "en", EntityKind.ORG)


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Today only: 45% off the Velmora AW3418DW with free delivery.", "Velmora"),
        ("I tested the Quorvia 65XR7300 screen for a week and liked it.", "Quorvia"),
        ("Our favourite is the Brixel Pro Keyboard for tablets.", "Brixel"),
    ],
)
def test_a_name_of_no_language_before_a_models_code_is_its_maker(text: str, maker: str) -> None:
    assert maker in _names(text, "en", EntityKind.ORG)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Emissionen von Lachgas N2O und Methan CH4 stiegen.", "de"),  # formulas, no models
        ("die Panasonic Lumix DMC-FZ100 im Test", "de"),  # a product line after its maker
        ("The Zamazenta Edition comes in blue.", "en"),  # two words: a product's name alone
        ("She finished 21st in the 1990s.", "en"),  # ordinals and decades are no codes
    ],
)
def test_no_maker_without_a_models_code_or_before_one_after_a_name(text: str, lang: str) -> None:
    orgs = _names(text, lang, EntityKind.ORG)
    assert not orgs & {"Lachgas", "Methan", "Lumix", "Zamazenta", "She"}


@pytest.mark.parametrize(
    ("text", "lang", "person", "role"),
    [
        (
            "Ilse Brandner, an immunologist at the clinic, agreed.",
            "en",
            "Ilse Brandner",
            "immunologist",
        ),
        ("Geneticist Tom Varga disagreed.", "en", "Tom Varga", "Geneticist"),
        ("The photographer Ruth Kessler took it.", "en", "Ruth Kessler", "photographer"),
        ("Der Biologe Hans Kramer widersprach.", "de", "Hans Kramer", "Biologe"),
        ("Die Soziologin Petra Lenz stimmte zu.", "de", "Petra Lenz", "Soziologin"),
        ("Laura Demmer ist eine Seglerin aus Neuseeland.", "de", "Laura Demmer", "Seglerin"),
        ("Laura Demmer is a sailor from New Zealand.", "en", "Laura Demmer", "sailor"),
    ],
)
def test_a_fields_word_is_a_role(text: str, lang: str, person: str, role: str) -> None:
    roles = {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}
    assert role in roles[person]


def test_a_body_named_with_outlets_is_no_outlet_split_off() -> None:
    found = _names(
        "Im Jahr 1997 leitete sie die Juristische Kommission von ARD und ZDF. Im Oktober wurde "
        "sie gewählt.",
        "de",
        EntityKind.ORG,
    )
    assert {"ARD", "ZDF"} <= found
    assert "Juristische Kommission" not in found  # a body named by common nouns


@pytest.mark.parametrize(
    ("word", "code"),
    [("AW3418DW", True), ("65UM7300", True), ("DMC-FZ100", True), ("S21", True),
     ("CO2", False), ("N2O", False), ("CH4", False), ("4K", False), ("72W", False),
     ("21st", False), ("1990s", False), ("10am", False), ("2019", False)],
)  # fmt: skip
def test_a_models_code_mixes_letters_and_digits_and_is_no_formula_or_measure(
    word: str, code: bool
) -> None:
    assert model_code(word) is code


def test_a_code_after_anything_but_one_space_names_no_maker() -> None:
    text = (
        "Also, die Panasonic Lumix DMC-FZ100 (14 Megapixel, 24facher optischer Zoom – das gibt "
        "eine „Zoomauflösung“ von 8064 (Megapixel * Zoom²), meine Canon PowerShot A2500."
    )
    assert "Megapixel" not in _names(text, "de", EntityKind.ORG)


def test_two_words_ending_in_a_products_word_are_the_product_alone() -> None:
    assert "Quorvia" not in _names("He drove the Quorvia Edition home.", "en", EntityKind.ORG)
    assert "Quorvia" in _names("He drove the Quorvia Deluxe Edition home.", "en", EntityKind.ORG)


@pytest.mark.parametrize(
    ("typed", "place"),
    [("Reykjavik", "Reykjavík"), ("Dusseldorf", "Düsseldorf"), ("Bogota", "Bogotá")],
)
def test_a_city_typed_without_its_accents_is_the_city(typed: str, place: str) -> None:
    found = places.lookup(typed)
    assert found is not None and found.en == place


@pytest.mark.parametrize("word", ["Bali", "Sale", "Horde", "Liege", "Bunde"])
def test_no_town_by_its_name_without_accents_where_that_is_a_word_or_another_name(
    word: str,
) -> None:
    found = places.lookup(word)
    assert found is None or found.en == word  # not Bāli, Salé, Hörde, Liège, Bünde


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Im Sommer fuhren wir nach Sylt, dann an den Bodensee und auf die Zugspitze.", "de",
         {"Sylt": "Sylt", "Bodensee": "Lake Constance", "Zugspitze": "Zugspitze"}),
        ("They cycled along the Danube and hiked in the Black Forest before flying to Majorca.",
         "en", {"Danube": "Donau", "Black Forest": "Schwarzwald", "Majorca": "Mallorca"}),
    ],
)  # fmt: skip
def test_rivers_lakes_islands_mountains_and_landscapes_are_places_in_both_languages(
    text: str, lang: str, names: dict[str, str]
) -> None:
    found = {f.name: f for f in extract(text, lang) if f.kind is EntityKind.PLACE}
    for name, other in names.items():
        place = places.lookup(name)
        assert place is not None and other in (place.en, place.de)
    assert set(names) <= set(found)


def test_a_landmark_whose_name_is_a_word_is_left_out() -> None:
    text = "Seine Mutter kam aus Havel. Er strich Harz auf das Holz."
    assert not {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE} & {
        "Seine",
        "Harz",
    }


@pytest.mark.parametrize(
    ("roles", "language", "shown"),
    [
        (["Präsident", "leader", "Staatschef"], "de", ("Präsident", "Staatschef")),
        (["US-Präsident", "Vice President"], "de", ("US-Präsident", "Vizepräsident")),
        (["Präsident", "leader"], "en", ("President", "leader")),
        (["leader"], "de", ("leader",)),  # the only role stays, in whatever language
        (["Seglerin", "sailor"], "en", ("sailor",)),
    ],
)
def test_a_who_s_who_lists_roles_in_its_language_beside_one_it_can_say(
    roles: list[str], language: str, shown: tuple[str, ...]
) -> None:
    assert merge_roles(roles, language) == shown


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Der Turm ist 27 m hoch.", "de", "27 m"),
        ("Die Platte wiegt 11,2 t.", "de", "11,2 t"),
        ("Die Dichte beträgt 1,7 g/cm³.", "de", "1,7 g/cm³"),
        ("Der Heizwert liegt bei 8,02 kWh/kg.", "de", "8,02 kWh/kg"),
        ("It has a 60W port.", "en", "60W"),
        ("The roof closes at up to 50 km/h.", "en", "50 km/h"),  # no "50 k" and "m"
        ("The galaxy is 230 million light-years away.", "en", "230 million light-years"),
    ],
)
def test_metres_tonnes_densities_and_watts_are_measures(text: str, lang: str, figure: str) -> None:
    assert figure in {f.name for f in extract(text, lang) if f.kind is EntityKind.FIGURE}


def test_a_street_number_before_west_is_no_watts() -> None:
    text = "The shop at 3170 W. 53rd Street opened in May."
    assert not [f for f in extract(text, "en") if f.kind is EntityKind.FIGURE]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("It has a 2.5-liter engine with 275-horsepower.", {"2.5-liter", "275-horsepower"}),
        ("The bundle costs $9.99/month, or $4.99/mo with ads.", {"$9.99/month", "$4.99/mo"}),
        (
            "Add 6 tbsp sugar, 1 tsp salt and three cups of flour.",
            {"6 tbsp", "1 tsp", "three cups"},
        ),
    ],
)
def test_sizes_with_a_hyphen_prices_per_month_and_kitchen_measures(
    text: str, figures: set[str]
) -> None:
    assert figures <= {f.name for f in extract(text, "en") if f.kind is EntityKind.FIGURE}


def test_german_kitchen_measures() -> None:
    found = {
        f.name
        for f in extract("Dazu 2 EL Öl und 1 TL Salz geben.", "de")
        if f.kind is EntityKind.FIGURE
    }
    assert {"2 EL", "1 TL"} <= found


def test_a_fraction_before_a_unit_is_the_amount_and_elsewhere_no_figure() -> None:
    found = {
        f.name
        for f in extract(
            "Add 1/4 cup sugar and 1 1/2 cups milk. It has been open 24/7 since 9/11.", "en"
        )
        if f.kind is EntityKind.FIGURE
    }
    assert found == {"1/4 cup", "1 1/2 cups"}  # not "4 cup", "2 cups"


def test_an_amount_range_with_the_currency_on_both_ends_is_one_figure() -> None:
    found = {
        f.name
        for f in extract("Chargers cost $6 to $12, hubs $150 to $200. It cost $5 to build.", "en")
        if f.kind is EntityKind.FIGURE
    }
    assert found == {"$6 to $12", "$150 to $200", "$5"}


def test_a_count_of_a_plural_newer_than_the_dictionary() -> None:
    found = {f.name for f in extract("The car has 10 airbags and a rear door alert.", "en")}
    assert "10 airbags" in found


def test_a_landmark_may_be_a_surname_as_a_city_may() -> None:
    found = {
        f.name: f.kind
        for f in extract("Idris Elba starred. Anna Madeira won. We flew to Madeira.", "en")
    }
    assert found["Idris Elba"] is EntityKind.PERSON and found["Anna Madeira"] is EntityKind.PERSON
    assert found["Madeira"] is EntityKind.PLACE


def test_a_german_plural_in_s_is_counted_in_german_text_only() -> None:
    german = "Es kamen 3000 Fans, und wir geben 4 Tipps. Nach § 449 Abs. 1 BGB gilt das."
    found = {f.name for f in extract(german, "de") if f.kind is EntityKind.FIGURE}
    assert {"3000 Fans", "4 Tipps"} <= found and "449 Abs" not in found
    english = "Only 10 Democrats voted. The 7 Plus was cheaper."
    assert not [f for f in extract(english, "en") if f.kind is EntityKind.FIGURE]
