"""A story profile's names and terms, checked by hand on a short report, and its JSON round trip."""

from __future__ import annotations

from reader.core.stories import Profile, Weights, make_profile
from reader.core.stories.profile import profile_keys

TITLE = "Takaichi besucht Tokio"
TEXT = (
    "Die Regierung in Tokio kündigte am Montag neue Hilfen an. Premierministerin Takaichi "
    "sprach vor 35.000 Demonstranten, im Jahr 2024 waren es 3,5 Prozent mehr. Laut Reuters "
    "sagte Takaichi: Wir bleiben."
)


def test_names_are_capitalised_words_inside_sentences_and_figures() -> None:
    profile = make_profile(7, TITLE, None, TEXT, "de", "2025-10-28")
    # By hand: "Takaichi" (title start), "Die", "Premierministerin", "Laut" and "Wir" start a
    # sentence (after a colon too); German nouns inside a sentence count; a year is no figure;
    # "35.000" and "3,5" are spelled the way an English report would spell them.
    assert set(profile.names) == {"tokio", "regierung", "montag", "hilfen", "takaichi",
                                  "demonstranten", "jahr", "prozent", "reuters", "35000", "3.5"}  # fmt: skip
    assert profile.names["35000"] == 3.0
    assert profile.day is not None


def test_title_words_weigh_more_than_the_same_words_in_the_text() -> None:
    in_title = make_profile(7, "Besuch in Tokio", None, "Sie sprach lange.", "de", None)
    in_text = make_profile(7, "Tokio", None, "Sie sprach lange. Ein Besuch.", "de", None)
    # Counted three times in the title: 1 + ln 3 = 2.1 times the weight of one mention.
    assert in_title.terms["besuch"] > 2 * in_text.terms["besuch"]
    assert "sie" not in in_text.terms and "ein" not in in_text.terms  # stop words


def test_a_profile_survives_its_json() -> None:
    profile = make_profile(7, TITLE, "Ein Besuch mit Folgen.", TEXT, "de", "2025-10-28")
    again = Profile.from_json(7, profile.day, profile.to_json())
    assert again == profile
    assert list(again.terms) == list(profile.terms)  # the order is part of the profile
    assert again.lang == "de"  # grouping compares terms within one language only
    # A profile stored before the language was kept reads as of no known language.
    assert Profile.from_json(7, None, '{"t": {}, "n": {}}').lang is None


def test_weights_from_stored_keys_equal_weights_from_profiles() -> None:
    profiles = [
        make_profile(1, TITLE, None, TEXT, "de", "2025-10-28"),
        make_profile(2, "Takaichi in Washington", "Ein Besuch.", "Die Regierung in Tokio.", "de", None),
    ]
    from_keys = Weights.of_keys(profile_keys(p.to_json()) for p in profiles)
    assert from_keys == Weights.of(profiles)
    assert from_keys.count == 2 and from_keys.terms["takaichi"] == 2 and from_keys.names["tokio"] == 2


def test_a_sentence_starts_at_a_line_or_after_a_closing_mark_not_behind_brackets_or_quotes() -> None:
    text = (
        "Sie traf (Merkel) und sprach über Geld\nBerlin zahlt. Er sagte: „Wir kommen.“ "
        '"Scholz" ging. Danach ging Weber.'
    )
    # By hand: "Sie" and "Berlin" open a line (after no full stop), "Er" and "Danach" follow
    # a full stop and a space; "Merkel" and "Scholz" stand behind a bracket or a quote, which
    # opens no sentence, even right after one has ended; "Wir" is a stop word anywhere.
    names = make_profile(7, "Bericht", None, text, "de", None).names
    assert set(names) == {"merkel", "geld", "scholz", "weber"}
