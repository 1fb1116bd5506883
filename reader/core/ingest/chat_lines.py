"""A chat's messages copied out of WhatsApp, Teams, Slack or Signal: each line a time stamp, a
name and the message ("[10:32] Anna Becker: Hast du die Zahlen?", "[03/12/2024, 10:32:15] Mark
Ellis: …", Android's "03.12.24, 10:32 - Anna Becker: …").

The stamps made the page rules misread them: lines of a like width, they were taken for a
hard-wrapped paragraph and joined into one; the first message, a line with a date, was taken for
the note's date line and shown only in the header; and its stamp, "03/12/2024" in an English
text, was read as 12 March when the chat program may have meant 3 December. Each message is a
line of its own, stays in the text, and dates nothing (day and month cannot be told apart).
"""

from __future__ import annotations

import re

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_DAY = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
# The stamp in brackets (the time alone or the day and the time), or the day and the time and a
# dash as Android's export writes it; then the sender's name (a name or a telephone number)
# and a colon. A live ticker's "10:32 Uhr: …" has neither brackets nor a day.
_CHAT_LINE = re.compile(
    rf"(?:\[(?:{_DAY},?\s+)?{_TIME}\]\s*|{_DAY},?\s+{_TIME}\s+[-–]\s+)(?P<name>[^:\[\]]{{1,40}}?):\s+(?P<message>\S.*)"
)


def is_chat_line(text: str) -> bool:
    """Whether the line is a chat's message with its stamp and sender (module docstring)."""
    return chat_message(text) is not None


def chat_message(text: str) -> str | None:
    """The message of a chat's line without its stamp and sender, None for another line."""
    found = _CHAT_LINE.fullmatch(text) if text[:1] in "[0123456789" else None
    return found["message"] if found else None
