"""What a body runs, sells or issues, named after the body: the body, not another one.

"the DB Lounge", "NBA League Pass", "the B&H Financing Card", "ESA Topical Team scientists",
"the CHIP Installer", "SWA Flight 1380", "USDA Zone 10": a body's acronym (or its name written
as brands write, "SciSpacE Team") opens a run whose last word says what kind of thing the
body offers — a lounge, a card, a pass, a flight, a team of its own people, the zones it maps.
The run names that thing; the organisation it speaks of is the acronym alone, which a reader
counts as the body ("DB" is Deutsche Bahn) rather than as a second organisation named
"DB Lounge". A closed list of such words, as a last word: an organisation's own name ends in
a head ("IG Metall", "CNN Business", "JAMA Psychiatry", "TU Darmstadt") or a place, not in
a thing it sells. A country's letters ("US Team", "UK Card") are no body.
"""

from __future__ import annotations

from reader.core.entities.cues import acronym, bare, camel_case, place_of
from reader.core.entities.names import Token

# Last words for what a body offers or fields; singular and plural, as a name writes them.
_OFFERINGS = frozenset(
    """lounge lounges card cards pass passes installer flight flights team teams zone zones
    app apps ticket tickets""".split()
)


def offering_of(run: list[Token]) -> bool:
    """Whether the run is a body's acronym (or camel-cased name) and then what it offers:
    "DB Lounge", "NBA League Pass", "SciSpacE Team"."""
    if len(run) < 2:
        return False
    first = run[0].text
    return (
        (acronym(first) or camel_case(first))
        and place_of(first) is None
        and bare(run[-1].text).casefold() in _OFFERINGS
    )
