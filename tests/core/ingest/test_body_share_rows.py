"""A row of share buttons with the site's own words among the networks' names is share chrome.

The networks' names are the same in every language; the site's own button words ("Pint",
"Baixar", "Senden") are any language's. A real dev page printed such a row under every card of
its listing. The lines are written by hand; which are share rows is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.body_share_rows import is_share_row

ROWS = (
    "Whatsapp   Facebook   Pint   Baixar",
    "Facebook Twitter Senden",
    "WhatsApp | Telegram | Kopieren | Drucken",
    "Facebook · LinkedIn · Xing",
)
NOT_ROWS = (
    "Facebook und Twitter löschen die Konten der Gruppe",
    "Facebook kauft WhatsApp für 19 Milliarden Dollar.",
    "Twitter alone",
    "Facebook, Twitter and Instagram were down for six hours",
)


@pytest.mark.parametrize("line", ROWS)
def test_a_row_of_network_names_and_buttons_is_share_chrome(line: str) -> None:
    assert is_share_row(line.lower(), len(line.split()))
    assert phrases.prompt_reason(line, len(line.split())) == phrases.SHARE


@pytest.mark.parametrize("line", NOT_ROWS)
def test_headlines_and_sentences_naming_networks_are_no_row(line: str) -> None:
    assert not is_share_row(line.lower(), len(line.split()))
