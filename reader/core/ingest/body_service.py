"""The site's customer-service box: "The Jerusalem Post Customer Service Center can be contacted
with any questions or requests: Telephone: … Fax: …", "Unser Leserservice: Telefon: … E-Mail: …".

News sites print how to reach their subscription or reader service under or beside the article,
as a sentence with the channels labelled. Written as prose, it outweighs a short article's
paragraphs. It is told by two things in one line: the site's service desk (customer, reader or
subscription service) and a labelled channel ("Telephone:", "Tel.:", "Fax:", "E-Mail:"). A story
about a company's hotline names the service but labels no channel; an event's practical
information labels channels but names no service desk.
"""

from __future__ import annotations

import re

# A service box is a line or a short paragraph.
MAX_WORDS = 80
_DESK = re.compile(
    r"customer (?:service|care|support)|reader service|subscriber service|subscription service"
    r"|kundenservice|kundendienst|leserservice|abo-?service|service client|service abonnés"
    r"|atención al cliente|servicio al cliente|servizio clienti|atendimento ao cliente"
    r"|klantenservice|lezersservice|obsługa klienta"
)
_CHANNEL = re.compile(
    r"\b(?:telephone|phone|tel\.?|telefon|téléphone|teléfono|telefono|telefone|telefoon|fax"
    r"|e-?mail|hotline|whatsapp)\s*:"
)


def is_service_box(lower: str, word_count: int) -> bool:
    """The lower-cased line tells how to reach the site's customer, reader or subscription
    service, with a labelled channel."""
    if word_count > MAX_WORDS or ":" not in lower or not _hinted(lower):
        return False
    return bool(_DESK.search(lower) and _CHANNEL.search(lower))


def _hinted(lower: str) -> bool:
    """A word every service desk holds: "service"/"servic" (en, fr, es, it, de "-service"),
    "kunden", "cliente"/"client", "klanten", "klienta". Spelled out: most lines reach it."""
    return "servic" in lower or "kunden" in lower or "client" in lower or "klient" in lower
