"""Markdown documents of sources: one file per source, one combined file, or a clipboard snippet.

A source's document is its front matter, its title, the user's summary note, then its
highlights in document order, each a block quote closed by its label and paragraph and
followed by a stable block id (`^h<id>`, on its own line as Obsidian wants for quotes) and the
annotation. Article text is escaped (`markdown`); the user's own note and annotations are
Markdown already and are kept as written, but for their footnote labels, made distinct within
the file (`footnote_order.distinct_labels`): a note's `[^1]` and an annotation's are two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reader.core.export import front_matter
from reader.core.export.citations import Citation, cite, paragraph_number, url_suffix
from reader.core.export.footnote_order import distinct_labels
from reader.core.export.markdown import (
    escape_line,
    has_headings,
    nested_headings,
    one_line,
    user_markdown,
)
from reader.core.export.passages import quote_lines
from reader.core.export.safe_paths import file_stem
from reader.core.export.words import ENGLISH, Words, words
from reader.core.labels import label_name
from reader.core.models import AnchorStatus, Highlight, Source, credited
from reader.core.store import Store

LabelNames = Mapping[str, str] | None


@dataclass(frozen=True, slots=True)
class SourceExport:
    """Everything one source's section needs, loaded once."""

    source: Source
    note: str
    highlights: tuple[Highlight, ...]
    hashes: tuple[str, ...] = ()  # the content hash of each version, the first one first

    @property
    def reader_id(self) -> str:
        """The id in the file's front matter, from the source's first version: the same file
        stays the source's after an update (`front_matter.reader_id`)."""
        return front_matter.reader_id(self.source, self.hashes[0] if self.hashes else None)

    @property
    def former_ids(self) -> tuple[str, ...]:
        """Ids a file of this source may carry from an export before ids came from the first
        version: named after a later version's hash."""
        ids = (front_matter.reader_id(self.source, h) for h in self.hashes[1:])
        return tuple(dict.fromkeys(i for i in ids if i != self.reader_id))


def load(store: Store, source_id: int) -> SourceExport:
    source = store.sources.get(source_id)
    if source is None:
        raise KeyError(f"no source #{source_id}")
    return SourceExport(
        source, store.notes.get(source_id).body, tuple(store.highlights.for_source(source_id)),
        tuple(store.revisions.content_hashes(source_id)),
    )  # fmt: skip


def source_document(
    item: SourceExport, label_names: LabelNames = None, words: Words = ENGLISH, stem: str | None = None
) -> str:
    """The whole per-source file: front matter, title, note, highlights (`stem`: the file's
    name made of the title, when the caller has it already)."""
    stem = file_stem(item.source.title, words.untitled) if stem is None else stem
    props = front_matter.source_properties(item.source, item.reader_id, words.untitled, stem)
    return front_matter.render(props) + "\n" + _join(distinct_labels(_source_body(item, 1, label_names, words)))


def combined_document(
    items: Sequence[SourceExport],
    title: str,
    today: date,
    label_names: LabelNames = None,
    words: Words = ENGLISH,
) -> str:
    """Several sources in one file: each under its own heading with a line of metadata."""
    heading = one_line(title) or words.export_title
    props = {
        **front_matter.titled(heading, file_stem(title, words.export_title)),
        "created": today,
        "sources": [i.reader_id for i in items],
    }
    blocks = [f"# {escape_line(title)}"]
    for item in items:
        blocks += _source_body(item, 2, label_names, words)
    return front_matter.render(props) + "\n" + _join(distinct_labels(blocks))


def copy_as_markdown(store: Store, highlight_ids: Sequence[int], language: str = "en") -> str:
    """Highlights as quotes with their citations (in `language`), for pasting into a memo."""
    chosen = words(language)
    blocks: list[str] = []
    sources: dict[int, Source | None] = {}
    for highlight_id in highlight_ids:
        highlight = store.highlights.get(highlight_id)
        if highlight is None:
            continue
        if highlight.source_id not in sources:
            sources[highlight.source_id] = store.sources.get(highlight.source_id)
        source = sources[highlight.source_id]
        if source is not None:
            blocks.append(_quote_with_citation(source, highlight, cite(source, highlight), chosen))
    # A blank line after the last citation: words typed right after a paste start a paragraph
    # of their own (Markdown would carry them on into the quote's citation line).
    return _join(blocks) + "\n" if blocks else ""


def _quote_with_citation(source: Source, highlight: Highlight, citation: Citation, words: Words) -> str:
    lines = quote_lines(source.blocks, highlight)
    lines += [">", f"> — {citation.markdown(words)}{url_suffix(citation.url)}"]
    return "\n".join(lines)


def _source_body(
    item: SourceExport, level: int, label_names: LabelNames, words: Words
) -> list[str]:
    """The title heading (at `level`), a metadata line when combined, note and highlights.

    A source's own file puts its highlights under a Highlights heading. In a combined file the
    source's heading is theirs: a Highlights heading under every source made Obsidian's outline
    a stack of identical entries no reader could tell apart. Only a note with headings of its
    own keeps one there, or its last section would take in the highlights."""
    source = item.source
    blocks = [f"{'#' * level} {escape_line(source.title) or words.untitled}"]
    if level > 1:
        blocks.append(_metadata_line(source, words))
    note = nested_headings(user_markdown(item.note), level)
    if note:
        blocks.append(note)
    if item.highlights:
        under = level
        if level == 1 or has_headings(note):
            under = level + 1
            blocks.append(f"{'#' * under} {words.highlights}")
        text = source.reading_text  # joined once: a property that joins every block
        names = dict(label_names or {})
        for highlight in item.highlights:
            blocks += _highlight_blocks(source, text, highlight, names, words, under)
    return blocks


def _metadata_line(source: Source, words: Words) -> str:
    """Outlet · author · agency · date · tags · link, for a source inside a combined file (the
    agency named once, as `Source.credits` does)."""
    byline, outlet, agency = credited(source.byline, source.site_name, source.agency)
    parts = [one_line(x) for x in (outlet, byline, agency, source.published) if x]
    if source.tags:
        parts.append(f"{words.tags}: " + ", ".join(front_matter.obsidian_tags(source.tags)))
    details = escape_line(" · ".join(p for p in parts if p))
    return " · ".join(p for p in (details, url_suffix(source.url).strip()) if p)


def _highlight_blocks(
    source: Source, text: str, highlight: Highlight, label_names: dict[str, str], words: Words, under: int
) -> list[str]:
    """The quote, its block id and the annotation, whose own headings move `under` levels down,
    below the heading the highlights stand under (a `# Frage` in one was a second title beside
    the source's)."""
    label = escape_line(label_name(highlight.label, label_names, words.language))
    if highlight.anchor_status is AnchorStatus.ANCHORED:
        where = words.paragraph.format(n=paragraph_number(text, highlight.start, highlight.exact))
    else:
        where = words.orphaned
    quote = quote_lines(source.blocks, highlight) + [">", f"> — {label} · {where}"]
    blocks = ["\n".join(quote), f"^h{highlight.id}"]
    annotation = nested_headings(user_markdown(highlight.annotation), under)
    if annotation:
        blocks.append(annotation)
    return blocks


def _join(blocks: Sequence[str]) -> str:
    """Blocks one blank line apart, the file ending with exactly one newline."""
    return "\n\n".join(b for b in blocks if b) + "\n"
