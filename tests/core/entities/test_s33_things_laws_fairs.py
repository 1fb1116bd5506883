"""Session 33: German introduces a law, a treaty, a fair or a conference by its kind right
before its name ("das Heizungsgesetz GEG", "die Reisemesse CMT"), and the name is that thing,
no organisation; the company that runs fairs, named with the word in its name ("die Messe
Frankfurt"), stays one. Hand-written sentences, made-up names besides the real companies."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Das Heizungsgesetz GEG sorgt für Streit. Das GEG gilt ab 2024.", "GEG"),
        (
            "Auf der Reisemesse CMT in Stuttgart zeigten 500 Aussteller Neuheiten. "
            "Die CMT endet am Sonntag.",
            "CMT",
        ),
        ("Das Abkommen TTIP scheiterte 2016. Über TTIP wurde jahrelang verhandelt.", "TTIP"),
    ],
)
def test_a_law_or_a_fair_named_after_its_kind(text: str, thing: str) -> None:
    assert thing not in _orgs(text)


def test_the_company_named_with_the_word_stays() -> None:
    assert "Messe Frankfurt" in _orgs("Die Messe Frankfurt meldet Rekorde. Die Messe Frankfurt baut aus.")
