"""The domain's values: frozen dataclasses the store returns and the window and CLI display."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reader.core.ingest import Block, reading_text


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One row of the library list: only what the list shows, cheap to load by the thousand."""

    id: int
    title: str
    title_derived: bool
    site_name: str | None
    published: str | None
    imported_at: str
    opened_at: str | None
    file_name: str
    tags: tuple[str, ...]
    highlight_count: int

    @property
    def unread(self) -> bool:
        return self.opened_at is None


@dataclass(frozen=True, slots=True)
class Source:
    """A whole source: metadata, the untouched imported text and the blocks it was split into."""

    id: int
    title: str
    title_derived: bool
    teaser: str | None
    byline: str | None
    published: str | None
    site_name: str | None
    lang: str | None
    url: str | None
    file_name: str
    format: str
    encoding: str
    content_hash: str
    text_hash: str
    imported_at: str
    updated_at: str
    opened_at: str | None
    raw_text: str
    blocks: tuple[Block, ...]
    tags: tuple[str, ...]

    @property
    def reading_text(self) -> str:
        return reading_text(self.blocks)

    def metadata_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "title_derived": self.title_derived,
            "teaser": self.teaser,
            "byline": self.byline,
            "published": self.published,
            "site_name": self.site_name,
            "lang": self.lang,
            "url": self.url,
            "file_name": self.file_name,
            "format": self.format,
            "encoding": self.encoding,
            "imported_at": self.imported_at,
            "tags": list(self.tags),
        }


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    source_count: int


class AnchorStatus(StrEnum):
    ANCHORED = "anchored"
    ORPHANED = "orphaned"


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlighted passage, anchored by position and by quote (Hypothesis style).

    `start`/`end` are code-point offsets into the reading text whose hash is `text_hash`;
    `exact`, `prefix` and `suffix` let the highlight find its words again if the text changes.
    """

    id: int
    source_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    text_hash: str
    label: str
    annotation: str
    anchor_status: AnchorStatus
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Note:
    source_id: int
    body: str
    updated_at: str | None


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What became of one file: the per-file line of an import report."""

    path: str
    status: ImportStatus
    reason: str | None = None
    source_id: int | None = None
    title: str | None = None

    def describe(self) -> str:
        if self.status is ImportStatus.ERROR:
            return f"error: {self.reason}"
        if self.status is ImportStatus.DUPLICATE:
            return f"duplicate: {self.reason}" if self.reason else "duplicate"
        return "imported"
