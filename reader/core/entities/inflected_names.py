"""One body's name written in two inflections of its last word: one organisation.

German declines a name borrowed from English as its own: "das Youthful Institute" and "des
Youthful Instituts", "das Pantone Color Institute" and "des Pantone Color Institutes". The
keys of `variants` bring a German head's inflections together ("Bundestages"), not an English
head's; two names of several words that differ only in such an ending name the same body
here, as no text names two bodies so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.entities import places

# A German ending of a declined word: "Instituts", "Institutes", "Europäischen".
CASE_ENDING = re.compile(r"(?:en|er|es|em|e|s)$")


@lru_cache(maxsize=4096)
def case_stem(word: str) -> str:
    """`word` (folded) without the German case ending `CASE_ENDING` reads off it. One
    definition for every reader of a key's words: `variants` strips it from an organisation's
    words before the last, and the store's library-wide match of one body under two spellings
    (`store.entity_bodies.form`) must strip exactly what the key did.

    A place's name that ends in "s" is no declined German word and keeps it: "Dallas",
    "Paris", "Athens", "Texas" ("Dallas Cowboys" was keyed "dalla cowboys", and across sources
    "Dallas" was one body with "Dalla"); a German body's words still lose theirs ("des
    Rates für …", "Bundesamts", "Europäischen"), and an English plural stays read as one
    ("Veterans", "Workers"): a text writes a body's name both ways ("Workers' Party",
    "Worker's Party")."""
    stem = CASE_ENDING.sub("", word)
    if not stem or word[-1] != "s":
        return stem or word
    if places.lookup(word.title()) is not None:
        return word
    return stem


def inflected_aliases(sizes: dict[str, int], aliases: dict[str, str]) -> dict[str, str]:
    """For each key of several words (with its count of mentions) that another key not yet
    aliased writes with another ending of its last word, the key it joins: the less named
    joins the more named (on a tie, the longer key, which lost no ending to `variants`)."""
    stems: dict[str, list[str]] = {}
    for key in sizes:
        if " " in key and key not in aliases:
            stems.setdefault(CASE_ENDING.sub("", key), []).append(key)
    joined: dict[str, str] = {}
    for keys in stems.values():
        if len(keys) > 1:
            owner = max(keys, key=lambda k: (sizes[k], len(k), k))
            joined |= {k: owner for k in keys if k != owner}
    return joined
