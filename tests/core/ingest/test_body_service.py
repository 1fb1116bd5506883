"""The site's customer-service box is not the article.

News sites print how to reach their reader or subscription service beside the article, as a
sentence with its channels labelled; on a real dev page it outweighed a short article's two
paragraphs and was taken for the article. The lines are written by hand; which are service
boxes is hand knowledge.
"""

from __future__ import annotations

import pytest
from quality import block_roles, role_of

from reader.core.ingest import phrases
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_service import is_service_box

BOXES = (
    "The Daily Planet Customer Service Center can be contacted with any questions or requests: "
    "Telephone: 555-0100 Fax: 555-0101",
    "Unser Leserservice ist werktags für Sie da: Telefon: 040 1234567, E-Mail: leser@example.org",
    "Service abonnés : du lundi au vendredi, téléphone : 01 23 45 67 89",
    "Atención al cliente: de lunes a viernes. Teléfono: 900 123 456",
)
NOT_BOXES = (
    # A story about a company's hotline names the service but labels no channel.
    "The airline's customer service line was jammed for hours as thousands of flights were cancelled.",
    "Der Kundenservice der Bahn war am Montag telefonisch kaum zu erreichen, klagten Fahrgäste.",
    "Kundenservice: Die Bahn verspricht Besserung, doch viele Fahrgäste warten weiter.",
    # An event's practical information labels channels but names no service desk.
    "Anmeldung bis 15. März beim Verein, Telefon: 040 1234567, E-Mail: info@example.org",
    "Der Service im Hotel am See ist gut; Buchung unter Telefon: 040 1234567.",
)


@pytest.mark.parametrize("line", BOXES)
def test_the_service_box_is_footer(line: str) -> None:
    assert is_service_box(line.lower(), len(line.split()))
    assert phrases.prompt_reason(line, len(line.split())) == phrases.FOOTER


@pytest.mark.parametrize("line", NOT_BOXES)
def test_stories_and_event_details_are_no_service_box(line: str) -> None:
    assert not is_service_box(line.lower(), len(line.split()))


PAGE = """Home
News
Breaking news
The son of a former minister was stabbed to death on Wednesday while giving a talk at a Berlin clinic, police said.
A man who tried to stop the attacker was badly hurt; a 57-year-old suspect was arrested at the scene.
Council vote delayed again
By Staff
11/20/2019 01:14 PM
Ferry fares to rise in spring
By Staff
11/20/2019 10:08 AM
The Daily Planet Customer Service Center can be contacted with any questions or requests: Telephone: 555-0100 Extension 4 or 555-0199 Fax: 555-0101 E-mail: service@example.org Hours: Sunday to Thursday 7:00 to 14:00.
Copyright © 2019 Daily Planet Inc. All rights reserved
"""


def test_a_short_article_wins_over_the_service_box() -> None:
    roles = block_roles(PAGE)
    assert role_of(roles, "The son of a former minister") is BlockRole.BODY
    assert role_of(roles, "A man who tried") is BlockRole.BODY
    assert role_of(roles, "The Daily Planet Customer Service") is BlockRole.BOILERPLATE
