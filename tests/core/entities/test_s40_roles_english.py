"""Session 40: English offices cut short — at a sentence's first word that is part of the
employer's name ("White House Press Secretary" read "House Press Secretary"), and at a field
ending in "-ly" that is a noun ("family medicine physician" read "medicine physician") — and
the look-alikes that stay as they were. Hand-written sentences; the expected roles are what a
consultant would print."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.written_roles import nominative


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.roles for e in extract(text, "en") if e.kind is EntityKind.PERSON}


def test_a_name_opening_the_sentence_before_the_office_is_part_of_the_role() -> None:
    text = (
        '"The sham is over," White House Press Secretary Stephanie Grisham said on Friday. '
        "It was a call the White House released long ago."
    )
    assert _roles(text)["Stephanie Grisham"] == ("White House Press Secretary",)


def test_an_opening_word_written_with_the_name_nowhere_else_stays_out() -> None:
    # "Also" opens the sentence; the text writes "also Senate" only in small letters
    text = "It is over. Also Senate Majority Leader Mitch McConnell said so. He also met Senate staff."
    assert _roles(text)["Mitch McConnell"] == ("Senate Majority Leader",)


def test_the_opening_itself_is_no_evidence() -> None:
    # a line of other letters before it (a page's "read in Chinese" links): still an opening
    text = "By Ana Swanson\n\n阅读简体中文版\n\nWhen President Trump’s advisers spoke, he agreed."
    assert _roles(text)["Trump"] == ("President",)
    # a heading in capitals is no sentence either
    text = "What Happens When President Trump Leaves\n\nIt is over. When President Donald Trump left, it ended."
    assert _roles(text)["Donald Trump"] == ("President",)
    text = "It is over. Also Senate Majority Leader Mitch McConnell said so. Yes. Also Senate staff."
    assert _roles(text)["Mitch McConnell"] == ("Senate Majority Leader",)


def test_an_employer_inside_the_sentence_stays_out_of_a_role_held_before() -> None:
    # only a word the sentence's opening capitalised was left out of the run (session 39's
    # "former manager": the employer's name parts the word saying how it is held and the office)
    text = "The former Chelsea manager Jose Mourinho spoke. He was the Chelsea manager then."
    assert _roles(text)["Jose Mourinho"] == ("former manager",)
    text = "The team said Pittsburgh center Maurkice Pouncey is hurt. He is the Pittsburgh center."
    assert _roles(text)["Maurkice Pouncey"] == ("center",)
    # nor does an article join the role ("in the Senate" is written, too)
    text = "He met the Senate Majority Leader Mitch McConnell. Votes in the Senate fell."
    assert _roles(text)["Mitch McConnell"] == ("Senate Majority Leader",)


def test_a_field_in_ly_that_is_a_noun_is_part_of_the_office() -> None:
    text = "They had time for the shots, said Arroyo, a Sacramento family medicine physician."
    assert _roles(text)["Arroyo"] == ("family medicine physician",)
    assert _roles("Our supply teacher Tom Lee left early on Monday.")["Tom Lee"] == ("supply teacher",)


def test_an_adverb_in_ly_is_no_field() -> None:
    assert _roles("The newly appointed director Tom Lee said so on Monday.")["Tom Lee"] == ("director",)
    text = "The deal was signed, said Ann Berg, a friendly economist, on Monday."
    assert _roles(text)["Ann Berg"] == ("economist",)  # "friendly": how, not which office


def test_an_english_team_before_an_office_is_no_german_plural() -> None:
    # "Senators" is the team "coach" names, not a plural to make singular
    assert nominative("Senators coach", "D. J. Smith") == "Senators coach"
    assert nominative("Ministers", "Thomas Berg") == "Minister"  # alone: German's plural
    assert nominative("Chefs der Deutschen Bank", "Thomas Berg") == "Chef der Deutschen Bank"


def test_an_adjective_in_ly_says_what_the_person_is_like_not_the_office() -> None:
    # "burly" is made of no common word, yet no field: it has no plural
    assert _roles("The burly security guard Tom Baxter said nothing.") == {"Tom Baxter": ("security guard",)}
    assert _roles("A jolly police officer, Tom Baxter, waved.") == {"Tom Baxter": ("police officer",)}
