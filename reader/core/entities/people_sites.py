"""The people that shapes of a whole sentence name, read over the text after the runs are
classified: a credit line's maker (`credited_people`), a name with a family name's particle
(`particle_people`), a name after its office in small letters (`titled_people`), a
speaker with an office in apposition (`attributed_people`), a first name with an
initial for the surname (`initialled_people`), who scored in a game report
(`scoring_players`), a person whose first name is a town's (`town_first_names`), and an
author introducing themself (`introduced_selves`).

Each stands among the sites of `extraction`, which replace whatever the rules for runs read
over the same words; so a person those rules found already as such is left to them, and one
they cut short keeps the role they read ("Der Rektor Wilson | Madeira Filho").
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.entities.attributed_people import attributed_people
from reader.core.entities.credited_people import credited_people
from reader.core.entities.initialled_people import initialled_people
from reader.core.entities.introduced_selves import introduced_selves
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.particle_people import particle_people
from reader.core.entities.pieces import Piece
from reader.core.entities.scoring_players import scoring_players
from reader.core.entities.titled_people import titled_people
from reader.core.entities.town_first_names import town_first_names


def people_sites(pieces: list[Piece], text: str, words: list[Token], lang: str) -> list[Piece]:
    """The people these shapes name that the rules for runs did not find as such."""
    people = [
        *credited_people(text, words),  # "Foto: Kerstin Jordan", "Tested by: John Milbank"
        *particle_people(text, words, lang, pieces),  # "Brigitta van Rheinberg"
        *titled_people(text, words, lang),  # "aerospace executive Tom Young"
        *attributed_people(text, words),  # "said Zippy Duvall, the president of …"
        *initialled_people(text, words, lang),  # "Pavel K.", "Dennis S. will nicht reden"
        *scoring_players(text, words, lang),  # "Shaq Vann rushed for 101 yards"
        *town_first_names(text, words, lang, pieces),  # "Vladimir Putin"
        *introduced_selves(text, words, lang),  # "Hi, ich bin David, der Gründer"
    ]
    known = {(p.start, p.end) for p in pieces if p.kind is EntityKind.PERSON}
    roles = {p.start: p.role for p in pieces if p.kind is EntityKind.PERSON and p.role}
    taken: list[tuple[int, int]] = []
    found = []
    for person in sorted(people, key=lambda p: (p.start, -p.end)):
        if (person.start, person.end) in known:
            continue
        if any(s < person.end and person.start < e for s, e in taken):
            continue  # two shapes over one name: the longer reading
        taken.append((person.start, person.end))
        found.append(replace(person, role=person.role or roles.get(person.start, "")))
    return found
