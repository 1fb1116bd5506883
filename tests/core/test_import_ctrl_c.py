"""Ctrl-C and the import pool's workers, in this process (the command line's own runs are
tests/cli/test_cli_import_ctrl_c_workers.py)."""

from __future__ import annotations

import signal
import sys
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import cast

import pytest

from reader.core import import_pool, importer
from reader.core.import_ctrl_c import ctrl_c_put_off
from reader.core.models import ImportResult, ImportStatus
from reader.core.store import Store
from tests.processes import running


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


@pytest.mark.skipif(sys.platform != "linux", reason="reads the workers' state in /proc")
def test_a_cancel_in_the_windows_thread_ends_the_forkserver_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window imports in a thread of its own, so its pool's workers come from the forkserver
    and Ctrl-C's put-off (the main thread's alone) is not there; its cancel closes the parsing
    generator, which ends the workers of chunks still unread. That path returns what was stored,
    without hanging, and leaves no worker running (whether the chunks were still unread when the
    cancel came is the workers' pace: the rule itself is the test above's)."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(f"Article number {i}\n\nChip plant {i} is built, analysts say.\n")
    workers: list[int] = []
    pool = import_pool._pool

    @contextmanager
    def watched(count: int, context: BaseContext) -> Iterator[ProcessPoolExecutor]:
        with pool(count, context) as started:
            assert context.get_start_method() != "fork"
            try:
                yield started
            finally:
                workers.extend(started._processes or {})  # type: ignore[attr-defined]

    monkeypatch.setattr(import_pool, "_pool", watched)
    done: list[ImportResult] = []
    progressed: list[int] = []
    in_library: list[int] = []

    def window_import() -> None:  # Cancel clicked once the first file is stored
        with Store.open(tmp_path / "library.sqlite") as store:
            done.extend(importer.import_paths(store, [folder], workers=2, progress=lambda n, _total: progressed.append(n),
                                              is_cancelled=lambda: bool(progressed)))  # fmt: skip
            in_library.append(store.sources.count())

    importing = threading.Thread(target=window_import)
    importing.start()
    importing.join(timeout=120)  # a hang, not a pace: the import ends in about a second

    assert not importing.is_alive(), "the cancelled import never ended"
    assert len(workers) == 2 and not [pid for pid in workers if running(pid)]
    assert [r.status for r in done] == [ImportStatus.IMPORTED] and in_library == [1]


def test_ctrl_c_is_put_off_only_on_the_main_thread() -> None:
    """Only the main thread may set a signal handler: anywhere else (a window's import thread)
    the block runs as it is, where setting one raised ValueError."""
    failed: list[BaseException] = []

    def off_the_main_thread() -> None:
        try:
            with ctrl_c_put_off():
                pass
        except BaseException as exc:  # noqa: BLE001 - reported below
            failed.append(exc)

    other = threading.Thread(target=off_the_main_thread)
    other.start()
    other.join()
    assert failed == []
    handler = signal.getsignal(signal.SIGINT)
    with ctrl_c_put_off():
        assert signal.getsignal(signal.SIGINT) is not handler  # put off here
    assert signal.getsignal(signal.SIGINT) is handler
