"""What a maker makes is a product, no organisation: "the maker of Tylenol", "the developer of
Starveil", "führender Anbieter von Cyber Protection Software", "ein Hersteller von Nutella".

English and German name a company by what it makes or offers ("maker of", "developer of",
"provider of", "Hersteller von", "Anbieter von"), and the name after such a word is the
product's — a company is "supplier to" or "Zulieferer von" a body instead, words
left out here. The product's name must end its phrase (a stop, a comma, a bracket, "and"):
"the maker of the Airbus A320" names the model, whose maker "Airbus" is written before it, and
"a provider of Zendesk integrations" names Zendesk's trade. A company of the main stock
indices and a service people post on stay organisations ("the maker of Instagram").
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.lexicon import PLATFORMS

# Not German "Entwickler" nor a genitive after the word: "ein Entwickler der Bahn", "ein
# Entwickler von SAP" name a man's employer.
_MADE = re.compile(
    r"\b(?:(?:maker|developer|provider)s? of|(?:Hersteller|Anbieter) (?:von|für)) (?:the )?"
    r"([A-ZÄÖÜ][\w'’&+-]*(?: [A-ZÄÖÜ][\w'’&+-]*)*)"
    r"(?=\s*(?:[.,;:!?)(]|$)|\s(?:and|or|und|oder|sowie)\b)"
)


def made_things(text: str) -> set[str]:
    """The names `text` writes after a word for their maker, ending the phrase."""
    return {
        name
        for name in (m.group(1) for m in _MADE.finditer(text))
        if name not in PLATFORMS and not listed(name)
    }
