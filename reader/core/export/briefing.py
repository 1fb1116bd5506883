"""A briefing as one Markdown document: the user's headings and text, quotes, citations.

Each quote carries a numbered footnote (`[^1]`) naming outlet, author, date, title and
paragraph; quotes from the same paragraph of the same source share a number, so a reader sees
at once that two quotes are neighbours. A bulleted list of the quoted sources, in the order they
are first cited, follows the last item, then the footnotes: numbered 1, 2, 3 the list would
clash with the footnotes' numbers ("source 2" being footnote 3). A source an inserted chronology
or who's who cites (`[^chron-7]`, `[^who-7]`: the label names the source) is listed too, though
no quote comes from it: the list named only the quoted sources, and a briefing that opened with
the library's chronology cited sources its "Sources" left out. Every footnote of the document,
an inserted chronology's and who's who's too, is numbered in reading order (`footnote_order`),
so the numbers read 1, 2, 3 from the top in the file, the preview and Obsidian alike; an
inserted block's own words are put into the export's language (`block_language`). The
document is built from the library each time, so re-exporting after changes gives the updated
document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.briefing_model import Briefing, BriefingItem, ItemKind
from reader.core.export import front_matter
from reader.core.export.block_language import in_language
from reader.core.export.citations import Citation, cite, cite_source
from reader.core.export.footnote_order import number_in_reading_order
from reader.core.export.markdown import (
    escape_line,
    nested_headings,
    one_line,
    user_markdown,
)
from reader.core.export.passages import quote_lines
from reader.core.export.safe_paths import file_stem
from reader.core.export.words import ENGLISH, Words
from reader.core.models import Source
from reader.core.progress import IsCancelled, Progress
from reader.core.store import Store

# Where an item begins, as a block of its own while the document is put together: NUL is a
# control character, which every text a briefing holds has had taken out (`clean_control`).
_PLACE = re.compile(r"\x00item (\d+)\x00")
# A reference (not a definition: no ":" after it) to a source an inserted block cites.
_BLOCK_REFERENCE = re.compile(r"(?<!\\)\[\^(?:chron|who)-(\d+)\](?!:)")


@dataclass(frozen=True, slots=True)
class BriefingText:
    """The briefing's Markdown, and where each item's own Markdown begins in it (item id →
    offset), so the composer's preview can show the item chosen in its list; an item the
    document leaves out (a deleted quote, an orphaned heading) has no place."""

    markdown: str
    starts: dict[int, int]


def briefing_reader_id(briefing: Briefing) -> str:
    return f"br-briefing-{briefing.id}"


@dataclass(slots=True)
class _Footnotes:
    """Footnote numbers by (source, paragraph) and sources by first citation, in order."""

    numbers: dict[tuple[int, int | None], int] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    sources: dict[int, Citation] = field(default_factory=dict)
    quoted: dict[int, int] = field(default_factory=dict)  # a quote's item id → its source's id

    def mark(self, citation: Citation) -> str:
        """The quote's footnote reference; its label is renumbered with the document's others."""
        if citation.key not in self.numbers:
            self.numbers[citation.key] = len(self.numbers) + 1
            self.citations.append(citation)
        self.sources.setdefault(citation.source_id, citation)
        return f"[^{self.label(citation)}]"

    def label(self, citation: Citation) -> str:
        """A label no chronology or who's who uses; the document's renumbering makes it `n`."""
        return f"quote-{self.numbers[citation.key]}"


class BriefingCancelled(Exception):
    """`is_cancelled` said stop before the document was whole: half a briefing is written nowhere."""


def briefing_document(
    store: Store,
    briefing_id: int,
    words: Words = ENGLISH,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> str:
    """The briefing as Markdown. Its items are what takes the time (each quote reads its
    highlight and source): `progress(done, total)` counts them, and `is_cancelled` is asked
    before each, raising `BriefingCancelled` when it says stop (the composer's Cancel)."""
    return placed_briefing(store, briefing_id, words, progress=progress, is_cancelled=is_cancelled).markdown


def placed_briefing(
    store: Store,
    briefing_id: int,
    words: Words = ENGLISH,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> BriefingText:
    """`briefing_document`'s Markdown, with where each item begins in it."""
    briefing = store.briefings.get(briefing_id)
    if briefing is None:
        raise KeyError(f"no briefing #{briefing_id}")
    props = {
        **front_matter.titled(one_line(briefing.name), file_stem(briefing.name, words.untitled)),
        "created": front_matter.date_value(briefing.created_at[:10]),
        "reader_id": briefing_reader_id(briefing),
    }
    notes = _Footnotes()
    blocks = [f"# {escape_line(briefing.name)}"]
    sources: dict[int, Source | None] = {}
    items = store.briefings.items(briefing_id)
    made: list[tuple[BriefingItem, str]] = []
    for done, item in enumerate(items, 1):
        if is_cancelled is not None and is_cancelled():
            raise BriefingCancelled
        made.append((item, _item_markdown(store, item, notes, sources, words.language)))
        if progress is not None:
            progress(done, len(items))
    cited: dict[int, None] = {}  # the sources the document cites, in the order first cited
    for section in _sections(made):
        quotes = [text for item, text in section if item.kind is ItemKind.HIGHLIGHT]
        if quotes and not any(quotes):
            continue  # every quote it was about is gone: its heading and words would be orphans
        blocks += [block for item, text in section if text for block in (f"\x00item {item.id}\x00", text)]
        cited.update(dict.fromkeys(i for item, text in section if text for i in _cites(item, text, notes)))
    blocks += _quote_footnotes(notes, words)
    numbered = number_in_reading_order(blocks)
    listed = _source_list(store, cited, notes, sources, words)
    body_blocks = [*numbered.blocks, *listed, "\n".join(numbered.definitions)]
    return _placed(front_matter.render(props) + "\n", [b for b in body_blocks if b])


def _placed(head: str, blocks: list[str]) -> BriefingText:
    """The document: `head`, then the blocks a blank line apart, each item's place taken out
    of them and noted as the offset of the block that follows it."""
    kept: list[str] = []
    starts: dict[int, int] = {}
    at = len(head)  # where the next kept block begins
    for block in blocks:
        place = _PLACE.fullmatch(block)
        if place is not None:
            starts[int(place.group(1))] = at
            continue
        kept.append(block)
        at += len(block) + 2
    return BriefingText(head + "\n\n".join(kept) + "\n", starts)


def _sections(made: list[tuple[BriefingItem, str]]) -> list[list[tuple[BriefingItem, str]]]:
    """The items, each with its Markdown, cut at each heading: a heading and what follows it
    up to the next one."""
    sections: list[list[tuple[BriefingItem, str]]] = [[]]
    for item, text in made:
        if item.kind is ItemKind.HEADING and sections[-1]:
            sections.append([])
        sections[-1].append((item, text))
    return sections


def _source(store: Store, source_id: int, sources: dict[int, Source | None]) -> Source | None:
    """The source (None when deleted), read once for the whole document into `sources`."""
    if source_id not in sources:
        sources[source_id] = store.sources.get(source_id)
    return sources[source_id]


def _item_markdown(
    store: Store, item: BriefingItem, notes: _Footnotes, sources: dict[int, Source | None], language: str
) -> str:
    if item.kind is ItemKind.HEADING:
        return f"## {one_line(item.text)}"
    if item.kind is ItemKind.TEXT:  # an inserted chronology's or who's who's words in the export's language
        return _below_title(in_language(item.text, language, lambda i: _source(store, i, sources)))
    highlight = store.highlights.get(item.highlight_id or 0)
    if highlight is None:  # deleted since it was added (or its source was): no longer quoted
        return ""
    source = _source(store, highlight.source_id, sources)
    if source is None:
        return ""
    notes.quoted[item.id] = source.id
    quote = "\n".join(quote_lines(source.blocks, highlight, notes.mark(cite(source, highlight))))
    if not highlight.annotation.strip():
        return quote
    return f"{quote}\n\n{_below_title(highlight.annotation)}"  # the user's comment, under the quote


def _below_title(text: str) -> str:
    """Connecting text or an annotation, its own headings one level down: a "# Fazit" written
    in it stood beside the briefing's title as a second one; "## Fazit" is a section as the
    briefing's headings are (fenced code keeps its `#`s)."""
    return nested_headings(user_markdown(text), 1)


def _quote_footnotes(notes: _Footnotes, words: Words) -> list[str]:
    """The quotes' footnote definitions, under their internal labels (renumbered later)."""
    return [f"[^{notes.label(c)}]: {c.markdown(words)}" for c in notes.citations]


def _cites(item: BriefingItem, text: str, notes: _Footnotes) -> list[int]:
    """The ids of the sources an item's Markdown cites: a quote's, or those an inserted block's
    references name."""
    if item.kind is ItemKind.HIGHLIGHT:
        return [notes.quoted[item.id]] if item.id in notes.quoted else []
    if item.kind is ItemKind.TEXT:
        return [int(n) for n in _BLOCK_REFERENCE.findall(text)]
    return []


def _source_list(
    store: Store, cited: dict[int, None], notes: _Footnotes, sources: dict[int, Source | None], words: Words
) -> list[str]:
    """The cited sources as bullets (numbers here would read as footnote numbers); one cited
    only by a chronology or who's who as a whole, no longer there (deleted) left out."""
    listed = []
    for source_id in cited:
        citation = notes.sources.get(source_id)
        if citation is None:
            source = _source(store, source_id, sources)
            citation = cite_source(source) if source is not None else None
        if citation is not None:
            listed.append(f"- {citation.source_markdown(words)}")
    return [f"## {words.sources}", "\n".join(listed)] if listed else []
