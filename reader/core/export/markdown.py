"""Putting untrusted article text into Markdown so that it stays text.

An article's words must render as exactly those words in python-markdown, CommonMark
renderers and Obsidian: they may not open headings, lists, quotes, HTML, code, tables, link
(reference) definitions, footnotes, wikilinks or tags of their own. The policy, per line:

* backslash-escape what both python-markdown and CommonMark accept escaped and is active
  anywhere in a line: ``\\ ` * _ [ ] #`` (``#`` also because Obsidian reads ``#word`` as a tag);
* at the start of a line, escape the marker of a quote (``>``), a bullet or rule (``-``,
  ``+``) or an ordered list (``1.`` / ``1)``: the punctuation after the digits);
* ``<`` always and ``&`` before something entity-like become character references (``&lt;``,
  ``&amp;``), because python-markdown does not accept ``\\<`` and raw HTML must never pass;
* the second character of ``~~``, ``==`` and ``%%`` becomes a character reference so Obsidian
  finds no strikethrough, highlight or comment (and CommonMark no ``~~~`` fence);
* in a line with two or more ``$``, every ``$`` becomes ``&#36;``: Obsidian reads what lies
  between two of them as a LaTeX formula ("US$550 billion, the US$20 …"); a lone ``$`` stays;
* control characters Markdown files cannot carry (C0 except tab and newline, DEL, C1, lone
  surrogates) are dropped, and tabs become spaces because a leading tab starts a code block.

Lines are trimmed, so leading spaces cannot indent code either; `|` needs no escape because a
table needs a delimiter row on the next line, and every quoted line is its own paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.export.closing import closed, commonmark

_ALWAYS = re.compile(r"([\\`*_\[\]#])")
# A leading "-" or "+" is escaped even without a space after it: "---" is a thematic break.
_LINE_MARKER = re.compile(
    r"^(?:(?P<quote>>)|(?P<bullet>[-+])|(?P<num>\d{1,9})(?P<punct>[.)])(?=\s|$))"
)
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_PAIRS = re.compile(r"(?<=~)~|(?<==)=|(?<=%)%")
_UNCARRIABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")


def clean_control(text: str) -> str:
    """Drop control characters and lone surrogates; unify line breaks to "\\n"."""
    return _UNCARRIABLE.sub("", _LINE_BREAKS.sub("\n", text))


def escape_line(line: str) -> str:
    """One line of article text as Markdown that renders as exactly that (trimmed) line."""
    line = clean_control(line).replace("\n", " ").replace("\t", " ").strip()
    escaped = _ALWAYS.sub(r"\\\1", line)
    escaped = _ENTITY_LIKE.sub("&amp;", escaped)
    escaped = escaped.replace("<", "&lt;")
    escaped = _PAIRS.sub(lambda m: f"&#{ord(m.group(0))};", escaped)
    if escaped.count("$") > 1:
        escaped = escaped.replace("$", "&#36;")
    return _LINE_MARKER.sub(_escape_marker, escaped, count=1)


def _escape_marker(match: re.Match[str]) -> str:
    if match.group("quote"):
        return "\\>"
    if match.group("bullet"):
        return "\\" + match.group("bullet")
    return f"{match.group('num')}\\{match.group('punct')}"


def one_line(text: str) -> str:
    """User text (a title, a heading) squeezed onto one line, white space collapsed."""
    return " ".join(clean_control(text).split())


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of a quote: each becomes a paragraph of its own in Markdown."""
    return [line.strip() for line in clean_control(text).split("\n") if line.strip()]


def block_quote(text: str, last_line_suffix: str = "") -> list[str]:
    """A multi-line quote as Markdown lines: every line prefixed with "> ", paragraphs apart.

    `last_line_suffix` (a footnote mark) is appended unescaped to the last paragraph.
    """
    lines: list[str] = []
    parts = [escape_line(p) for p in paragraphs(text)] or [""]
    for number, part in enumerate(parts):
        if number:
            lines.append(">")
        suffix = last_line_suffix if number == len(parts) - 1 else ""
        lines.append(f"> {part}{suffix}".rstrip())
    return lines


def user_markdown(text: str) -> str:
    """The user's own Markdown (notes, annotations, connecting text), kept as written (a
    note's headings are then moved below the source's title: `nested_headings`).

    Only line breaks are unified and control characters dropped; trailing blank lines go so the
    document's own spacing stays regular; and a block left open (a code fence, an HTML comment,
    Obsidian's `%%`) is closed after it, or it would take in the rest of the document (`closing`).
    """
    return closed(clean_control(text).strip("\n").rstrip())


_ATX_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


_SETEXT_LINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
_CLOSING_HASHES = re.compile(r"(?:^|[ \t])#+$")  # what ends a `#` heading, not its words


def nested_headings(text: str, under: int) -> str:
    """The user's Markdown with its headings moved `under` levels down (at most `######`),
    so a summary note's "# Zusammenfassung" sits below the source's title in the document's
    outline instead of beside it. Lines inside fenced code keep their `#`s."""
    lines = _atx(text).split("\n")
    for number, heading in _headings(lines):
        hashes = "#" * min(6, len(heading.group(2)) + under)
        lines[number] = heading.group(1) + hashes + lines[number][heading.end():]
    return "\n".join(lines)


def _atx(text: str) -> str:
    """`text` with its setext headings ("Fazit" over a line of `=`, "Details" over one of `-`)
    written as `#` headings of their level, which `nested_headings` then moves down: left as
    they were, an annotation's "Fazit" over "=====" stood beside the source's title as a
    second one. Only those at the top level: one in a quote or a list item is its container's."""
    if not _SETEXT_LINE.search(text):
        return text
    lines = text.split("\n")
    for token in reversed(commonmark().parse(text)):
        if token.type == "heading_open" and token.level == 0 and token.markup in ("=", "-") and token.map:
            first, end = token.map
            words = " ".join(line.strip() for line in lines[first : end - 1])
            if _CLOSING_HASHES.search(words):  # "Issue #": a `#` heading would drop it as its end
                words = words[:-1] + "\\#"
            lines[first:end] = [f"{'#' if token.markup == '=' else '##'} {words}"]
    return "\n".join(lines)


def has_headings(text: str) -> bool:
    """Whether the user's Markdown has `#` headings of its own (outside fenced code): what
    follows it in the document would read as part of its last section."""
    return any(True for _ in _headings(text.split("\n")))


def _headings(lines: list[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """The ATX headings among `lines`, by line number, those inside fenced code left out."""
    fence = ""
    for number, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            yield number, heading
