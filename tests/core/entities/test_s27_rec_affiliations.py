"""The body a person speaks for, named right after the person's full name with "of"/"von":
"said Tamsin Okafor of Harbour Relief", "sagt Lene Brandt von Nordwind Solar". A "von" inside a
name ("Richard von Weizsäcker") follows no full name, and German nouns alone after it name no
body ("Jonas Keller von Erfolg …"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.kind.name, f.name) for f in extract(text, lang)}


def test_a_body_after_a_full_name_and_of() -> None:
    found = _found('"The queues grew all winter," said Tamsin Okafor of Harbour Relief.', "en")
    assert ("ORG", "Harbour Relief") in found
    assert ("PERSON", "Tamsin Okafor") in found


def test_a_body_after_a_full_name_and_von() -> None:
    found = _found("„Wir liefern ab März“, sagt Lene Brandt von Nordwind Solar.", "de")
    assert ("ORG", "Nordwind Solar") in found


def test_a_name_with_von_inside_stays_one_person() -> None:
    found = _found("Am Abend sprach Richard von Weizsäcker vor dem Landtag.", "de")
    assert ("PERSON", "Richard von Weizsäcker") in found
    assert not any(kind == "ORG" for kind, _ in found)


def test_german_nouns_after_von_are_no_body() -> None:
    found = _found("Sie sprachen mit Jonas Keller von Erfolg und Scheitern im Beruf.", "de")
    assert not any(kind == "ORG" for kind, _ in found)


def test_a_body_the_rules_found_whole_is_kept_whole() -> None:
    found = _found(
        "The rule takes effect in May, said Dana Whitlow of the Ohio Department of Health and "
        "Human Services.",
        "en",
    )
    assert ("ORG", "Ohio Department of Health and Human Services") in found
