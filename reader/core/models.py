"""The domain's values: frozen dataclasses the store returns and the window and CLI display."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reader.core.ingest import Block, reading_text

# The newsroom signing as the outlet: "N-Land Redaktion", "Redaktion N-Land", "N-Land-Redaktion",
# "Practical Horseman Editorial Staff", "CNN Newsroom".
_NEWSROOM = re.compile(
    r"^(?:redaktion|newsroom)\s+(?P<after>.+)$"
    r"|^(?P<before>.+?)(?:[\s-]+(?:online-)?redaktion|\s+(?:editorial\s+)?staff|\s+newsroom|\s+editors)$",
    re.IGNORECASE,
)
_LEADING_ARTICLE = re.compile(r"^(?:the|die|der|das)\s+", re.IGNORECASE)
# The address's ending, written as an address or as a saved page's extractor recases one into
# an author's name ("Hessenschau De" for hessenschau.de).
_WEB_SUFFIX = re.compile(r"(?:\.|\s)(?:com|de|at|ch|net|org|info|co[.\s]uk)$", re.IGNORECASE)


def _name_key(name: str) -> str:
    """A name as two credits of one house compare: case, a leading article, the address's
    ending and punctuation aside ("The Associated Press" = "Associated Press", "Mein-MMO.de" =
    "Mein MMO", "Hessenschau De" = "hessenschau.de")."""
    name = _WEB_SUFFIX.sub("", _LEADING_ARTICLE.sub("", name.strip()))
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _newsroom_of(byline: str) -> str:
    """The house a newsroom byline names ("N-Land Redaktion" → "N-Land"), else the byline."""
    match = _NEWSROOM.match(byline.strip())
    return (match.group("after") or match.group("before")) if match else byline


def credited(
    byline: str | None, outlet: str | None, agency: str | None
) -> tuple[str | None, str | None, str | None]:
    """Byline, outlet and agency with each house named once: a byline that only names the
    agency (the importer's byline for an unsigned wire story) is left out, and so is the agency
    when it is the outlet itself ("Reuters" on reuters.com; "Associated Press" under "The
    Associated Press"), and so is a byline that only names the outlet or its newsroom (a public
    body's press release signed by the body: the header read "Bundesamt für Wirtschaft und
    Ausfuhrkontrolle · Bundesamt für Wirtschaft und Ausfuhrkontrolle · 27 January 2022"; "N-Land
    Redaktion · N-Land", "Practical Horseman Editorial Staff · Practical Horseman"). Names are
    compared up to case, a leading article, the address's ending and punctuation. Every place
    that credits a source (header, `briefing show`, footnotes, the combined export, search
    hits) goes through here."""
    wire = _name_key(agency) if agency else ""
    if wire and byline and _name_key(byline) == wire:
        byline = None
    if byline and outlet and _name_key(_newsroom_of(byline)) == _name_key(outlet):
        byline = None
    if wire and outlet and _name_key(outlet) == wire:
        agency = None
    return byline, outlet, agency


def shown_outlet(site_name: str | None, agency: str | None) -> str | None:
    """The outlet the library's Outlet column shows (`SourceSummary.ran_by`), asked of a whole
    `Source` too: `show --json` gives it as `outlet`, with the meaning `list --json` gives it."""
    return site_name or agency


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
    agency: str | None = None  # the news agency, for `briefing list --json`
    has_note: bool = False  # a summary note with words in it: ✎ on the row, as in the library table

    @property
    def unread(self) -> bool:
        return self.opened_at is None

    @property
    def ran_by(self) -> str | None:
        """Who ran the source, as the library's row and Outlet column name it (and `outlet:`
        finds it): its outlet, else its news agency. An AP report with no outlet showed only
        its date in the row while its article's header began "AP · …"."""
        return shown_outlet(self.site_name, self.agency)


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
    # The news agency the story comes from ("dpa/lno", "Reuters"), beside the outlet that ran
    # it: a reference credits both, and a person's byline may stand beside it.
    agency: str | None = None

    @property
    def reading_text(self) -> str:
        return reading_text(self.blocks)

    @property
    def credits(self) -> tuple[str, ...]:
        """Who wrote the story and who ran it, as a header names them: byline, outlet, agency
        ("Anna Schmidt · DER SPIEGEL · dpa/lno"). A byline that is only the agency (the
        importer's byline for an unsigned wire story) is named once, after the outlet; an
        agency that is the outlet is named once, as the outlet (`credited`)."""
        return tuple(x for x in credited(self.byline, self.site_name, self.agency) if x)

    def metadata_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "title_derived": self.title_derived,
            "teaser": self.teaser,
            "byline": self.byline,
            "published": self.published,
            "site_name": self.site_name,
            "agency": self.agency,
            "outlet": shown_outlet(self.site_name, self.agency),
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
    NEWER_VERSION = "newer version"  # of a source in the library; not applied (see `update`)
    UPDATED = "updated"  # a source in the library now has this file's text as its current one
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class UpdateReport:
    """What updating a source in place did to its highlights (deleted ones not counted)."""

    source_id: int
    revision: int  # the number the new version has (the first import is 1)
    moved: int  # found again at another place, their words unchanged
    review: int  # found on changed wording: placed, and flagged for the user to check
    orphaned: int  # could not be placed with certainty: kept with their quote, unplaced

    def summary(self) -> str:
        if not (self.moved or self.review or self.orphaned):
            return "highlights in place"
        parts = [f"{self.moved} highlight{'s' * (self.moved != 1)} moved"]
        if self.review:
            parts.append(f"{self.review} need{'s' * (self.review == 1)} review")
        if self.orphaned:
            parts.append(f"{self.orphaned} could not be placed (kept as orphan{'s' * (self.orphaned != 1)})")
        return ", ".join(parts)

    def to_json(self) -> dict[str, int]:
        return {"source": self.source_id, "revision": self.revision, "moved": self.moved,
                "needs_review": self.review, "orphaned": self.orphaned}  # fmt: skip


def and_listed(words: list[str]) -> str:
    """ "a, b and c": the English a command prints when it names what a source held."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


@dataclass(frozen=True, slots=True)
class FromBin:
    """An import that brought a source back from the bin instead of replacing it: what of the
    user's work it held (purging it for a fresh copy lost all of it, without a word)."""

    highlights: int  # live ones
    annotations: int  # of those, the ones with an annotation written
    has_note: bool
    tags: int
    edited: bool  # its details or its text's parts edited by the user
    by_hand: bool  # joined to a story or split from one by the user
    text_differs: bool  # the file's text is not the stored one's (case, spacing, an earlier version): the stored kept
    deleted_at: str  # when it had been deleted: an undone paste puts it back in the bin as it lay

    def summary(self) -> str:
        """ "brought back from the bin with 3 highlights, 1 annotation and its note"."""
        held = [f"{self.highlights} highlight{'s' * (self.highlights != 1)}"] if self.highlights else []
        held += [f"{self.annotations} annotation{'s' * (self.annotations != 1)}"] if self.annotations else []
        held += ["its note"] if self.has_note else []
        held += [f"{self.tags} tag{'s' * (self.tags != 1)}"] if self.tags else []
        held += ["its edited details"] if self.edited else []
        held += ["its story grouping set by hand"] if self.by_hand else []
        listed = and_listed(held)
        kept = "; its text kept as it was (this file's differs)" if self.text_differs else ""
        return f"brought back from the bin with {listed}{kept}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What became of one file: the per-file line of an import report."""

    path: str
    status: ImportStatus
    reason: str | None = None
    source_id: int | None = None
    title: str | None = None
    update: UpdateReport | None = None  # UPDATED: what happened to the highlights
    similar_to: int | None = None  # IMPORTED: an earlier source sharing most of the text
    from_bin: FromBin | None = None  # IMPORTED: the binned copy brought back with the user's work
    replaced: int | None = None  # IMPORTED: the binned copy, holding nothing of the user's, deleted for good

    def describe(self) -> str:
        if self.status is ImportStatus.ERROR:
            return f"error: {self.reason}"
        if self.status is ImportStatus.DUPLICATE:
            return f"duplicate: {self.reason}" if self.reason else "duplicate"
        if self.status is ImportStatus.NEWER_VERSION:
            return f"newer version of #{self.source_id} (use --update to apply)"
        if self.status is ImportStatus.UPDATED and self.update is not None:
            return f"updated #{self.source_id}: {self.update.summary()}"
        if self.from_bin is not None:
            return f"imported #{self.source_id}: {self.from_bin.summary()}"
        if self.similar_to is not None:
            return f"imported, similar to #{self.similar_to}"
        return "imported"
