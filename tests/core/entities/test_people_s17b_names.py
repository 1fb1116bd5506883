"""People whose names the rules cut or took for something else: a first name that is an
English word ("Bill Clinton"), a noun before a first name ("das Duo Kimi …"), a family name's
particles after a first name no list knows ("Botic van de …"), a title in single quotes and a
holiday that ends in "s". Sentences written for these tests."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_first_name_that_is_a_word_before_a_surname_is_a_person() -> None:
    found = _found("Guests such as Bill Clinton and Grant Shapps came to the opening.")
    assert found.get("Bill Clinton") is EntityKind.PERSON
    assert found.get("Grant Shapps") is EntityKind.PERSON


def test_name_made_of_words_stays_an_organisation() -> None:
    text = "Shoppers at Home Depot spent more. Home Depot said sales rose."
    assert _found(text).get("Home Depot") is EntityKind.ORG


def test_a_model_letter_after_a_first_name_is_no_person() -> None:
    found = _found("The game runs at 30fps on the Xbox One X. That is better than before.")
    assert not any(kind is EntityKind.PERSON for kind in found.values())


def test_noun_no_one_bears_before_a_first_name_is_cut() -> None:
    text = "Im nächsten Jahr ersetzt das junge Duo Mika Halvorsen und Tarik Osmani die Fahrer."
    found = _found(text, "de")
    assert found.get("Mika Halvorsen") is EntityKind.PERSON
    assert "Duo Mika Halvorsen" not in found


def test_a_word_before_a_first_name_borne_here_is_no_noun() -> None:
    found = _found("Am Freitag sprach Mark Anthony Brenner in der Halle.", "de")
    assert found.get("Mark Anthony Brenner") is EntityKind.PERSON


def test_family_particles_after_an_unknown_first_name_keep_the_name_whole() -> None:
    found = _found("In the final, Kalvo beat Drenic van de Harsvelt 6-2, 6-3 in an hour.")
    assert found.get("Drenic van de Harsvelt") is EntityKind.PERSON


def test_title_in_single_quotes_is_no_person() -> None:
    found = _found("She sang at ‘Torvin Nights’ in the old mill last year.")
    assert found.get("Torvin Nights") is not EntityKind.PERSON


def test_possessive_after_single_quote_keeps_the_person() -> None:
    text = "He wrote: ‘Anna Brenner’s new shop opens on Monday in the old mill.’"
    assert _found(text).get("Anna Brenner") is EntityKind.PERSON


def test_holiday_ending_in_s_is_no_team() -> None:
    found = _found("Everyone came to the Christmas party at the office on Friday.")
    assert "Christmas" not in found


def test_team_after_the_stays_an_organisation() -> None:
    found = _found("On Sunday the Pumas won at home for the third time this month.")
    assert found.get("Pumas") is EntityKind.ORG
