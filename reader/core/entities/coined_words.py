"""A word in camel case that the text also writes with a small first letter, and then takes
for no organisation, is a coined term, not a brand: "FIRE, leanFIRE, and fatFIRE. LeanFIRE is
when …", "someone who achieves FatFIRE".

A brand writes its name one way, and a capital inside it ("WeWork", "SoftBank") is how the
rules know it; a word the writer spells both ways ("leanFIRE", "LeanFIRE") is a word of the
writer's making, capitalised by a sentence or by whim. What the small spelling is decides: a
brand that writes itself small ("eBay", "creditshelf") is an organisation there too, and then
its capitalised form stays one.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare, camel_case
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece


def without_coined_words(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` without the one-word organisations in camel case that the text also writes
    with a small first letter, where that spelling is no organisation."""
    organisations = {p.text(text) for p in pieces if p.kind is EntityKind.ORG}
    coined: dict[str, bool] = {}

    def is_coined(word: str) -> bool:
        if word not in coined:
            small = word[:1].lower() + word[1:]
            coined[word] = (
                camel_case(word)
                and small not in organisations
                and re.search(rf"(?<![\w-]){re.escape(small)}(?![\w-])", text) is not None
            )
        return coined[word]

    return [
        p
        for p in pieces
        if not (p.kind is EntityKind.ORG and len(p.words) == 1 and is_coined(bare(p.words[0].text)))
    ]
