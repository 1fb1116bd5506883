"""What each export wrote where, so a file changed outside the app is not overwritten unasked."""

from __future__ import annotations

import hashlib

import sqlite_utils

from reader.core.store.connection import now, write_transaction


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def recorded_hash(db: sqlite_utils.Database, path: str) -> str | None:
    """The hash of what we last wrote to `path` (a resolved path), or None if we never did."""
    row = db.execute("SELECT content_hash FROM export_files WHERE path = ?", (path,)).fetchone()
    return str(row[0]) if row else None


def record(db: sqlite_utils.Database, path: str, digest: str) -> None:
    with write_transaction(db):
        db.execute(
            "INSERT INTO export_files (path, content_hash, written_at) VALUES (?, ?, ?)"
            " ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash,"
            " written_at = excluded.written_at",
            (path, digest, now()),
        )
