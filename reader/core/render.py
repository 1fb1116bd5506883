"""Markdown summary notes → HTML that is safe to show: raw HTML escaped, then an allow-list.

A note may hold text pasted from anywhere, so the preview must never run or fetch anything.
python-markdown renders with its raw-HTML handlers removed (so `<script>` stays visible text),
fenced code is coloured by pygments, and the result passes an allow-list sanitiser: known tags
and attributes only, links only to http(s) and mailto, no images (a remote image is a beacon).
An address shown as text reads decoded (`web_address.readable`), outside code.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser

import markdown
from markdown.blockprocessors import BlockQuoteProcessor
from markdown.extensions.footnotes import FootnoteExtension
from pygments.formatters import HtmlFormatter

from reader.core.web_address import readable_in_text

ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br code del div em h1 h2 h3 h4 h5 h6 hr i li ol p pre s span strong"
    " sub sup table tbody td tfoot th thead tr ul".split()
)
VOID_TAGS = frozenset({"br", "hr"})
# Everything inside these is dropped with the tag: it is code or data, never reading matter.
DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template"})
ALLOWED_ATTRIBUTES = {
    "a": frozenset({"href", "title"}),
    "abbr": frozenset({"title"}),
    "td": frozenset({"align"}),
    "th": frozenset({"align"}),
}
CLASS_TAGS = frozenset({"code", "div", "pre", "span"})  # pygments token classes
SAFE_SCHEMES = ("http", "https", "mailto")
_CLASS_VALUE = re.compile(r"^[A-Za-z0-9_ -]{1,64}$")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_CODE_CSS_CLASS = "codehilite"
_SUPERSCRIPT = "[{}]"
_LITERAL_TAGS = frozenset({"code", "pre"})


def render_note(text: str) -> str:
    """The note's Markdown as sanitised HTML (a fragment, no <html> wrapper)."""
    return sanitise(_markdown().convert(text))


def code_style_css(style: str = "default") -> str:
    """CSS for coloured code blocks, from a pygments style ("default" light, "monokai" dark…)."""
    return str(HtmlFormatter(style=style).get_style_defs(f".{_CODE_CSS_CLASS}"))


def _markdown() -> markdown.Markdown:
    # Footnotes: a briefing's citations ([^chron-1], [^who-2]) read as numbers with their
    # sources listed below, not as the raw markers; "[1][2]" keeps two in a row apart.
    # Numbered where first cited, not where defined (python-markdown's default): a
    # chronology's definitions sit mid-document, a quote's at the end; Obsidian numbers so.
    footnotes = FootnoteExtension(SUPERSCRIPT_TEXT=_SUPERSCRIPT, BACKLINK_TEXT="", BACKLINK_TITLE="",
                                  USE_DEFINITION_ORDER=False)  # fmt: skip
    md = markdown.Markdown(
        extensions=["fenced_code", "codehilite", "sane_lists", "tables", footnotes],
        extension_configs={
            "codehilite": {"css_class": _CODE_CSS_CLASS, "guess_lang": False, "use_pygments": True},
        },
        output_format="html",
    )
    # After the inline pass has made the references, before the list is put in their order.
    md.treeprocessors.register(_FootnotesInDocumentOrder(footnotes), "footnote-document-order", 19.5)
    md.parser.blockprocessors.register(_SeparateQuotes(md.parser), "quote", 20)  # replaces the merging one
    # Without these two handlers raw HTML is ordinary text and gets escaped like any other.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


class _FootnotesInDocumentOrder:
    """Number the references as they stand in the document. python-markdown numbers them as its
    inline pass meets them, level by level: a paragraph's reference came before that of a quote
    or a list item above it, so a briefing's connecting text took [1] from its first quote and
    the preview disagreed with the exported file (and Obsidian). A tree processor is any
    object with `run(root)`."""

    def __init__(self, footnotes: FootnoteExtension) -> None:
        self._footnotes = footnotes

    def run(self, root: etree.Element) -> None:
        target = "#" + self._footnotes.makeFootnoteId("")
        references = [a for a in root.iter("a") if a.get("class") == "footnote-ref"]
        order: list[str] = []
        for anchor in references:
            name = anchor.get("href", "").removeprefix(target)
            if name not in order:
                order.append(name)
            anchor.text = _SUPERSCRIPT.format(order.index(name) + 1)
        cited = self._footnotes.footnote_order
        cited[:] = order + [name for name in cited if name not in order]


