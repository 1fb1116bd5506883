"""Plain-text articles: a web page's visible text copied into a .txt file, furniture and all.

The pipeline: segment the lines into candidate blocks, measure each block's shape, mark known
furniture phrases, read the metadata from the head, find the article as the densest run of
prose, then name the outlet and the language. Every step is linear in the number of lines.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from reader.core.ingest import mail, phrases
from reader.core.ingest.article import Block, BlockKind, BlockRole, ParsedArticle, reading_text
from reader.core.ingest.body_verdicts import Page, Verdict
from reader.core.ingest.boilerplate import classify
from reader.core.ingest.broken_paragraphs import rejoined
from reader.core.ingest.chat_lines import chat_message
from reader.core.ingest.credit_lines import mark_author_lines, mark_captions
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.heading_shapes import never_heading
from reader.core.ingest.headline_lines import unhyphenated
from reader.core.ingest.headline_repeats import title_repeat_aside
from reader.core.ingest.language import (
    SAMPLE_CHARS,
    detect_language,
    lower_words,
    stop_words_for,
    words,
)
from reader.core.ingest.line_evidence import is_bare_address
from reader.core.ingest.metadata import Metadata, find_metadata
from reader.core.ingest.outlet import find_site_name
from reader.core.ingest.segment import Segment, segment
from reader.core.ingest.shape import Shape, measure
from reader.core.ingest.sign_offs import bare_close, signed_close, signoff_agency
from reader.core.ingest.sign_up_boxes import mark_sign_up_pitches
from reader.core.ingest.social_posts import post_start
from reader.core.ingest.thread_posts import is_thread, without_counter
from reader.core.ingest.title import derive_title
from reader.core.ingest.webpage_datelines import join_bare_place
from reader.core.ingest.wire_credits import notice_agency
from reader.core.ingest.word_lists import is_word_list, list_title

# Lines this long are almost always article paragraphs: the language sample comes from them.
_SAMPLE_LINE_CHARS = 80
# Lines remembered by `_line_words` and `_read_line`. Pages of one site share their furniture
# (menus, share prompts, footers): in an import of generated pages half of all lines were seen
# before, and reading a line costs some 15 µs against a fraction of one for a cache hit.
_LINE_CACHE = 8192
# Invisible marks that set the direction of right-to-left text (the left-to-right and
# right-to-left marks, the Arabic letter mark, embeddings, overrides and isolates): pages in
# Arabic and Hebrew copy them around dates and names ("\u200f15 במרץ 2024\u200f"), where they
# hide a line's first character and split a date. The reading view lays the text out by
# itself; they are dropped — looked for first, since `str.translate` walked every page's whole
# text (0.27 ms for a German page, which has none). Each mark is looked for on its own
# (`in`, a plain scan in C): a regex search for any of them tests a character class at every
# character, some 66 instructions each, four times the twelve scans (callgrind, bench pages).
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_BIDI_MARK_CHARS = (
    "\u200e",
    "\u200f",
    "\u061c",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
)


def parse(
    text: str, file_name: str | None = None, *, reference: datetime | None = None
) -> ParsedArticle:
    """Read metadata and body/boilerplate blocks from the normalised text of one page;
    `reference` is the moment a pasted page was read (None for a file): see `head_ages`.
    A pasted e-mail is no page: `mail` reads it."""
    if mail.is_mail(text):
        return mail.parse(text)
    return article_of(*read_page(text, reference))


def article_of(page: Page, meta: Metadata, lang: str | None) -> ParsedArticle:
    """The article `read_page`'s evidence gives (a caller that has read the page already
    passes what it got, and the page is not read twice)."""
    segments = page.segments
    if meta.note and is_word_list([s.text for s in segments]):
        return _word_list(segments, lang)
    verdicts = classify(page)
    if meta.note:
        verdicts = [_kept(v, label, s.text, i == meta.title_index or _in_header(s.text, meta))
                    for i, (v, label, s) in enumerate(zip(verdicts, page.labels, segments, strict=True))]  # fmt: skip
    # A PDF page's running header, footer and number (`page_furniture`) between the paragraphs.
    verdicts = [Verdict(BlockRole.BOILERPLATE, phrases.FOOTER, v.kind) if s.page_furniture else v
                for v, s in zip(verdicts, segments, strict=True)]  # fmt: skip
    blocks = rejoined(title_repeat_aside(join_bare_place(_blocks(segments, verdicts, meta)), meta.title))
    body = reading_text(blocks)
    title, derived = meta.title, False
    if title is None:
        # A note's pasted address is no title, nor its greeting ("Hallo, Nachbar!"): its first
        # sentence is ("https://…\nThe Bank …").
        title = derive_title(meta.teaser or reading_text(_untitled(blocks)) or body)
        derived = title is not None
    site = find_site_name([s.text for s in segments], meta.byline, body, meta.title_index)
    return ParsedArticle(
        title,
        derived,
        _teaser_beside(meta.teaser, blocks),
        meta.byline,
        meta.published,
        site,
        lang,
        tuple(blocks),
        agency=meta.agency or _closing_agency(blocks),
    )


def _word_list(segments: list[Segment], lang: str | None) -> ParsedArticle:
    """A list of words, one a line (`word_lists`): every line an item of the list, none taken out
    as its title ("Zölle" titled "Lieferketten" / "Chips" / …)."""
    items = [s.text for s in segments]
    blocks = tuple(Block(BlockKind.LIST_ITEM, item) for item in items)
    return ParsedArticle(list_title(items), True, None, None, None, None, lang, blocks)


def _kept(verdict: Verdict, label: str | None, text: str, in_header: bool) -> Verdict:
    """A short paste's line in the text when only its place set it aside: the rules that take
    a page's short lines around its longer paragraphs for a menu or footer left the first line
    of "Der Kunde will den Bericht bis Freitag. Danach reden wir.\nÜber den Preis.\nUnd die
    Frist." as the whole text. A line a furniture phrase names ("Diesen Beitrag teilen"), the
    title and a line that names the author or the date (`in_header`) are left where they
    were; a bare web address, which the phrases call a page's article info, is the note's own.
    A line the head's rules took along that the header does not show stays: a job under
    a name ("Senior Analyst, Example GmbH" in a signature) was gone. So does a pasted address,
    though its date is read from it: a page's address line is a date line to its rules, and a
    note's link, kept nowhere else (a text file has no address field), was gone."""
    if verdict.role is BlockRole.META and (not in_header or is_bare_address(text)):
        return Verdict(BlockRole.BODY, None, verdict.kind)
    if verdict.role is not BlockRole.BOILERPLATE or (label is not None and not is_bare_address(text)):
        return verdict
    return Verdict(BlockRole.BODY, None, verdict.kind)


