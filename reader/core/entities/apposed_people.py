"""A first name and a town's name, followed by a role in apposition, are a person.

German's rules take a town inside a run for the place ("Pekings Dominanz"), so "Madelaine
Caracas, die Sprecherin der Studierenden, …" gave the capital of Venezuela and lost the
woman. A known first name before the town and a person's role right after the comma ("die
Sprecherin", "Gründer") leave no doubt: the town's name is her surname. English reads such
names as people already (a town there blocks only a name's first word).
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare, place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.role_phrases import role_size

# A comma and an article, as an apposition opens: ", die Sprecherin", ", der Gründer".
_APPOSITION = re.compile(r",\s+(?:(?:der|die|den|dem|des|ein|eine|einer|eines)\s+)?")


def apposed_people(
    pieces: list[Piece], name_runs: list[list[Token]], words: list[Token], text: str
) -> list[Piece]:
    """The pieces with every run of a first name and a town's name before a role in
    apposition made one person, in place of what its words gave alone."""
    index = {w.start: i for i, w in enumerate(words)}
    people = [run for run in name_runs if len(run) == 2 and _person(run, words, index, text)]
    if not people:
        return pieces
    spans = [(run[0].start, run[-1].end) for run in people]
    kept = [p for p in pieces if not any(s <= p.start and p.end <= e for s, e in spans)]
    return sorted(
        [*kept, *(Piece(EntityKind.PERSON, run) for run in people)], key=lambda p: p.start
    )


def _person(run: list[Token], words: list[Token], index: dict[int, int], text: str) -> bool:
    first, last = bare(run[0].text), run[1].text
    place = place_of(last)
    if (
        not known_first_name(first)
        or place_of(first) is not None
        or place is None
        or not place.key.startswith("city:")
        or last != bare(last)
    ):
        return False
    apposition = _APPOSITION.match(text, run[1].end)
    if apposition is None:
        return False
    at = index.get(apposition.end())
    return at is not None and role_size(words, at) > 0
