"""A dateline: the place a report was filed from, in capitals at the very start of its text
("TOKYO - …", "NEW YORK (Reuters)", "ST. JOSEPH, Mich."), which no gazetteer needs to know. A
word of the language in capitals there is a call to the reader or a heading, no place
("DANKE an alle …", "UPDATE: …"), unless the gazetteer knows it ("BERLIN", "NICE"). Split
from `classify`, which asks it first of every run.
"""

from __future__ import annotations

from reader.core.entities import places
from reader.core.entities.cues import bare
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.shouted import shouted_word


def dateline(run: list[Token], lang: str) -> Piece | None:
    """The dateline's place a run at the text's start is, or None."""
    if not (
        run and run[0].start == 0 and len(run) <= 3
        and all(w.text.isupper() and len(w.text) > 1 for w in run)
    ):  # fmt: skip
        return None
    name = " ".join(bare(w.text) for w in run).title()
    known = places.lookup(name)
    if bare(run[0].text).title() in NEVER_NAME and known is None:
        return None  # "NEW YORK (Reuters)": "New" opens a place's name; "THE …" no place
    if known is None and all(shouted_word(bare(w.text), lang) for w in run):
        return None  # "DANKE an alle": a word shouted, no place
    place = known or places.Place(f"site:{name.casefold()}", name, name)
    return Piece(EntityKind.PLACE, run, place=place)
