"""A name German puts in quotes before a naming verb that ends its clause is a term, what
something is called, no organisation: "weshalb man sie auch „Forever Chemicals“ nennt", "die
„Ewigkeitschemikalien“ genannt werden", "was Fachleute als „Deep Tech“ bezeichnen".

German ends a subordinate clause with its verb, so a quoted name right before "nennt",
"genannt", "bezeichnet" and a stop or a comma is the name given to a thing. A body naming
itself says so ("die sich „Zentrolix“ nennt") and a name that opens its sentence before the
verb is that sentence's subject ("„Zentrolix“ heißt jetzt Korvato"): a clause with "sich",
and a verb that goes on, keep the name.
"""

from __future__ import annotations

import re

_CALLED = re.compile(
    r"[„“\"»]([A-ZÄÖÜ][^„“”\"«»\n]{0,60}?)[“”\"«]\s+"
    r"(?:nennt|nennen|nannte|nannten|genannt|bezeichnet|bezeichnen|bezeichnete|bezeichneten)"
    r"(?:\s+(?:werden|wird|wurde|wurden|worden|hat|haben|hatte))?\s*(?=[.,;:!?)])"
)
# Where the clause before the quote begins.
_CLAUSE_START = re.compile(r"[.,;:!?(]\s")


def called_terms(text: str) -> set[str]:
    """The quoted names `text` gives a thing with a naming verb that ends the clause."""
    found = set()
    for match in _CALLED.finditer(text):
        begun = max((m.end() for m in _CLAUSE_START.finditer(text, 0, match.start())), default=0)
        if not re.search(r"\bsich\b", text[begun : match.start()]):
            found.add(match.group(1).strip())
    return found
