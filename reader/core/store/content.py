"""A source's content after import: restoring a block set aside as boilerplate, hiding one kept.

Changing a block's role changes the reading text, so the same transaction rewrites the stored
blocks and reading text, moves every highlight of the source to where its words now are
(re-anchoring; a highlight that cannot be found becomes an orphan, never deleted) and updates
the search index. Setting the old role again is the exact inverse, which is how undo works.
"""

from __future__ import annotations

import dataclasses

import sqlite_utils

from reader.core.anchoring import Selector, anchor
from reader.core.changes import Changes
from reader.core.ingest import (
    Block,
    BlockRole,
    blocks_from_json,
    blocks_to_json,
    reading_text,
)
from reader.core.models import AnchorStatus
from reader.core.store import search_index
from reader.core.store.connection import now, write_transaction
from reader.core.store.revision_rows import edit_stamp
from reader.core.text import text_hash

# The reason shown for a body block the user hid; it goes again when the block is restored, so
# hiding and restoring leave the block exactly as it was.
HIDDEN_BY_USER = "hidden by you"


class ContentRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def set_block_role(self, source_id: int, block_index: int, role: BlockRole | str) -> Changes:
        """Give block `block_index` of a source a new role and re-anchor its highlights."""
        role = BlockRole(role)
        with write_transaction(self.db):
            blocks, title = self._load(source_id)
            if not 0 <= block_index < len(blocks):
                raise IndexError(f"source #{source_id} has no block {block_index}")
            block = blocks[block_index]
            if block.role is role:
                return Changes()
            old_text = reading_text(blocks)
            blocks[block_index] = _with_role(block, role)
            text = reading_text(blocks)
            self._save(source_id, blocks, text)
            search_index.index_article(self.db, source_id, title, text)
            reanchor_highlights(self.db, source_id, text, old_text)
        return Changes(sources_updated=frozenset({source_id}), highlights=frozenset({source_id}))

    def _load(self, source_id: int) -> tuple[list[Block], str]:
        row = self.db.execute(
            "SELECT c.blocks, s.title FROM source_content c JOIN sources s ON s.id = c.source_id"
            " WHERE c.source_id = ?",
            (source_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no source #{source_id}")
        return list(blocks_from_json(row[0])), str(row[1])

    def _save(self, source_id: int, blocks: list[Block], text: str) -> None:
        self.db.execute(
            "UPDATE source_content SET blocks = ?, reading_text = ? WHERE source_id = ?",
            (blocks_to_json(blocks), text, source_id),
        )
        self.db.execute(
            "UPDATE sources SET text_hash = ?, updated_at = ? WHERE id = ?",
            (text_hash(text), edit_stamp(self.db, source_id, now()), source_id),
        )


def _with_role(block: Block, role: BlockRole) -> Block:
    reason = block.reason
    if role is BlockRole.BOILERPLATE and reason is None:
        reason = HIDDEN_BY_USER
    elif role is BlockRole.BODY and reason == HIDDEN_BY_USER:
        reason = None
    return dataclasses.replace(block, role=role, reason=reason)


def reanchor_highlights(db: sqlite_utils.Database, source_id: int, text: str, old_text: str | None = None) -> None:
    """Move every highlight of a source (deleted ones too: undo may bring them back) onto `text`.

    The quote and its context stay what the user highlighted; only the position, the text hash
    and the anchor status follow the new text. An orphan keeps a position clamped to the text.
    """
    new_hash = text_hash(text)
    rows = db.execute(
        'SELECT id, start, "end", exact, prefix, suffix FROM highlights WHERE source_id = ?',
        (source_id,),
    ).fetchall()
    for highlight_id, start, end, exact, prefix, suffix in rows:
        outcome = anchor(text, Selector(start, end, exact, prefix, suffix), old_text)
        if outcome.start is not None and outcome.end is not None:
            start, end, status = outcome.start, outcome.end, AnchorStatus.ANCHORED
        else:
            start, end = min(start, len(text)), min(end, len(text))
            status = AnchorStatus.ORPHANED
        db.execute(
            'UPDATE highlights SET start = ?, "end" = ?, text_hash = ?, anchor_status = ?'
            " WHERE id = ?",
            (start, end, new_hash, str(status), highlight_id),
        )
