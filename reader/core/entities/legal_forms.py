"""A company's name ended by its legal form is one name, whatever words it holds.

"Piracy Guard IT Solutions GmbH", "Trade Buzzer UG", "Northwind Security Partners Ltd.":
the legal form closes a company's name, and the words before it — from where the run begins —
are that name, even when one of them is a role elsewhere ("Guard", "Director"). Where a role
and "der"/"of" name an employer (`workplaces`), a role word inside the run ended the name
there: "Geschäftsführer der Piracy Guard IT Solutions GmbH" gave "Piracy".
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.lexicon import LEGAL_FORMS
from reader.core.entities.names import Token

# Legal forms only (`lexicon.ORG_SUFFIXES` adds "Group" and "Holdings", which also name a part
# of a company or a kind of firm).
_LEGAL_FORMS = frozenset(LEGAL_FORMS)
# What may stand inside a company's name besides capitalised words: "Müller & Söhne GmbH".
_JOINERS = frozenset(["&", "und", "and"])


def legal_name_end(run: list[Token]) -> int | None:
    """The index just past the legal form that closes a company's name opening the run, when
    every word before it is capitalised or joins two names; else None."""
    for at in range(1, len(run)):
        word = run[at].text
        if bare(word) in _LEGAL_FORMS:
            inside = run[:at]
            if (
                inside[0].capital
                and inside[-1].capital
                and all(w.capital or w.text in _JOINERS for w in inside)
            ):
                return at + 1
            return None
    return None
