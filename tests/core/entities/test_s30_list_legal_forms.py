"""Session 30: the legal forms are one list (`lexicon.LEGAL_FORMS`), and the words that end an
organisation's name (`lexicon.ORG_SUFFIXES`) are made of it, so a form added once counts for
both. Made-up companies."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.lexicon import LEGAL_FORMS, ORG_SUFFIXES


def test_every_legal_form_ends_a_name() -> None:
    assert set(LEGAL_FORMS) <= set(ORG_SUFFIXES)
    assert {"Group", "Holdings"} <= set(ORG_SUFFIXES) - set(LEGAL_FORMS)  # no legal forms


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Geschäftsführer der Nordlicht Guard Data Systems GmbH ist Jan Ohm.",
            "de",
            "Nordlicht Guard Data Systems GmbH",
        ),
        (
            "The director of Harbourline Security Partners Ltd. resigned on Monday.",
            "en",
            "Harbourline Security Partners Ltd.",
        ),
    ],
)
def test_a_legal_form_closes_the_whole_name(text: str, lang: str, name: str) -> None:
    assert name in {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}