def _in_header(text: str, meta: Metadata) -> bool:
    """Whether the header shows what the line says: it is the standfirst, names the author, or
    dates the text."""
    named = meta.byline is not None and meta.byline.casefold() in text.casefold()
    return text == meta.teaser or named or find_date(text) is not None or text == meta.age_line


def _untitled(blocks: list[Block]) -> list[Block]:
    """The blocks a title may be made from: no bare address, no greeting opening the text, a
    chat's first message without its stamp and sender ("[10:32] Anna Becker: Hast du …"), a
    thread's first post without its counter ("1/5 The new …"), a post's words under its age
    ("2 Std. •", not the poster's name and job above), a table's first row with its
    cells apart (its tabs made spaces, "Land Zoll 2024 Zoll 2025 Änderung" ran them together)."""
    kept = [b for b in blocks if not is_bare_address(b.text)]
    first = next((i for i, b in enumerate(kept) if b.role is BlockRole.BODY), None)
    if first is None:
        return kept
    if mail.is_greeting(kept[first].text):
        return kept[first + 1 :]
    start = post_start([b.text for b in kept])
    if start is not None:
        return kept[start:]  # a post's words, under its poster and its age
    if is_thread([b.text for b in kept if b.role is BlockRole.BODY]):
        return [replace(kept[first], text=without_counter(kept[first].text))]
    if "\t" in kept[first].text:  # a spreadsheet's row: its cells apart ("Land · Zoll 2024 · …")
        return [replace(kept[first], text=" · ".join(filter(None, map(str.strip, kept[first].text.split("\t")))))]
    message = chat_message(kept[first].text)
    return kept if message is None else [replace(kept[first], text=message)]


def _teaser_beside(teaser: str | None, blocks: list[Block]) -> str | None:
    """The teaser, unless the page prints it again as the story's first paragraph (the
    standfirst once over the author line, once over the story): the header showed it, and the
    text under it said it again. The paragraph stays, the article's opening."""
    if teaser is None:
        return None
    first = next((b.text for b in blocks if b.role is BlockRole.BODY), None)
    return None if first is not None and first.split() == teaser.split() else teaser


def read_page(
    text: str, reference: datetime | None = None
) -> tuple[Page, Metadata, str | None]:
    """The evidence the body is chosen from: blocks, shapes, labels and the head's metadata."""
    if not text.isascii() and any(map(text.__contains__, _BIDI_MARK_CHARS)):
        text = _BIDI_MARKS.sub("", text)
    segments = segment(text)
    # Each block's words are read once and serve both the language guess and the shapes.
    tokens = [_line_words(s.text)[1] for s in segments]
    lang = detect_language(*_language_sample(segments, tokens))
    read = [_read_line(s.text, lang) for s in segments]
    shapes = [shape for shape, _header, _label in read]
    headers = [header for _shape, header, _label in read]
    labels = [label for _shape, _header, label in read]
    mark_captions(segments, shapes, labels)
    meta = find_metadata(segments, shapes, labels, lang, reference)
    mark_sign_up_pitches(segments, labels)
    mark_author_lines(segments, labels, meta.meta, meta.byline)
    is_header = [header is not None for header in headers]
    page = Page(segments, shapes, labels, is_header, meta.meta, meta.title_index)
    return page, meta, lang


