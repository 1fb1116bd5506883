"""A row of share buttons glued into one word is website furniture, no organisation; one
platform's name, and a brand's camel case, stay names. Hand-written sentences; the expected
values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_glued_share_buttons_are_no_organisation() -> None:
    text = (
        "Die Wanderung führt am See entlang.\n\nFacebookTwitterE-MailDrucken\n\n"
        "Im Herbst ist der Weg am schönsten."
    )
    assert not [o for o in _orgs(text, "de") if "Twitter" in o or "Facebook" in o]


def test_one_platform_and_a_camel_cased_brand_stay_names() -> None:
    text = (
        "The clip spread on Facebook, and Facebook said it would review it. "
        "Shares of WeWork fell after WeWork said it would cut jobs."
    )
    orgs = _orgs(text, "en")
    assert {"Facebook", "WeWork"} <= orgs
