"""A web page's text as reading text: white space, control characters, code's lines, and the
paragraphs a page parts with two line breaks instead of two `<p>` elements.

`<p>Österreichs Tauchmesse abgesagt<br><br>Das Messe-Event …</p>` is two paragraphs to a
reader (the browser draws an empty line between them, and a copy of the page has one), but
it is one element: read with its breaks as spaces, the reading view showed a subheading glued
to the paragraph under it and long stretches of text without a break (25 saved pages of the
two development sets, 5 en-news and 20 de-web, part paragraphs so inside the article: blogs,
press releases, content systems' rich-text fields; `webpage_breaks` marks
them for the extractor). A single `<br>` is a line break inside a
paragraph (an address, a poem's line) and stays a space. Only the article's paragraphs are
parted; the page's own text set aside around it keeps its breaks as spaces.
"""

from __future__ import annotations

import re
import unicodedata

# What a `<br>` (trafilatura's `<lb/>`) leaves in an element's text until it is read: U+2029,
# the paragraph separator, which no page's text is expected to hold and `clean_text` would
# not fold away unnoticed.
LINE_BREAK = "\u2029"
_PARAGRAPH_BREAK = re.compile("\u2029\\s*\u2029[\\s\u2029]*")
_SPACE = re.compile(r"[ \t\n\r\f\v\u200b]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CODE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029]")  # a tab stays


def paragraphs(text: str) -> list[str]:
    """`text` (with LINE_BREAK for each line break) parted where two breaks follow each other
    with nothing but white space between; a single break is a space."""
    if LINE_BREAK not in text:
        return [text]
    return [part.replace(LINE_BREAK, " ") for part in _PARAGRAPH_BREAK.split(text)]


def clean_text(text: str) -> str:
    """One line of reading text: NFC, runs of white space as one space (no-break spaces kept)."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return _SPACE.sub(" ", text).strip()


def code_text(content: str) -> str:
    """A code block's lines as its author wrote them: indentation and blank lines between them
    kept, tabs as four columns (a tab in a block's text sets it as a table's row), the white
    space closing a line and the blank lines around the block dropped. A blank line inside is
    one space: "\\n\\n" is the reading text's break between blocks, which paragraph numbers
    (in Python and in SQL), search snippets and name finding count on."""
    lines = [_CODE_CONTROL.sub("", unicodedata.normalize("NFC", line)).expandtabs(4).rstrip() for line in content.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(line or " " for line in lines)

