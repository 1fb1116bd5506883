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

# The same kind of small story in English, for the pages of English classes.
EN_HEADLINE = "Council approves three new bus routes for the city centre"
EN_P1 = (
    "The city council approved three new bus routes on Monday evening, after a debate that "
    "lasted well over four hours and drew dozens of residents to the town hall."
)
EN_P2 = (
    "The new lines will connect the northern districts with the station and the university, "
    "the transport department said, and work on the stops begins in the spring."
)


def parse_page(text: str) -> ParsedArticle:
    """The article the plain-text importer reads from `text`."""
    return parse(normalise(text))
