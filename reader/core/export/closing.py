"""The user's Markdown closed where they left a block open, so it cannot swallow what follows.

A note, an annotation or a briefing's connecting text stands between blocks the export writes
itself: the next highlight's quote and block id, the next source of a combined file, a
briefing's Sources and footnotes. A code fence begun and not ended (```` ``` ```` typed, the
end not yet), an HTML comment (`<!--`) or `<pre>` never ended, or Obsidian's `%%` comment or
`$$` formula begun and not ended runs to the end of the file in every renderer: the rest of the
document was shown as code, or not at all, and the `[[Note#^h3]]` links into it found no block.
Each is closed after the user's last line, as the end of their text would have closed it had
it been a file of its own; what they wrote is kept as written.

Only blocks at the top level need it: one inside a list item or a quote ends with its container
at the blank line before the export's next block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

_MARKERS = ("```", "~~~", "<", "%%", "$$")  # text without any of them has nothing to close
# HTML blocks that end at a marker, not at a blank line (CommonMark's kinds 1–5), by their start.
_HTML_ENDS = (
    (re.compile(r"<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE), None),  # None: `</tag>`
    (re.compile(r"<!--"), "-->"),
    (re.compile(r"<\?"), "?>"),
    (re.compile(r"<![A-Za-z]"), ">"),
    (re.compile(r"<!\[CDATA\["), "]]>"),
)
# Obsidian's comment and formula block, each from one marker to the next. A `$` run of three or
# more is no formula's ("$$$", a price band); a marker the user escaped (`\$$`) is text.
_OBSIDIAN_MARKER = re.compile(r"%%|(?<!\$)\$\$(?!\$)")


@lru_cache(maxsize=1)
def commonmark() -> MarkdownIt:
    """The parser the export reads the user's Markdown with, as a CommonMark renderer would."""
    return MarkdownIt("commonmark")


def closed(text: str) -> str:
    """`text` (the user's Markdown, no blank line at its end) with what it left open closed on
    lines of its own after it."""
    if not any(marker in text for marker in _MARKERS):
        return text
    tokens = commonmark().parse(text)
    lines = text.split("\n")
    closers = [
        closer
        for token in tokens
        if token.level == 0
        and token.map is not None
        and token.map[1] >= len(lines)
        and (closer := _closer(token, lines[token.map[0] : token.map[1]]))
    ]
    if open_pair := _open_obsidian_pair(text):
        closers.append(open_pair)
    return "\n".join([text, *closers])


def _closer(token: Token, lines: list[str]) -> str:
    """What ends `token`, a block running to the end of the text, when nothing in it does."""
    if token.type == "fence":
        fence = token.markup
        ended = len(lines) > 1 and re.fullmatch(
            rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*", lines[-1]
        )
        return "" if ended else fence
    if token.type == "html_block":
        content = token.content.lstrip(" ")
        for start, end in _HTML_ENDS:
            begun = start.match(content)
            if begun:
                marker = end or f"</{begun.group(1).lower()}>"
                after = content[begun.end() :]
                return "" if marker.lower() in after.lower() else marker
    return ""


def _open_obsidian_pair(text: str) -> str:
    """The `%%` or `$$` the text's words (code and HTML left out) begin and do not end, or "".

    Read in order, as Obsidian reads them: a `$$` inside a `%%` comment is hidden with it, and a
    `%%` inside a formula is the formula's; counted apart, "%% Preis: $$ %%" was closed with a
    stray `$$` that began a formula Obsidian ran over the rest of the file."""
    opened = ""
    for token in _words(_escapes_apart().parse(text)):
        for marker in _OBSIDIAN_MARKER.findall(token.content):
            if not opened:
                opened = marker
            elif marker == opened:
                opened = ""
    return opened


@lru_cache(maxsize=1)
def _escapes_apart() -> MarkdownIt:
    """The CommonMark parser with an escaped character left a token of its own (`text_special`,
    not joined into the text around it): so `\\$$` reads as "$" and "$", no formula's marker."""
    return MarkdownIt("commonmark").disable("text_join")


def _words(tokens: list[Token]) -> Iterator[Token]:
    """The plain text in `tokens`, in order: not code, HTML, an escape or an autolink's address."""
    for token in tokens:
        if token.type == "inline" and token.children:
            in_autolink = False
            for child in token.children:
                if child.type == "link_open" and child.markup == "autolink":
                    in_autolink = True
                elif child.type == "link_close":
                    in_autolink = False
                elif child.type == "text" and not in_autolink:
                    yield child
