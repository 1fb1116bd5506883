"""What a parser makes of one article file: metadata and blocks, each block with a role.

Every format plug-in (plain text now, HTML and Markdown later) returns a `ParsedArticle`,
so storage, the reading view and the `inspect` command never care where the text came from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from json.encoder import encode_basestring
from typing import Any

from reader.core.ingest.wire_credits import agency_spelling


class BlockKind(StrEnum):
    """How a block is laid out in the reading view."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"  # a clipping's or page's code block: its lines kept, set in a fixed-width font


class BlockRole(StrEnum):
    """Why a block is where it is.

    BODY blocks make the reading text. BOILERPLATE blocks were set aside (navigation, ads,
    captions …) and can be restored by the user. META blocks were consumed as metadata
    (title, teaser, byline/date line) and are shown in the header instead of the body.
    """

    BODY = "body"
    BOILERPLATE = "boilerplate"
    META = "meta"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article, in the order it stood in the file.

    `text` is a single line: no "\\n" inside (hard-wrapped paragraphs are joined by the parser),
    no leading or trailing white space — except a CODE block's, whose lines are its author's,
    indentation kept, "\\n" between them, a blank one a single space (no block holds
    "\\n\\n", the break between blocks). `reason`
    says why a boilerplate block was set aside (e.g. "navigation", "advertising", "caption",
    "related links") so the window can tell the user; it is None for body blocks. `level` is
    a list item's depth (0 at the top, 1 for an item of a list inside an item …), `syntax`
    the language a code block's fence names ("python"), which colours it.
    """

    kind: BlockKind
    text: str
    role: BlockRole = BlockRole.BODY
    reason: str | None = None
    level: int = 0
    syntax: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": str(self.kind), "text": self.text, "role": str(self.role)}
        if self.reason:
            data["reason"] = self.reason
        if self.level:
            data["level"] = self.level
        if self.syntax:
            data["syntax"] = self.syntax
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Block:
        return cls(
            kind=BlockKind(data["kind"]),
            text=data["text"],
            role=BlockRole(data.get("role", "body")),
            reason=data.get("reason"),
            level=int(data.get("level") or 0),
            syntax=str(data.get("syntax") or ""),
        )


BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """Metadata and blocks found in one article.

    `published` is ISO 8601: "2025-10-28" for a date alone, "2025-10-28T18:05" with a time.
    `title_derived` is True when the page had no title line and `title` was made up from the
    text (the window marks such titles). `lang` is an ISO 639-1 code or None. `url` is the
    page's web address (web pages and clippings name one); `tags` come from a clipping's front
    matter. `agency` is the news agency the page names as the story's source ("dpa/lno",
    "Reuters"), also when a person's byline stands beside it: a citation may credit both.
    """

    title: str | None
    title_derived: bool
    teaser: str | None
    byline: str | None
    published: str | None
    site_name: str | None
    lang: str | None
    blocks: tuple[Block, ...]
    url: str | None = None
    tags: tuple[str, ...] = ()
    agency: str | None = None

    def __post_init__(self) -> None:
        # An agency is named one way wherever it stands (byline, outlet, agency), whichever
        # parser found it, so that the library lists it once.
        for name in ("byline", "site_name", "agency"):
            object.__setattr__(self, name, agency_spelling(getattr(self, name)))

    @property
    def boilerplate_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role is BlockRole.BOILERPLATE)

    @property
    def body(self) -> str:
        """The reading text: body blocks separated by one blank line."""
        return reading_text(self.blocks)

    def inspect_json(self) -> dict[str, Any]:
        """The stable shape `briefing inspect --json` prints; import quality is measured on it."""
        return {
            "title": self.title,
            "title_derived": self.title_derived,
            "teaser": self.teaser,
            "byline": self.byline,
            "published": self.published,
            "site_name": self.site_name,
            "lang": self.lang,
            "body": self.body,
            "boilerplate": [b.text for b in self.boilerplate_blocks],
            "url": self.url,
            "agency": self.agency,
        }


def reading_text(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Join the body blocks the way the reading view shows them."""
    return BLOCK_SEPARATOR.join(b.text for b in blocks if b.role is BlockRole.BODY)


def blocks_to_json(blocks: Sequence[Block]) -> str:
    """Blocks as the library stores them: compact JSON, one object per block.

    `json.dumps([b.to_json() for b in blocks], ensure_ascii=False, separators=(",", ":"))`,
    written out: a dict per block and the encoder's walk over it cost a parsing worker more
    than the one string encoder the texts need (json's own, so the escapes are its own).
    """
    return "[" + ",".join([
        f'{{"kind":{_QUOTED[b.kind]},"text":{encode_basestring(b.text)},"role":{_QUOTED[b.role]}'
        + (f',"reason":{encode_basestring(b.reason)}' if b.reason else "")
        + (f',"level":{b.level}' if b.level else "")
        + (f',"syntax":{encode_basestring(b.syntax)}' if b.syntax else "") + "}"
        for b in blocks
    ]) + "]"  # fmt: skip


class _Quoted(dict[str, str]):
    """A kind or role → its JSON string, worked out as it is first looked up (a handful)."""

    __slots__ = ()

    def __missing__(self, value: str) -> str:
        found = self[value] = encode_basestring(str(value))
        return found


_QUOTED = _Quoted()


def blocks_from_json(text: str) -> tuple[Block, ...]:
    return tuple(Block.from_json(data) for data in json.loads(text))
