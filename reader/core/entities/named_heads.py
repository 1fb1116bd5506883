"""English heads that end a body's name only after a name: "Brightline Health", "Vellum
Therapeutics", "Kestrel Analytics", "Hartwell School District".

A company in drugs, data or care names itself by a made-up or family word and the field it
works in, and a district that runs schools or water by its town and what it runs. The field's
word is an ordinary noun too, so the words before it must be a name's, not English's: "Mental
Health", "Public Health", "Predictive Analytics" and "Human Capital" are what somebody studies
or spends, "Redfield Health" a company. A sentence's first word proves nothing of a name, so a
run that opens a sentence needs a second name-shaped word or none of English's words.
"""

from __future__ import annotations

from reader.core.entities.names import Token, common_word, english_noun

# Fields a company names itself after; each also an everyday noun ("health", "analytics").
_FIELDS = frozenset(
    """health therapeutics analytics diagnostics biosciences biologics genomics
    biotherapeutics""".split()
)
# What a special-purpose district runs: "Marlow School District", "Linden Water District".
_DISTRICTS = frozenset(
    """school schools water fire hospital irrigation transit sanitation utility park
    parks""".split()
)
# Words between a district's town and what it runs: "Sacramento City Unified School District",
# "Houston Independent School District", "Marlow Area School District".
_DISTRICT_KINDS = frozenset("city county unified independent area community consolidated".split())


def named_head(words: list[Token], lang: str) -> bool:
    """Whether an English run ends in a field's or a district's head after name-shaped words."""
    if lang != "en" or len(words) < 2:
        return False
    low = _bare(words[-1].text).casefold()
    if low == "district" and len(words) > 2 and _bare(words[-2].text).casefold() in _DISTRICTS:
        before = words[:-2]
        while before and before[-1].text.casefold() in _DISTRICT_KINDS:
            before = before[:-1]  # "Sacramento City Unified School District": the town's
        return _named(before)
    return low in _FIELDS and _named(words[:-1])


def _named(before: list[Token]) -> bool:
    """Words that are a name's: each capitalised and none a word of English (a name like
    "Hartwell" is rare as a word; "Mental", "Public", "Predictive" are words)."""
    return bool(before) and all(
        w.capital and not common_word(_bare(w.text), "en") and not english_noun(_bare(w.text))
        for w in before
    )


def _bare(word: str) -> str:
    return word.rstrip(".,;:").removesuffix("'s").removesuffix("’s")
