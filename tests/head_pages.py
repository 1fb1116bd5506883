"""The small German story that the head-class tests build their pages around.

Each test page puts one real-page class (an author line under the text, a link to the author's
posts …) around the same two paragraphs and headline, so that what changes between pages is
only the class under test.
"""

from __future__ import annotations

from reader.core.ingest import ParsedArticle
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

P1 = (
    "Der Stadtrat hat am Montagabend nach langer Debatte den neuen Haushalt für die Reparatur "
    "der Straßen beschlossen, und der Bürgermeister sagte, das Geld werde noch vor dem Sommer "
    "ausgegeben."
)
P2 = (
    "Die Opposition hielt dem Plan vor, er beruhe auf zu günstigen Steuerschätzungen, und "
    "warnte, im Herbst könnten Kürzungen nötig werden, wenn die Einnahmen wieder ausblieben."
)
HEADLINE = "Stadtrat beschließt Haushalt mit Geld für die Straßen"


def parse_page(text: str) -> ParsedArticle:
    """The article the plain-text importer reads from `text`."""
    return parse(normalise(text))
