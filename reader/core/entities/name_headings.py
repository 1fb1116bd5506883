"""A person's name set as a heading in capitals: "LAURA DECKER", "BETHANY HAMILTON".

Lists of portraits ("Zehn Sportlerinnen, die …", "Five founders to watch") head each part with
the person's name in capitals and then call her by her first name. In capitals, a name looks
like shouted words or an acronym row and the rules drop it. A line that holds nothing but two
or three words in capitals, the first a known first name and no place ("ARGENTINA CRUISES": a
headline), neither it nor the last an everyday word of English or German ("ALLE MARKEN",
"FRANCE WINS") and the last no thing named after someone ("DAVIS CUP"), is the person's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities import places
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_word
from reader.core.entities.misnamed import NAMED_THINGS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_LINE = re.compile(r"^[ \t]*([A-ZÄÖÜ][A-ZÄÖÜ'’-]+(?: [A-ZÄÖÜ][A-ZÄÖÜ'’-]+){1,2})[ \t]*$", re.M)


def heading_names(text: str, words: list[Token]) -> list[Piece]:
    """The people whose names stand alone on a line in capitals, as pieces over those words."""
    found = []
    starts = [w.start for w in words]
    for line in _LINE.finditer(text):
        parts = [part.title() for part in line[1].split()]
        if (
            known_first_name(parts[0])
            and places.lookup(parts[0]) is None
            and parts[-1] not in NAMED_THINGS
            and not any(_word(part) for part in (parts[0], parts[-1]))
        ):
            inside = words[bisect_left(starts, line.start(1)) : bisect_left(starts, line.end(1))]
            if inside:
                found.append(Piece(EntityKind.PERSON, inside))
    return found


def _word(part: str) -> bool:
    """An everyday word of English or German, or a German noun ("ALLE MARKEN", "IM ORIGINAL")."""
    return german_word(part) or any(common_word(part, lang) for lang in ("en", "de"))
