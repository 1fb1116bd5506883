"""A name measured out by a quantity and a unit is a product, no organisation: "1 scoop
Shakeology", "2 tbsp. Nutrazen", "eine Tasse Kaffee Hag", "zwei Päckchen Backfix".

A recipe, a meal plan or a dosage counts what goes into it with a number (or an article) and
a unit of volume, weight or packing, and a brand's name there stands for the stuff sold
under it, as "1 cup strawberries" stands for strawberries. A body is never so measured: one
counts its shares or its stores, not scoops of it. The unit must stand right before the name
(an "of" between allowed: "a bottle of Fizzco"), so "2 cups, Greenleaf says" keeps Greenleaf.
A maker's name is its product's as often ("nach zwei Dosen Biontech … Biontech teilte mit"), so
only a name the text measures in every mention is taken for the product, and a company of the
main stock indices and a service people post on stay organisations ("a can of Coca-Cola").
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.lexicon import PLATFORMS

# A quantity: digits (with a fraction or a decimal), a fraction sign, or a counting word.
_QUANTITY = (
    r"(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔]|a|an|one|two|three|four|half an?|ein|eine|einen|einer|zwei|"
    r"drei|vier|halbe?n?)"
)
# Units of volume, weight and packing, English and German (singular and plural).
_UNIT = (
    r"(?:scoops?|cups?|tablespoons?|teaspoons?|tbsp\.?|tsp\.?|glass(?:es)?|bottles?|cans?|"
    r"pills?|tablets?|capsules?|sachets?|packets?|servings?|shots?|drops?|ml|mg|g|kg|oz\.?|"
    r"Tassen?|Gläser|Glas|Flaschen?|Löffel|Esslöffel|Teelöffel|EL|TL|Tabletten?|"
    r"Kapseln?|Päckchen|Beutel|Tropfen|Messlöffel|Portionen?)"
)
# A quantity and its unit, then the name: capitalised words ("Kaffee Hag": both words, and
# "Kaffee" alone as a run may give it), up to the first word in small letters.
_MEASURED = re.compile(
    rf"(?<![\w.,/])(?i:{_QUANTITY}) ?{_UNIT} (?:of )?"
    r"([A-ZÄÖÜ][\w'’&+-]*(?: [A-ZÄÖÜ][\w'’&+-]*)*)"
)


def measured(text: str) -> set[str]:
    """The names that a quantity and a unit measure out in every mention in `text`, with the
    shorter names their first words make ("Kaffee Hag", "Kaffee"): no organisations."""
    starts: dict[str, set[int]] = {}
    for match in _MEASURED.finditer(text):
        words = match.group(1).split()
        for n in range(1, len(words) + 1):
            starts.setdefault(" ".join(words[:n]), set()).add(match.start(1))
    return {
        name
        for name, at in starts.items()
        if name not in PLATFORMS
        and not listed(name)
        and all(m.start() in at for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    }
