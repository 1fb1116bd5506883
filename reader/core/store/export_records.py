"""What each export wrote where, so a file changed outside the app is not overwritten unasked."""

from __future__ import annotations

import hashlib

import sqlite_utils
from sqlite_utils.db import NotFoundError

from reader.core.store.connection import now, write_transaction


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def recorded_hash(db: sqlite_utils.Database, path: str) -> str | None:
    """The hash of what we last wrote to `path` (a resolved path), or None if we never did."""
    try:
        return str(db.table("export_files").get(path)["content_hash"])
    except NotFoundError:
        return None


def record(db: sqlite_utils.Database, path: str, digest: str) -> None:
    """Remember what we wrote to `path`, replacing what we remembered before."""
    with write_transaction(db):
        db.table("export_files").upsert(
            {"path": path, "content_hash": digest, "written_at": now()}, pk="path"
        )
