"""News about a mark or a supplement's label keeps its bodies (review of session 40): a
paragraph that opened with a notice was blanked to its end, so a trademark dispute ("Monster is
a registered trademark of Monster Beverage Corp. The company sued …") lost its judge, its
brewery's state and the owner, and a story on an FDA warning that quoted the label lost the
Food and Drug Administration, the company and the agency's critic. Small print names nothing
after its notices and is never quoted."""

from __future__ import annotations

from reader.core.entities import extract

_LEAD = "The court heard the case on Monday.\n\n"


def _names(text: str) -> set[tuple[str, str]]:
    return {(f.kind.value, f.name) for f in extract(_LEAD + text + "\n", "en")}


def test_a_trademark_dispute_opening_with_the_mark_keeps_its_bodies() -> None:
    found = _names(
        "Monster is a registered trademark of Monster Beverage Corp. The company sued the Vermont "
        "brewery in March, Judge Mary Smith said."
    )
    assert {("person", "Mary Smith"), ("place", "Vermont")} <= found
    assert any(kind == "org" and name.startswith("Monster Beverage") for kind, name in found)


def test_a_quoted_disclaimer_is_the_articles_sentence() -> None:
    found = _names(
        "“These statements have not been evaluated by the FDA,” wrote Zorvex Labs in Ohio."
    )
    assert {("org", "Zorvex Labs"), ("place", "Ohio")} <= found


def test_a_disclaimer_that_goes_on_to_name_more_is_the_articles() -> None:
    found = _names(
        "These statements have not been evaluated by the Food and Drug Administration, Jane "
        "Porter of the Consumer Federation of America told Reuters."
    )
    assert ("person", "Jane Porter") in found
    assert ("org", "Consumer Federation of America") in found


def test_a_sentence_about_a_sites_information_opening_a_paragraph_stays() -> None:
    found = _names(
        "The information on this website misled buyers for years, Jane Porter of the Consumer "
        "Federation of America said."
    )
    assert ("person", "Jane Porter") in found


def test_a_disclaimer_and_its_sentence_naming_nothing_are_small_print() -> None:
    found = _names(
        "*These statements have not been evaluated by the Food and Drug Administration. These "
        "products are not intended to diagnose, treat, cure, or prevent any disease."
    )
    assert not any(kind == "org" for kind, _ in found)


def test_a_sites_note_on_what_it_is_for_is_small_print() -> None:
    found = _names(
        "The information provided on this website is for informational purposes only and is "
        "not a substitute for advice from Mayo Clinic."
    )
    assert not any(kind == "org" for kind, _ in found)
