"""People a consultant would still correct (issue 15, session 39): "former" lost from a role
when the name of where the office was held stands between them ("The former Chelsea manager
Jose Mourinho" was listed as the manager), a person named before an appositive role ("Mark
Fields, the former CEO of Ford, said"), and a German body after a preposition opening a
sentence ("Im Landtag kritisierte Müller …") taken for a person."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract, merge_roles


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


# "former" before an employer before the office --------------------------------------------


def test_former_before_a_club_and_an_office_stays_in_the_role() -> None:
    people = _people("The former Chelsea manager Jose Mourinho said on Monday that he was happy.", "en")
    assert people["Jose Mourinho"] == ("former manager",)


def test_former_before_a_name_of_two_words_and_opening_a_sentence() -> None:
    people = _people(
        "Former Manchester United manager Alex Ferguson spoke first. A 2010 appearance by "
        "former Liberal Democrat leader Nick Clegg sparked a wave of enthusiasm.",
        "en",
    )
    assert people["Alex Ferguson"] == ("former manager",)  # in small letters, as the table says it
    assert people["Nick Clegg"] == ("former leader",)


def test_acting_before_a_company_and_its_office() -> None:
    people = _people("The acting Ford chief executive John Miller said sales fell.", "en")
    assert people["John Miller"] == ("acting chief executive",)


def test_former_before_an_acronym_and_its_office_keeps_both() -> None:
    people = _people("The former NASA administrator Jim Bridenstine said so on Tuesday.", "en")
    assert people["Jim Bridenstine"] == ("former NASA administrator",)
    # in an apposition the acronym is left out of the office, as the README says
    people = _people("Jim Bridenstine, a former NASA administrator, said so on Tuesday.", "en")
    assert people["Jim Bridenstine"] == ("former administrator",)


def test_former_in_an_apposition_after_the_name() -> None:
    people = _people(
        "Jose Mourinho, the former Chelsea manager, said he was happy. “It is hard,” said Doug "
        "Cooke, a former NASA associate administrator for exploration and now an industry "
        "consultant.",
        "en",
    )
    assert people["Jose Mourinho"] == ("former manager",)
    # the field ends where the apposition goes on to what he is now
    assert people["Doug Cooke"] == ("former associate administrator for exploration",)


def test_a_list_says_the_office_with_how_it_was_held() -> None:
    found = [f for f in extract("The former Chelsea manager Jose Mourinho said so.", "en")
             if f.kind is EntityKind.PERSON]  # fmt: skip
    assert merge_roles(found[0].roles, "en", found[0].name) == ("former manager",)


def test_no_former_where_the_text_says_none_or_a_place_was_former() -> None:
    people = _people(
        "The Chelsea manager Jose Mourinho said so. In former East Germany trainer Klaus Berger "
        "built a team.",
        "en",
    )
    assert people["Jose Mourinho"] == ("manager",)
    assert people["Klaus Berger"] == ("trainer",)  # the country was former, not his office


def test_no_former_where_a_place_with_its_article_was_former() -> None:
    people = _people(
        "In the former East Germany trainer Klaus Berger built a team. From the former Soviet "
        "Union coach Valeri Lobanovsky brought a style.",
        "en",
    )
    assert people["Klaus Berger"] == ("trainer",)
    assert people["Valeri Lobanovsky"] == ("coach",)


# a name, then its role in apposition ---------------------------------------------------------


def test_a_name_before_its_appositive_role_is_a_person() -> None:
    people = _people("Mark Fields, the former CEO of Ford, said the company would grow.", "en")
    assert people == {"Mark Fields": ("former CEO",)}
    people = _people("Sales fell. Mark Fields, former chief executive of Ford Motor, said so.", "en")
    assert people == {"Mark Fields": ("former chief executive",)}


# a German body after a preposition opening a sentence ----------------------------------------


def test_a_german_body_after_a_preposition_at_a_sentence_start_is_no_person() -> None:
    found = extract("Im Landtag kritisierte Müller den Haushalt. Im Kreistag sagte Meier, das "
                    "reiche nicht.", "de")  # fmt: skip
    people = {f.name for f in found if f.kind is EntityKind.PERSON}
    assert people == {"Müller", "Meier"}


def test_a_place_with_its_article_between_the_office_and_the_name() -> None:
    people = _people(
        "On Nov. 15, 2019, former U.S. ambassador to the Ukraine Marie Yovanovitch testified. "
        "A trip to the Bahamas Anna Berger booked fell through.",
        "en",
    )
    assert people["Marie Yovanovitch"] == ("former U.S. ambassador",)
    assert people["Anna Berger"] == ()  # a trip is no office
