"""A name made of English words that the text writes right after a capitalised word or a
number, mention after mention, is the end of a longer name ("90 Day Reset", "Greek Chicken
Wraps"), no company (name_tails, asked by variants). A name made of words written after small
words or an owner stays one. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_the_end_of_a_programme_after_its_number_is_no_organisation() -> None:
    orgs = _orgs(
        "If you have done 90 Day Reset, the plan also fits 90 Day Reset, so no new meal prep "
        "is needed."
    )
    assert "Day Reset" not in orgs


def test_the_end_of_a_recipe_opening_its_lines_is_no_organisation() -> None:
    orgs = _orgs(
        "Lunch\n\nGreek Chicken Wraps [1 cup rice, 2 oz. beans]\n\n"
        "Dinner\n\nGreek Chicken Wraps [1 cup rice, 2 oz. feta]"
    )
    assert "Chicken Wraps" not in orgs


def test_the_end_of_a_product_after_its_maker_is_no_organisation() -> None:
    orgs = _orgs(
        "The console sells in two versions. The new Switch Game Pass works only on the Switch "
        "Game Pass edition."
    )
    assert "Game Pass" not in orgs


def test_a_name_made_of_words_after_small_words_and_an_owner_stays_a_company() -> None:
    orgs = _orgs(
        "The agency gave the contract to Iron Canyon. Investors in Jane Walsh's Iron Canyon "
        "cheered, and analysts expect Jane Walsh's Iron Canyon to hire more staff."
    )
    assert "Iron Canyon" in orgs
