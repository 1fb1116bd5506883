"""Products named with no word for their kind, written as brands write them, are no
organisations: a thing the text counts ("another Lumapod"), the first word of a device or a
feature ("the BeamCall camera", "its failed GlowPad charging mat") or, for a name in plain
capitals, two such uses ("launched Skyrunner", "the Skyrunner vehicle"). Hand-written sentences
with invented names; companies written in glued capitals stay ("a Deskhive spokesperson",
"invested in CoWorkly"), and so does a service people post on."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_glued_name_the_text_counts_is_a_thing() -> None:
    orgs = _orgs("For the holidays I bought another LumaPod for the kitchen, and it sounds fine.")
    assert "LumaPod" not in orgs


def test_a_glued_name_before_a_device_noun_is_a_product() -> None:
    text = (
        "Nortex cancelled its failed GlowPad charging mat project this year. On the new "
        "laptop the BeamCall camera is still capped at 720p."
    )
    orgs = _orgs(text)
    assert "GlowPad" not in orgs
    assert "BeamCall" not in orgs


def test_a_plain_name_needs_two_uses_as_a_product() -> None:
    two = _orgs(
        "Orbitas launched Skyrunner on Tuesday from Texas. The towering Skyrunner vehicle "
        "flew for four minutes."
    )
    assert "Skyrunner" not in two
    one = _orgs("Musk launched Cortexa in 2016. Cortexa hired forty engineers in Austin.")
    assert "Cortexa" in one


def test_companies_in_glued_capitals_stay() -> None:
    orgs = _orgs(
        "“We are cooperating,” said a DeskHive spokesperson. Neumann borrowed against his "
        "DeskHive shares, and BrightBank invested in CoWorkly. Fans post clips on YouTube."
    )
    assert {"DeskHive", "BrightBank", "CoWorkly", "YouTube"} <= orgs


def test_a_thing_owned_with_words_between_is_no_organisation() -> None:
    orgs = _orgs(
        "Lunar picked Orbitas's Skyhopper and Vantor's lander. Orbitas's towering Skyhopper "
        "will carry rovers, and Orbitas's new Skyhopper flies in May."
    )
    assert "Skyhopper" not in orgs
    assert "Orbitas" in orgs
    kept = _orgs("Orbitas's Skyhopper flew in May. Engineers at Skyhopper went on strike in June.")
    assert "Skyhopper" in kept


def test_a_model_word_after_a_lower_case_product_is_no_organisation() -> None:
    orgs = _orgs(
        "Deals: zPad Pro models have been discounted this week.\n"
        "Buy Now  Nortex zPad Pro (11-inch, Wi-Fi, 64GB)  $674.00\n"
        "Buy Now  Nortex zPad Pro (12.9-inch, Wi-Fi, 256GB)  $899.00\n"
        "Shares of Plus fell after the Plus chain closed stores."
    )
    assert "Pro" not in orgs
    assert "Plus" in orgs


def test_the_plural_of_a_product_named_in_the_singular_is_no_organisation() -> None:
    orgs = _orgs(
        "Nortex replaced its connector with USB-C on ZenBooks in 2015, and even the 12-inch "
        "ZenBook would struggle. DreamWorks said it would hire, and BrightBank said so too."
    )
    assert "ZenBooks" not in orgs
    assert {"DreamWorks", "BrightBank"} <= orgs
