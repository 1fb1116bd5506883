"""Whether a test's process is still running, as Linux lists it in /proc: the import pool's
workers, which a test sees end (or outlive the import) without being their parent."""

from __future__ import annotations

from pathlib import Path


def running(pid: int) -> bool:
    """Alive, not a zombie (ended, its parent yet to reap it) nor gone."""
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
