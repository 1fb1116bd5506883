"""Products named with no word for their kind, written as brands write them ("HomePod",
"AirPower", "FaceTime", "Starship"), which the rules read as organisations.

A brand's glued capitals are no evidence of a company: makers write their products so as well.
What tells them apart is how the text uses the name — a thing is counted and owned ("another
HomePod", "my AirPods"), is the first word of a device or a feature ("the FaceTime camera",
"its failed AirPower charging mat", "SpaceX's Starship vehicle") and is what a maker launches
or ships ("launched Starship"); a company is none of these ("SoftBank invested in WeWork").
A model's word after a product written in lower case first ("iPad Pro") is that product's, and
the plural of a product the text names in the singular ("MacBooks") is none either.
A name written in glued capitals needs one such use; any other one-word name two, since "a
Nordstrom shopper" or "launched Neuralink" happen to companies too. A company of the main
stock indices, a service people post on and an acronym stay what they are.
"""

from __future__ import annotations

import re

from reader.core.entities.agreement import MODEL_WORDS
from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, camel_case
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# A word that counts or owns a thing, right before its name ("another HomePod", "your AirPods").
_COUNTED = re.compile(r"(?:^|\W)(?:another|an?|my|your|his|her|our|their)\s+$", re.IGNORECASE)
# What may follow a counted thing: no noun it would be the first word of ("a WeWork
# spokesperson", "his WikiLeaks work" are the company's), but a stop or a small word.
_ALONE_AFTER = re.compile(
    r"(?:['’]s)?(?![\w-])(?!\s+[a-z])|(?:['’]s)?\s+(?:for|in|on|at|to|from|with|and|or|but|that|"
    r"which|is|was|are|were|has|had|will|would|can|could)\b"
)
# Nouns of a device, a part or a feature right after a product's name ("FaceTime camera",
# "AirPower charging mat", "Starship vehicle"); no noun a company's name stands before
# ("WeWork office", "SoftBank fund", "Acme spokesperson").
_DEVICE_AFTER = re.compile(
    r"\s(?:camera|cameras|charging|charger|chargers|vehicle|vehicles|rocket|rockets|spacecraft|"
    r"lander|speaker|speakers|headphones|earbuds|case|cases|mat|pad|keyboard|display|screen|"
    r"console|consoles|handset|handsets|laptop|laptops|tablet|tablets|feature|features|"
    r"calls?|app|apps|device|devices|smartwatch|prototype|prototypes|launch|launches|models?|"
    r"sensors?|thermostats?)\b"
)
# Verbs a maker does to a product, right before its name ("launched Starship", "shipped AirPods").
_MADE_BEFORE = re.compile(
    r"\b(?:launched|launches|unveiled|unveils|shipped|ships|cancelled|canceled|discontinued|"
    r"released|introduced|announced)\s+$"
)
# A product written as brands write one, in lower case first ("iPad", "iPhone", "eGolf"), right
# before a model's word ("iPad Pro"): that word ends the product's name, no body.
_LOWER_BRAND_BEFORE = re.compile(r"(?<![\w-])[a-z]{1,2}[A-Z]\w* $")
# A plural in glued capitals, also after "Mac", which `camel_case` leaves to surnames: only
# organisations are read here, and "MacBooks" is none.
_GLUED_PLURAL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*[a-z]s")
_REACH = 30  # characters before a name searched for a word that counts it or a maker's verb


def brand_products(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` without the one-word organisations the text uses as products, in every mention."""
    uses: dict[str, set[str]] = {}
    names = [_candidate(piece, text) for piece in pieces]
    for piece, name in zip(pieces, names, strict=True):
        if name is None:
            continue
        before = text[max(0, piece.start - _REACH) : piece.start]
        found = uses.setdefault(name, set())
        if _COUNTED.search(before) and _ALONE_AFTER.match(text, piece.end):
            found.add("counted")
        if _MADE_BEFORE.search(before):
            found.add("made")
        if _DEVICE_AFTER.match(text, piece.end):
            found.add("device")
        if name in MODEL_WORDS and _LOWER_BRAND_BEFORE.search(before):
            found.add("model")  # "iPad Pro": the rest of a product's name, enough alone
    products = {
        name for name, found in uses.items()
        if "model" in found or len(found) >= (1 if camel_case(name) else 2)
    }  # fmt: skip
    for name in [name for name in uses if _plural_of_a_thing(name, text)]:
        products |= {name, name[:-1]}  # "MacBooks" and "MacBook": one product
    if not products:
        return pieces
    return [piece for piece, name in zip(pieces, names, strict=True) if name not in products]


def _plural_of_a_thing(name: str, text: str) -> bool:
    """A plural in glued capitals whose singular the text writes too: a thing made in numbers
    ("MacBooks" beside "the 12-inch MacBook", "der Kurs der FairCoins" beside "die
    Kryptowährung FairCoin"); no company is written in the plural."""
    return (
        _GLUED_PLURAL.fullmatch(name) is not None
        and re.search(rf"(?<![\w-]){re.escape(name[:-1])}(?![\w-])", text) is not None
    )


def _candidate(piece: Piece, text: str) -> str | None:
    """The name of a one-word organisation that may be a product: not a listed company, a
    service people post on, nor an acronym."""
    if piece.kind is not EntityKind.ORG or len(piece.words) != 1:
        return None
    name = bare(piece.text(text))
    if acronym(name) or name in PLATFORMS or listed(name) or not name[:1].isupper():
        return None
    return name
