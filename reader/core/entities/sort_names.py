"""The alphabetical order of entities: a person by surname, as a register of names sorts.

A person is listed with the academic title among their roles before the name ("Dr. Ina Berger",
`person_titles.titled_name`), and sorted by the name the index keeps ("Ina Berger"): under "I",
while the eye reading "Dr. Ina Berger" and "Prof. Dr. Karl Adler" looks under "D" and "P" and
finds them out of place, and a name the index keeps with its title ("Dr. Ulrich Cramer") went
under "D". One key for every list that orders entities by name — the Entities view's Name
column, the ties of the store's listing (most sources first) that the command line, the who's
who and the view's first order show: a person sorts by surname, then the given names, leaving
out titles and salutations before the name ("Prof. Dr.", "Frau", "Mr") and a suffix after it
("Jr.", "III"); every other entity by its name. Letters compare without case and accents, so
"Özdemir" sorts beside "Ozdemir", as German registers do. A Chinese or Korean name written
family name first ("Xi Jinping", "Kim Jong Un"; `east_asian_names`) sorts as it is written.
"""

from __future__ import annotations

from reader.core.entities.east_asian_names import family_name_first
from reader.core.entities.lexicon import NAME_SUFFIXES
from reader.core.entities.model import EntityKind
from reader.core.entities.office_names import SALUTATIONS
from reader.core.entities.person_titles import is_title
from reader.core.text import without_accents

_SUFFIXES = frozenset(s.casefold() for s in NAME_SUFFIXES)


def sort_name(kind: EntityKind | str, name: str) -> str:
    """The key that orders `name` among entities of its kind ("berger ina" for "Dr. Ina
    Berger", a person)."""
    if kind != EntityKind.PERSON.value:  # most rows of a listing: asked for each, so kept quick
        return _folded(name)
    words = name.split()
    while len(words) > 1 and (is_title(words[0]) or words[0].rstrip(".").casefold() in SALUTATIONS):
        words = words[1:]
    named = list(words)
    while len(named) > 2 and named[-1].rstrip(",").casefold() in _SUFFIXES:
        named = named[:-1]
    if len(named) > 1 and not family_name_first(
        " ".join(named)
    ):  # the surname first, then the given names (and a suffix after them)
        words = [named[-1], *named[:-1], *words[len(named) :]]
    return _folded(" ".join(words))


def _folded(text: str) -> str:
    folded = text.casefold()
    return folded if folded.isascii() else without_accents(folded)
