"""An organisation named where a sentence says where somebody works ("strategist at Miller
Tabak", "Generalsekretär von Amnesty International") or what kind of body it is ("the
website Full Fact"), and the phrases of the same shape that name none. Expected values read
off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_role_at_or_of_names_the_employer_as_a_whole() -> None:
    text = (
        "Matt Maley, equity strategist at Miller Tabak, says the stock is risky. "
        "Posted by the performance analysts at Digital Foundry, the port is not smooth."
    )
    assert {"Miller Tabak", "Digital Foundry"} <= _orgs(text, "en")


def test_a_german_role_von_or_des_names_the_body() -> None:
    text = (
        "Das Werk entstand im Dialog mit Kumi Naidoo, früherer Generalsekretär von Amnesty "
        "International und früherer Direktor von Greenpeace."
    )
    assert {"Amnesty International", "Greenpeace"} <= _orgs(text, "de")


def test_a_word_for_an_outlet_before_a_name() -> None:
    text = "Will Moy, chief executive of the fact-checking website Full Fact, told the BBC."
    assert "Full Fact" in _orgs(text, "en")


def test_no_organisation_where_the_same_shape_names_a_place_a_noun_or_a_person() -> None:
    text = "Sie ist Vorsitzende des Aufsichtsrats und die beste Spielerin der Bundesliga."
    assert _orgs(text, "de") == set()
    text = "In den Logfiles werden die Einträge für den Host des Clients anonymisiert."
    assert _orgs(text, "de") == set()
    text = "He met the President of France and the Governor of South Carolina. It is safe, company CEO Andy Vesey said."
    assert _orgs(text, "en") == set()
    text = "The speaker of the House of Representatives Rt. Hon. Femi Gbajabiamila spoke."
    assert "House of Representatives" in _orgs(text, "en")


def test_a_name_ending_with_another_organisations_name_is_its_variant() -> None:
    text = (
        "Kim Renkema, Sportdirektorin von Allianz MTV Stuttgart, ist zufrieden. "
        "Meisterfeier vertagt: MTV Stuttgart verliert Spiel drei."
    )
    assert _orgs(text, "de") == {"Allianz MTV Stuttgart"}


def test_an_apposition_saying_what_kind_of_body_a_name_is() -> None:
    text = (
        "The event is organised by Kosmos, a group co-founded by Gerard Pique. Trump let "
        "companies sell to Huawei, the embattled Chinese telecoms giant. We met the "
        "founders of Bramble, a London-based startup. The talk was given by Baker, a company "
        "spokesman."
    )
    orgs = _orgs(text, "en")
    assert {"Kosmos", "Huawei", "Bramble"} <= orgs  # "Bramble" a word
    assert "Baker" not in orgs  # a role in the apposition: a person
    text = "The keyboard is made by Corsair; the song was written by Baker."
    assert _orgs(text, "en") == {"Corsair"}  # a word, which only what it does makes a company


def test_an_english_name_once_with_nothing_that_says_what_it_is_is_no_organisation() -> None:
    text = "Officers found a Suboxone strip. While Anglophiles watched, the crowd cheered."
    assert _orgs(text, "en") == set()
    text = "Officers found a Zentrobix strip. Later Zentrobix shares rose."
    assert _orgs(text, "en") == {"Zentrobix"}  # named twice: the text treats it as a name
    text = "Shares of the group rose after Zentrobix's results."
    assert _orgs(text, "en") == {"Zentrobix"}  # it owns something


def test_the_source_of_a_report_is_an_organisation_unless_a_person() -> None:
    text = (
        "The film made $320,000, according to Box Office Mojo. The ads cost $449,000, "
        "according to the Sioux Falls Argus Leader. It sold well, according to John Smith."
    )
    found = extract(text, "en")
    assert {f.name for f in found if f.kind is EntityKind.ORG} == {
        "Box Office Mojo",
        "Sioux Falls Argus Leader",
    }
    assert "John Smith" in {f.name for f in found if f.kind is EntityKind.PERSON}
    text = "Talks with the website Full Fact Editor Will Moy went on."
    assert _orgs(text, "en") == {"Full Fact"}  # a role before a name ends the body's name


def test_a_brand_word_before_a_name() -> None:
    text = "Die Produkte gibt es in Läden der Marke Gravis und beim Anbieter Freenet."
    assert _orgs(text, "de") == {"Gravis", "Freenet"}


def test_a_department_named_before_the_employer_is_no_organisation() -> None:
    text = (
        '"Markets rose," said Pankaj Pandey, Head of Research at ICICI Securities. Jane Roe, '
        "chief executive of Acme Widgets, agreed."
    )
    orgs = {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert orgs == {"ICICI Securities", "Acme Widgets"}


def test_a_word_for_a_company_before_a_name_outweighs_a_verb_of_saying() -> None:
    text = "The charity Oxfam said so, and the automaker Stellantis said more. His partner Mike said no."
    found = {(f.kind, f.name) for f in extract(text, "en")}
    assert {(EntityKind.ORG, "Oxfam"), (EntityKind.ORG, "Stellantis")} <= found
    assert (EntityKind.ORG, "Mike") not in found
