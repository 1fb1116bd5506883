"""Names the text marks as products, events and terms by what it does with them or by their
shape, no organisations: it measures them out ("1 scoop Vitaboost": `measured_things`), numbers their
versions or prescribes them ("Starveil 2.0", "prescribed Migralin": `versioned_things`), names
their maker ("the maker of Tylenol": `made_things`), says what is so called ("die man
„Forever Chemicals“ nennt": `called_terms`), or coins them from "exit" ("Brexit":
`exit_blends`). One set for the rules that drop terms and
products from the organisations."""

from __future__ import annotations

from reader.core.entities.called_terms import called_terms
from reader.core.entities.exit_blends import exit_blends
from reader.core.entities.made_things import made_things
from reader.core.entities.measured_things import measured
from reader.core.entities.versioned_things import versioned


def marked_things(text: str) -> set[str]:
    """The names `text` measures out in every mention, gives a version or a prescription or a
    maker, quotes before a naming verb, or blends with "exit"."""
    return (
        measured(text) | versioned(text) | made_things(text) | called_terms(text)
        | exit_blends(text)
    )  # fmt: skip
