"""What a mutation changed, so each pane reloads only what it must (Anki's OpChanges idea)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids touched by one mutation; combine several with `|`.

    `sources_updated` covers metadata and content (blocks restored or hidden); `highlights` and
    `notes` hold the ids of the *sources* whose highlights or note changed; `tags` is True when
    the list of tags or their counts may have changed; `briefings` holds the ids of briefings
    whose name or items changed (or that were created or deleted); `saved_searches` is True
    when a saved search was added, renamed or deleted; `stories` is True when sources joined,
    left or changed stories (grouping after an import or on demand, a join or split by hand,
    its undo) — membership is neither metadata nor content, so it has a flag of its own;
    `entities` is True when the user corrected the entity index (hid, merged an entity or
    changed its kind, or took that back); `read` holds the ids of sources whose read state (the
    list's unread dot) alone changed — opening a source marks it read, which only the list and
    the saved searches' counts show, so it is not metadata that would rebuild the open article
    or make an undo step on the source stale; `purged` holds the ids of sources deleted for
    good from the bin — no pane showed them (their tags, story and entities were already left
    out), so only the bin's list follows, and an undo step on one can no longer be taken.
    """

    sources_added: frozenset[int] = field(default_factory=frozenset)
    sources_removed: frozenset[int] = field(default_factory=frozenset)
    sources_updated: frozenset[int] = field(default_factory=frozenset)
    highlights: frozenset[int] = field(default_factory=frozenset)
    notes: frozenset[int] = field(default_factory=frozenset)
    tags: bool = False
    briefings: frozenset[int] = field(default_factory=frozenset)
    saved_searches: bool = False
    stories: bool = False
    entities: bool = False
    read: frozenset[int] = field(default_factory=frozenset)
    purged: frozenset[int] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, Any] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = (mine or theirs) if isinstance(mine, bool) else mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches_source(self, source_id: int) -> bool:
        return any(
            source_id in getattr(self, name)
            for name in ("sources_added", "sources_removed", "sources_updated", "highlights", "notes")
        )

