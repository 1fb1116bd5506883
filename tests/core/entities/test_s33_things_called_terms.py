"""Session 33: a name German quotes before a naming verb that ends the clause ("weshalb man
sie „Ewige Stoffe“ nennt") is a term, no organisation; a body naming itself ("die sich
„Zentrolix“ nennt") and a quoted name the verb goes on from are kept. Hand-written sentences,
made-up names."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.called_terms import called_terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Viele Stoffe bleiben für immer, weshalb man sie auch „Ewige Stoffe“ nennt. "
            "Die „Ewige Stoffe“ sind überall.",
            "Ewige Stoffe",
        ),
        ("Stoffe, die „Forever Chemicals“ genannt werden, sind gefährlich.", "Forever Chemicals"),
        ("Das ist, was Fachleute als „Deep Tech“ bezeichnen.", "Deep Tech"),
    ],
)
def test_a_quoted_name_before_a_naming_verb_is_a_term(text: str, term: str) -> None:
    assert term in called_terms(text)
    assert term not in {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "Es gibt eine Firma, die sich „Zentrolix“ nennt.",
        "Die Firma „Zentrolix“ nennt ihre Zahlen gern.",
    ],
)
def test_a_body_naming_itself_or_a_subject_is_kept(text: str) -> None:
    assert called_terms(text) == set()
