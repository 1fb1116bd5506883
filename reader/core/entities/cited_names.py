"""The names a text's own phrases mark, whatever the rules made of their words: a source in
brackets ("(Motorsport-Total.com)"), a body's well-known name ("Human Rights Watch"), a credit
("(Image credit: All About Space)"), a citation ("G. Petit et al.", "told the Argus Leader",
"der eXXpress berichtete", "a new survey from Piper Jaffray"), a box score's players and a
photo's author ("Foto: Kerstin Jordan").

Each is read from the whole text, beside the capitalised runs `classify` decided, and wins
over the pieces it overlaps (`extraction` puts them outside the runs). Gathered here, in the
order `extraction` has always added them, so that the extraction reads as its steps.
"""

from __future__ import annotations

from reader.core.entities.box_scores import box_score_players
from reader.core.entities.cited_papers import cited_papers
from reader.core.entities.cited_people import cited_people
from reader.core.entities.cited_reports import cited_reports
from reader.core.entities.cited_sources import cited_sources
from reader.core.entities.credits import credited
from reader.core.entities.evidence import outlet_sites
from reader.core.entities.names import Token
from reader.core.entities.ngos import named_ngos
from reader.core.entities.people_sites import people_sites
from reader.core.entities.pieces import Piece


def cited_names(
    blanked: str, text: str, words: list[Token], lang: str, pieces: list[Piece]
) -> list[Piece]:
    """The names this text's phrases mark as a source, a body, a credit or a citation's
    (`blanked` is the text with its web addresses blanked out, as `outlet_sites` reads it)."""
    return [
        *outlet_sites(blanked, words),
        *named_ngos(text, words),
        *credited(text, words, lang),
        *cited_people(text, words, lang),
        *cited_papers(text, words, lang),
        *cited_sources(text, words, lang),
        *cited_reports(text, words, lang),
        *box_score_players(text, words, lang),
        *people_sites(pieces, text, words, lang),
    ]
