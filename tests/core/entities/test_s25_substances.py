"""Acronyms a word for a kind of substance names are substances, no organisations, in every
mention ("die Flammschutzmittel TCPP und TDPC", "den Weichmacher DEHP", "the plasticizer
DEHP"); a body named beside such a word stays one ("die Chemikalienagentur ECHA", "chemicals
giant BASF"). Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Im Bezugsstoff fanden die Prüfer die Flammschutzmittel TCPP und TDPC. "
            "TCPP steht im Verdacht, Krebs zu erregen.",
            "de",
        ),
        ("Im Spielzeug steckte der Weichmacher DEHP, im Lack das Pestizid DDT.", "de"),
        ("Die Stoffe PFOS, PFHxS und PFOA bauen sich in der Natur kaum ab.", "de"),
        ("The lab found the flame retardants TCPP and TDCPP and the plasticizer DEHP.", "en"),
    ],
)
def test_letters_after_a_kind_of_substance_are_no_body(text: str, lang: str) -> None:
    assert not _orgs(text, lang)


def test_bodies_beside_such_words_stay_bodies() -> None:
    assert "ECHA" in _orgs("Das bestätigte die Chemikalienagentur ECHA am Montag.", "de")
    assert "BASF" in _orgs("Chemicals giant BASF cut its forecast on Tuesday.", "en")
