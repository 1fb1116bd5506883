"""Web addresses shown the way a browser's address bar shows them, decoded only where that
changes nothing the address means (`reader.core.web_address`), and the note preview showing
them so while its links keep the exact address."""

from __future__ import annotations

import pytest

from reader.core.render import render_note
from reader.core.web_address import readable, readable_in_text

MUENCHEN = "https://de.wikipedia.org/wiki/M%C3%BCnchen"


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        (MUENCHEN, "https://de.wikipedia.org/wiki/München"),
        ("https://ja.wikipedia.org/wiki/%E6%97%A5%E6%9C%AC", "https://ja.wikipedia.org/wiki/日本"),
        ("https://x.de/s?q=Stra%c3%9fe#Ab%C3%A4tze", "https://x.de/s?q=Straße#Abätze"),  # lower-case codes too
        ("https://x.de/%F0%9F%93%88", "https://x.de/📈"),  # four bytes
        ("https://x.de/plain/path", "https://x.de/plain/path"),
    ],
)
def test_encoded_letters_read_decoded(address: str, shown: str) -> None:
    assert readable(address) == shown


@pytest.mark.parametrize(
    "address",
    [
        "https://x.de/a%20b%2Fc%3Fd%25e%23f",  # ASCII: a space, and characters with a meaning
        "https://x.de/%E2%80%AEtxt.exe",  # right-to-left override: would turn the text around
        "https://x.de/%E2%80%8B",  # zero-width space
        "https://x.de/%C2%A0",  # no-break space
        "https://evil.de%EF%BC%8Fbank.de/",  # fullwidth solidus, a "/" lookalike
        "https://x.de/%C3",  # a sequence cut short
        "https://x.de/%FF%FE",  # no UTF-8
        "https://x.de/%C3%28",  # a lead byte without its continuation
        "https://x.de/%ED%A0%80",  # an encoded surrogate
    ],
)
def test_what_would_change_or_hide_the_address_stays_encoded(address: str) -> None:
    assert readable(address) == address


def test_a_mixed_run_keeps_its_encoded_ascii_and_decodes_its_letters() -> None:
    assert readable("https://x.de/K%C3%B6ln%20%2B%20D%C3%BCsseldorf") == "https://x.de/Köln%20%2B%20Düsseldorf"


def test_addresses_in_text_read_decoded_and_the_rest_stays() -> None:
    text = f"Quelle: {MUENCHEN}. Rabatt 50%C3 bleibt."
    assert readable_in_text(text) == "Quelle: https://de.wikipedia.org/wiki/München. Rabatt 50%C3 bleibt."


def test_the_note_preview_shows_addresses_decoded_and_links_exact() -> None:
    shown = render_note(f"Siehe <{MUENCHEN}> und {MUENCHEN}")
    assert f'href="{MUENCHEN}"' in shown
    assert shown.count("https://de.wikipedia.org/wiki/München") == 2 and "M%C3%BCnchen</a>" not in shown


def test_code_in_a_note_keeps_the_address_as_written() -> None:
    shown = render_note(f"`{MUENCHEN}`\n\n```\n{MUENCHEN}\n```\n\nDanach {MUENCHEN}")
    assert shown.count(MUENCHEN) == 2 and shown.count("wiki/München") == 1
