"""Ctrl-C and the import pool's workers, in this process (the command line's own runs are
tests/cli/test_cli_import_ctrl_c_workers.py)."""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import cast

import pytest

from reader.core import import_pool
from reader.core.models import ImportResult


class _ParsedForEver(Future[list[import_pool.Parsed | ImportResult]]):
    """A chunk its worker is still parsing when Ctrl-C comes, as the importing process waits for it."""

    def result(self, timeout: float | None = None) -> list[import_pool.Parsed | ImportResult]:
        raise KeyboardInterrupt


def test_ctrl_c_while_the_last_chunk_is_waited_for_ends_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chunk waited for was taken out of those in flight first: with none left behind it,
    the workers were waited for to the end of its parse instead of ended."""
    ended: list[ProcessPoolExecutor] = []
    monkeypatch.setattr(import_pool, "end_workers", ended.append)
    pool = cast(ProcessPoolExecutor, object())
    in_flight: deque[import_pool.Chunk] = deque([_ParsedForEver()])
    files: list[Path] = []

    with pytest.raises(KeyboardInterrupt), import_pool._unread_ended(pool, in_flight):
        list(import_pool._in_order(pool, 2, files, 0, 0, in_flight))

    assert ended == [pool]
