"""An American state university named with its campus is one organisation: "the University of
California, San Francisco", "the University of Texas at Austin", "University of Colorado
Boulder".

A state's university is a system of several universities, each named by the state and the
town it stands in; English writes the town after the state's name with a comma, "at", a dash
or a space (a hyphen makes one word of the two: "Wisconsin-Madison" is read whole already). Read word by word, the runs give "University of California" and the place "San
Francisco" (or, after "at", a lone "Austin" taken for a company): two names where the text
has one, and the system's name where it meant the campus. The town must be a city of that
very state in GeoNames, so a list ("the University of Michigan, Boston University") or a
person after a comma ("University of Pennsylvania, Andrew Vaughan") stays apart; "in" says
where a university is, not which ("the University of Michigan in Ann Arbor"), and stays out.
"""

from __future__ import annotations

import re
from functools import cache

from reader.core.entities import places
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.us_states import us_state

# The state's university: "University of Texas", "Indiana University".
_STATE_UNIVERSITY = re.compile(
    r"University of (?P<of>[A-Z][\w ]+)|(?P<before>[A-Z][\w ]+) University"
)
# What joins the campus's town to the state's name.
_JOINS = (", ", " at ", " – ", " — ", " ")
_MOST = 3  # words of a town's name


@cache
def _states_of_towns() -> dict[str, frozenset[str]]:
    """An American city's name → the states that have a city of that name."""
    found: dict[str, set[str]] = {}
    for city in places.cities():
        state = us_state(city["admin1code"]) if city["countrycode"] == "US" else None
        if state is not None:
            found.setdefault(city["name"], set()).add(state)
    return {name: frozenset(states) for name, states in found.items()}


def campus_names(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str
) -> list[Piece]:
    """Each state university followed by a town of its state takes the town into its name;
    what the rules had made of the town's words goes. Asked of every text: a piece gone is known
    by its identity (`piece in out` compared it field by field with every piece before it)."""
    out, gone = list(pieces), set[int]()
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or id(piece) in gone:
            continue
        name = _STATE_UNIVERSITY.fullmatch(piece.text(text))
        state = name and (name.group("of") or name.group("before"))
        if not state:
            continue
        if piece.words[-1].start not in index:
            continue
        town = _town(words, index[piece.words[-1].start] + 1, text, piece.end, state)
        if town:
            taken = {w.start for w in town}
            gone |= {id(p) for p in out if p is not piece and taken & {w.start for w in p.words}}
            out = [p for p in out if id(p) not in gone]
            piece.words = [*piece.words, *town]
    return out


def _town(words: list[Token], at: int, text: str, end: int, state: str) -> list[Token]:
    """The words of a town of `state` right after the state university's name (the word at
    `at` is the first after it, which ends at `end`), the longest such name first; none when
    no town of that state follows."""
    join = next((j for j in _JOINS if text.startswith(j, end)), None)
    if join == " at ":
        at += 1  # "at" is a word of its own
    if join is None or at >= len(words) or words[at].start != end + len(join):
        return []
    for count in range(_MOST, 0, -1):
        town = words[at : at + count]
        if len(town) < count or not all(w.capital for w in town):
            continue
        if any(text[a.end : b.start] != " " for a, b in zip(town, town[1:], strict=False)):
            continue
        if state in _states_of_towns().get(" ".join(w.text for w in town), frozenset()):
            return town
    return []
