"""A chat copied out of WhatsApp, Teams or Signal: a stamp, the sender and the message on each
line. The messages, of a like width, were joined into one paragraph as a hard-wrapped text's
lines are; the first message was taken for the note's date line, shown only in the header and
dated 12 March from "03/12/2024". Each message stays a line of the text, the first one's words
title the chat, and its stamps date nothing: day and month cannot be told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.chat_lines import is_chat_line
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title"), [
    ("chat_de.txt", "Hast du die Zahlen für Polen schon?"),
    ("chat_en.txt", "Did you see the news on steel tariffs?"),
    ("chat_android_de.txt", "Hast du die Zahlen für Polen schon?"),
])  # fmt: skip
def test_a_chat_keeps_each_message_a_line_of_its_own(name: str, title: str) -> None:
    text = (PASTES / name).read_text(encoding="utf-8")
    article = parse(text)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == text.splitlines()
    assert (article.title, article.title_derived) == (title, True)
    assert article.published is None and article.byline is None


@pytest.mark.parametrize("line", [
    "10:32 Uhr: Die Polizei meldet einen Unfall auf der A7 bei Kassel.",  # a live ticker's time
    "03.12.2024, 10:32 Uhr: Die Polizei meldet einen Unfall auf der A7 bei Kassel.",  # and day
    "[Update] Die Polizei meldet einen Unfall auf der A7 bei Kassel.",
    "[10:32] Die Polizei meldet einen Unfall auf der A7 bei Kassel.",  # no sender
])  # fmt: skip
def test_a_tickers_time_or_a_bracketed_label_is_no_chat_message(line: str) -> None:
    assert not is_chat_line(line)
