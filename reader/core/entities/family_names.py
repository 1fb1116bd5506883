"""Whose words a family name is made of: the particles of the Low Countries', France's,
Italy's, Spain's and Portugal's names inside a person's name ("Rafael van der Vaart", "James
Van Der Beek", "Oscar De La Hoya"), and the everyday words of the Romance languages that open
a site's, a body's or a work's name instead ("Museo del Prado", "Frutas Afrodisíacas").

Its own module because `person_names` asks both while judging a run, and neither needs the
rest of its tests.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.first_names import (
    first_name_unaccented,
    known_first_name,
    may_begin_a_name,
)
from reader.core.entities.names import Token
from reader.core.word_frequency import zipf as zipf_frequency

# Languages whose everyday words open titles and names of bodies in German and English text.
_ROMANCE = ("es", "pt", "it", "fr")


def romance_word(word: str) -> bool:
    """An everyday word of Spanish, Portuguese, Italian or French that no one bears as a
    first name ("Frutas", "Alianza", "Vigna"): it opens a work's, a body's or a wine's name
    quoted in its language, not a person's ("Rosario Murillo", "Luz Contreras", "Maximo
    Gonzalez" open with first names, the last without its accent)."""
    common = max(zipf_frequency(word.casefold(), lang) for lang in _ROMANCE) >= 3.5
    return common and not first_name_unaccented(word)


def romance_too(word: str) -> bool:
    """A word those languages write at all ("Afrodisíacas", "Rondell"), unlike a surname of
    none of them after a first name the list lacks ("Cene Prevc")."""
    return max(zipf_frequency(word.casefold(), lang) for lang in _ROMANCE) >= 1.5


# The particles that open a family name inside a person's name, written small or with a
# capital ("Rafael van der Vaart", "James Van Der Beek", "Oscar De La Hoya", "Gerard ter Borch").
_FAMILY_PARTICLES = frozenset("van von der den de da di du del della la le ter ten".split())


def inner_particles(run: list[Token]) -> frozenset[int]:
    """Where a run has a family name's particles between a first name and the rest of the
    name ("Botic van de Zandschulp", "James Van Der Beek"): words ("Der", "La") that are no
    part of a name elsewhere, but are here, as the first name before them and a capitalised
    surname after them show; the surname ends the run. Empty when the run has none or is no
    such name."""
    inner: set[int] = set()
    for at in range(1, len(run) - 1):
        if run[at].text.casefold() not in _FAMILY_PARTICLES:
            continue
        if at - 1 not in inner and not _given_name(bare(run[at - 1].text)):
            return frozenset()  # "Institut der …", "Museo del Prado": no first name before it
        inner.add(at)
    if not inner or max(inner) != len(run) - 2 or not run[-1].capital:
        return frozenset()  # "Gabriele von Bülow Gymnasium": a school named after her
    return frozenset(inner)


def _given_name(word: str) -> bool:
    """A first name the list knows, or one of no language's words ("Botic"); a word of the
    Romance languages opens a site's or a body's name there ("Museo", "Casa")."""
    return known_first_name(word) or (may_begin_a_name(word) and not romance_too(word))