@lru_cache(maxsize=_LINE_CACHE)
def _line_words(text: str) -> tuple[str, tuple[str, ...]]:
    """The line lower-cased and `words(text)`, remembered (a tuple: one value is shared by
    every page with the line). The furniture phrases are matched on the same lower-cased
    line, which is made once for both."""
    lower = text.lower()
    return lower, tuple(lower_words(lower))


@lru_cache(maxsize=_LINE_CACHE)
def _read_line(text: str, lang: str | None) -> tuple[Shape, str | None, str | None]:
    """A line's shape, its header reason (a whole-line label, or a related box's lead-in that
    heads the lines under it as a label does) and its label (header or prompt reason).

    Each depends on nothing but the line and the page language, so a line seen on an earlier
    page is not read again. Shapes are immutable; `parse` copies the labels into its own list.
    """
    lower, tokens = _line_words(text)
    shape = measure(text, stop_words_for(lang), tokens)
    # A hyphenating site's share row copies its soft hyphens ("Face\xadbookTwit\xadter…" stood
    # in the text as a subheading): the phrases are matched without them.
    plain = unhyphenated(text)
    if plain != text:
        text, lower = plain, plain.lower()
    header = phrases.label_reason(text, lower)
    if header is not None:
        return shape, header, header
    prompt = phrases.prompt_reason(text, shape.n_words, lower)
    # A related box's lead-in ("Read these next:", "Mehr aus dem Ressort:") heads the box as
    # its label would ("Related", "Mehr zum Thema"): the headlines under it are the box's.
    if prompt == phrases.RELATED and text.endswith(":"):
        return shape, prompt, prompt
    return shape, None, prompt


def _language_sample(
    segments: list[Segment], tokens: list[tuple[str, ...]]
) -> tuple[str, list[str] | None]:
    """The sample to guess the language from, and its words (`words(sample[:SAMPLE_CHARS])`)."""
    sample: list[str] = []
    size = 0
    for s in segments:
        if len(s.text) >= _SAMPLE_LINE_CHARS:
            sample.append(s.text)
            size += len(s.text)
            if size >= SAMPLE_CHARS:
                break
    if not sample:
        return " ".join(s.text for s in segments)[:SAMPLE_CHARS], None
    return " ".join(sample), _sample_words(segments, tokens)


def _sample_words(segments: list[Segment], tokens: list[tuple[str, ...]]) -> list[str]:
    """The words of the first SAMPLE_CHARS characters of the sample, from the blocks' words.

    No word spans the spaces that join the sampled lines, so the sample's words are those of
    its whole lines, then those of the part of the line the character limit cuts.
    """
    found: list[str] = []
    offset = 0  # where the next sampled line starts in the joined sample
    for s, line_words in zip(segments, tokens, strict=True):
        if len(s.text) < _SAMPLE_LINE_CHARS:
            continue
        if offset + len(s.text) <= SAMPLE_CHARS:
            found += line_words
        else:
            if offset < SAMPLE_CHARS:
                found += words(s.text[: SAMPLE_CHARS - offset])
            break
        offset += len(s.text) + 1
    return found


def _blocks(segments: list[Segment], verdicts: list[Verdict], meta: Metadata) -> list[Block]:
    blocks = []
    for i, (s, verdict) in enumerate(zip(segments, verdicts, strict=True)):
        kind, reason = verdict.kind, verdict.reason
        if i == meta.title_index:
            kind = BlockKind.HEADING
        elif kind is BlockKind.HEADING and never_heading(s.text, meta.byline):
            kind = BlockKind.PARAGRAPH
        elif verdict.role is BlockRole.BOILERPLATE and _repeats_byline(s.text, meta.byline):
            reason = phrases.BYLINE_REPEAT
        blocks.append(Block(kind, s.text, verdict.role, reason))
    return blocks


def _closing_agency(blocks: list[Block]) -> str | None:
    """The agency whose copyright notice or sign-off stands right under the article's last
    paragraph, as papers close a wire's story they carry ("© 2019 Associated Press. All Rights
    Reserved. This material may not be published …", "AFP", "dpa/lno"), or signs it on the
    paragraph's own line ("… an. (dpa)"), where the head names none."""
    for i in range(len(blocks) - 1, -1, -1):  # from the end: the last body block is near it
        if blocks[i].role is BlockRole.BODY:
            below = blocks[i + 1].text if i + 1 < len(blocks) else ""
            last = blocks[i].text
            return notice_agency(below) or signoff_agency(below) or signed_close(last) or bare_close(last)
    return None


def _repeats_byline(text: str, byline: str | None) -> bool:
    return bool(byline) and byline in text and find_date(text) is not None  # type: ignore[operator]