class _SeparateQuotes(BlockQuoteProcessor):  # type: ignore[misc]  # python-markdown has no types
    """Quotes apart when a blank line stands between them, as CommonMark, Obsidian and GitHub
    read them. python-markdown, following the original Markdown, poured a quote into the one
    just above it: a briefing's two quotes in a row, two quotes in the exported file, showed as
    one in the composer's preview (and a note's in its preview). A run of `>` lines, a `>` line
    between paragraphs included, is still one quote: it reaches `run` as one block."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        found = self.RE.search(block)
        if found:  # lines above the quote in the same block (no blank line) go first
            self.parser.parseBlocks(parent, [block[: found.start()]])
            block = "\n".join(self.clean(line) for line in block[found.start() :].split("\n"))
        quote = etree.SubElement(parent, "blockquote")  # a quote of its own, never the sibling
        self.parser.state.set("blockquote")
        self.parser.parseChunk(quote, block)
        self.parser.state.reset()


def is_safe_link(url: str) -> bool:
    """A link a note or article may offer: http(s) or mailto, nothing that runs or reads files."""
    cleaned = "".join(ch for ch in html.unescape(url) if ch.isprintable() and not ch.isspace())
    match = _SCHEME.match(cleaned)
    return match is not None and match.group(1).lower() in SAFE_SCHEMES


def sanitise(fragment: str) -> str:
    """Keep only allowed tags and attributes of an HTML fragment; all text stays, escaped."""
    cleaner = _Sanitiser()
    cleaner.feed(fragment)
    cleaner.close()
    return cleaner.result()


class _Sanitiser(HTMLParser):
    """Re-emits a fragment tag by tag: allowed markup rebuilt, everything else reduced to text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._open: list[str] = []
        self._dropping = 0
        self._code = 0  # inside <code> or <pre>: the text stays exactly as written

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_WITH_CONTENT:
            self._dropping += 1
        elif self._dropping:
            return
        elif tag == "img":
            alt = dict(attrs).get("alt") or ""
            self._out.append(html.escape(f"[image: {alt}]" if alt else "[image]"))
        elif tag in ALLOWED_TAGS:
            self._out.append(f"<{tag}{_attributes(tag, attrs)}>")
            if tag not in VOID_TAGS:
                self._open.append(tag)
                self._code += tag in _LITERAL_TAGS

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_WITH_CONTENT:
            return
        depth = len(self._open)
        self.handle_starttag(tag, attrs)
        if len(self._open) > depth:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_WITH_CONTENT:
            self._dropping = max(0, self._dropping - 1)
        elif not self._dropping and tag in self._open:
            while self._open:
                closed = self._open.pop()
                self._code -= closed in _LITERAL_TAGS
                self._out.append(f"</{closed}>")
                if closed == tag:
                    break

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            # An address the preview shows reads as a browser shows it; its link stays exact.
            shown = data if self._code else readable_in_text(data)
            self._out.append(html.escape(shown, quote=False))

    def result(self) -> str:
        return "".join(self._out) + "".join(f"</{tag}>" for tag in reversed(self._open))


def _attributes(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    kept: list[str] = []
    for name, value in attrs:
        if value is None:
            continue
        allowed = name in ALLOWED_ATTRIBUTES.get(tag, ()) or (
            name == "class" and tag in CLASS_TAGS and _CLASS_VALUE.match(value)
        )
        if not allowed or (name == "href" and not is_safe_link(value)):
            continue
        kept.append(f' {name}="{html.escape(value, quote=True)}"')
    return "".join(kept)
