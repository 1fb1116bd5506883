"""A role word and the field it is for, before a person's name: "Secretary of State Mike
Pompeo", "Minister of Health Jens Spahn", "Chief Strategy Officer Ivan Berg". The capitals run on from the role into the name, and
without this the field and the name became one body ("State Mike Pompeo").
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.first_names import known_first_name
from reader.core.entities.names import Token, english_noun


def field_of_role(run: list[Token], at: int) -> int:
    """How many words after a role word name the field it is for, when a person's name
    follows ("Secretary of State Mike Pompeo", "Secretary of Homeland Security Kirstjen
    Nielsen"): "of", one or two capitalised words, then a name — the role's, no body's ("State
    Mike Pompeo"); a company there ("President of Microsoft") its own rules find."""
    if at >= 1 and bare(run[at - 1].text) == "Chief":
        return _officer_field(run, at)
    if at >= len(run) or run[at].text != "of":
        return 0
    for size in (1, 2):
        name = at + 1 + size
        field = run[at + 1 : name]
        person = run[name:]
        if (
            len(person) > 1
            and all(w.capital for w in field)
            and person[1].capital
            and (  # a first name, or a name of no nouns that ends the run: "Kirstjen Nielsen"
                known_first_name(bare(person[0].text))
                or len(person) <= 3 and not any(english_noun(bare(w.text)) for w in person)
            )
        ):  # fmt: skip
            return 1 + size
    return 0


def _officer_field(run: list[Token], at: int) -> int:
    """How many words after "Chief" end a title in "Officer" ("Chief Strategy Officer",
    "Chief Revenue Officer"): the field between the two words is the role's, no name."""
    for size in (1, 2):
        end = at + size
        if end < len(run) and run[end].text == "Officer" and all(w.capital for w in run[at:end]):
            return size + 1
    return 0
