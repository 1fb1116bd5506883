"""What a web clipper leaves in a clipping that is not the article, set aside (never lost: the
user can restore any of it), and what its template says twice.

A clipper runs a readability extractor, so most of the page's clutter is gone, but not all of
what the reading view showed as text: a picture's alt text stood as a paragraph of its own
("Containerbrücken am Burchardkai im Morgennebel"), and so did its caption; the share links
and the "Read more" list of links the article element held stood as list items; a table of
contents of links into the page stood above the text; Obsidian's and Omnivore's templates
write tags as `#Omnivore` lines. MarkDownload's default template writes the page's excerpt
as a quote under the heading "Excerpt" over the text: that is the teaser. A teaser the text
opens with again (Readability's excerpt is the first paragraph when the page declares none)
is shown once, in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest import phrases
from reader.core.ingest.article import Block, BlockKind, BlockRole
from reader.core.ingest.clipping_blocks import Piece, Shape
from reader.core.ingest.webpage import furniture_lines_set_aside
from reader.core.ingest.webpage_meta import set_aside_head_lines

# The heading MarkDownload's default template writes over the page's excerpt.
_EXCERPT_HEADINGS = frozenset(("excerpt",))
# A caption under a picture is short; a paragraph longer than this is the story going on.
_CAPTION_WORDS = 60
# A bold line standing as a heading over a list of links ("**Mehr aus der Region**").
_BOLD_HEADING_WORDS = 6
_LINK_REASONS = frozenset((phrases.NAVIGATION, phrases.RELATED, phrases.SHARE))
# A heading over a list of such links ("Inhalt" over a table of contents) heads at least this many.
_LIST_UNDER_HEADING = 2
_HASHTAG = re.compile(r"#[^\s#]+")
_WORD = re.compile(r"\w+")


def settle(pieces: list[Piece], blocks: list[Block], teaser: str | None) -> tuple[list[Block], str | None]:
    """The clipping's `blocks` (its `pieces`' blocks, the title's taken for the header) with
    what is no article set aside, and its teaser (`teaser`, the front matter's; else the
    template's excerpt)."""
    blocks, teaser = _template_excerpt(blocks, teaser)
    after_picture = False
    for index, piece in enumerate(pieces):
        block = blocks[index]
        if block.role is not BlockRole.BODY:
            after_picture = False
            continue
        reason = _reason(piece, after_picture)
        after_picture = piece.shape is Shape.IMAGES
        if reason:
            blocks[index] = replace(block, role=BlockRole.BOILERPLATE, reason=reason)
    blocks = furniture_lines_set_aside(blocks)
    return _headings_over_nothing(blocks, pieces), teaser


def teaser_beside(teaser: str | None, blocks: list[Block]) -> str | None:
    """The teaser, unless the text opens with its words: the header would show them, and the
    text under it say them again."""
    if teaser is None:
        return None
    first = next((b.text for b in blocks if b.role is BlockRole.BODY), None)
    words = _WORD.findall(teaser.casefold())
    opening = _WORD.findall(first.casefold())[: len(words)] if first else []
    return None if words and opening == words else teaser


def head_lines_aside(blocks: list[Block], title: str | None, byline: str | None) -> list[Block]:
    """The byline and the date line the clipped text opens with ("Von Sabine Wolters",
    "10.04.2024, 16:30 Uhr") are the header's, as on a saved page (`set_aside_head_lines`)."""
    at = [i for i, block in enumerate(blocks) if block.role is BlockRole.BODY]
    read = set_aside_head_lines([blocks[i] for i in at], title, byline)
    out = list(blocks)
    for index, block in zip(at, read, strict=True):
        out[index] = block
    return out


def _template_excerpt(blocks: list[Block], teaser: str | None) -> tuple[list[Block], str | None]:
    """MarkDownload's "> ## Excerpt" and the quote under it, at the clipping's top: the heading
    and the quote are the header's, the quote its teaser when the front matter gave none."""
    for index, block in enumerate(blocks[:3]):
        if block.kind is not BlockKind.HEADING or block.text.casefold() not in _EXCERPT_HEADINGS:
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind is BlockKind.QUOTE:
            end += 1
        if end == index + 1:
            return blocks, teaser
        quote = " ".join(b.text for b in blocks[index + 1 : end])
        meta = [replace(b, role=BlockRole.META) for b in blocks[index:end]]
        return [*blocks[:index], *meta, *blocks[end:]], teaser or quote
    return blocks, teaser


def _reason(piece: Piece, after_picture: bool) -> str | None:
    """Why one block of the clipping is no article text, from its shape, else None."""
    block, shape = piece.block, piece.shape
    if shape is Shape.IMAGES:
        return phrases.CAPTION  # the alt text, which the page showed as a picture
    if after_picture and block.kind is BlockKind.PARAGRAPH and len(block.text.split()) <= _CAPTION_WORDS:
        credit = phrases.prompt_reason(block.text, len(block.text.split()))
        if shape is Shape.EMPHASIS or credit in (phrases.CAPTION, phrases.IMAGE_CREDIT):
            return phrases.CAPTION
    if block.kind is BlockKind.HEADING:
        return None
    if shape is Shape.ANCHORS:
        return phrases.NAVIGATION
    if shape is Shape.LINKS:
        said = phrases.label_reason(block.text) or phrases.prompt_reason(block.text, len(block.text.split()))
        return phrases.SHARE if said == phrases.SHARE else phrases.RELATED
    label = piece.unlinked.strip(" :|·•-–")
    if label and phrases.label_reason(label) in _LINK_REASONS:  # "Teilen: LinkedIn | E-Mail"
        return phrases.label_reason(label)
    if all(_HASHTAG.fullmatch(word) for word in block.text.split()):
        return phrases.ARTICLE_INFO  # a template's tag line: "#Omnivore", "#clippings"
    return None


def _headings_over_nothing(blocks: list[Block], pieces: list[Piece]) -> list[Block]:
    """A heading (or a short bold line) with nothing but set-aside blocks under it, up to the
    next heading or the end ("Read more", "Mehr aus der Region"), or straight over a list of
    links set aside ("Inhalt" over a table of contents), heads them: it is set aside with the
    first one's reason."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if block.role is not BlockRole.BODY or not _heading_like(block, pieces[index].shape):
            continue
        under: list[Block] = []
        for later in range(index + 1, len(blocks)):
            if _heading_like(blocks[later], pieces[later].shape) and blocks[later].role is BlockRole.BODY:
                break
            under.append(blocks[later])
        aside = [b for b in under if b.role is not BlockRole.META]
        run = next((aside[:n] for n, b in enumerate(aside) if b.role is BlockRole.BODY), aside)
        links = len(run) >= _LIST_UNDER_HEADING and all(b.reason in _LINK_REASONS for b in run)
        if aside and (links or all(b.role is BlockRole.BOILERPLATE for b in aside)):
            out[index] = replace(block, role=BlockRole.BOILERPLATE, reason=aside[0].reason)
    return out


def _heading_like(block: Block, shape: Shape) -> bool:
    if block.kind is BlockKind.HEADING:
        return True
    return (
        shape is Shape.EMPHASIS
        and block.kind is BlockKind.PARAGRAPH
        and len(block.text.split()) <= _BOLD_HEADING_WORDS
        and block.text.rstrip()[-1:] not in ".!?"
    )
