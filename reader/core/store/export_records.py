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


def ever_written(db: sqlite_utils.Database, digest: str) -> bool:
    """Whether we wrote a file with these bytes anywhere: a file in a vault the user moved or
    copied has no record under its new path, yet its bytes are ours, so it was not edited."""
    found = db.execute("SELECT 1 FROM export_files WHERE content_hash = ? LIMIT 1", (digest,))
    return found.fetchone() is not None


def record(db: sqlite_utils.Database, path: str, digest: str) -> None:
    """Remember what we wrote to `path`, replacing what we remembered before."""
    with write_transaction(db):
        db.table("export_files").upsert(
            {"path": path, "content_hash": digest, "written_at": now()}, pk="path"
        )


def record_many(db: sqlite_utils.Database, written: list[tuple[str, str]]) -> None:
    """`record` for each (path, digest) in one transaction: a commit per file (each one synced
    to disk) took a third of an export of 2,000 sources."""
    if not written:
        return
    at = now()
    with write_transaction(db):
        db.table("export_files").upsert_all(
            [{"path": path, "content_hash": digest, "written_at": at} for path, digest in written], pk="path"
        )
