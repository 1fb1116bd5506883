"""Which files a folder import takes: unreadable folders are named, linked folders followed
once, loops end.

An unreadable folder inside an import was skipped without a word (os.walk drops the errors it
meets unless asked), and with it every article inside; a linked folder was never opened.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from reader.core.import_files import collect
from reader.core.models import ImportResult, ImportStatus


def _text(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{path.stem}\n\nA paragraph of an article named {path.stem}.\n", encoding="utf-8")
    return path


def _shown(entries: list[Path | ImportResult], root: Path) -> list[str]:
    return [str(e.relative_to(root)) if isinstance(e, Path)
            else f"{Path(e.path).relative_to(root)}: {e.reason}" for e in entries]  # fmt: skip


def test_a_folder_that_cannot_be_read_is_named_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _text(tmp_path / "a.txt")
    _text(tmp_path / "locked" / "inside.txt")
    _text(tmp_path / "z.txt")
    real_scandir = os.scandir
    locked = str(tmp_path / "locked")

    def scandir(path: str) -> object:  # what a folder without read permission gives a user
        if os.fspath(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    entries = collect([tmp_path])
    assert _shown(entries, tmp_path) == ["a.txt", "locked: folder cannot be read (permission denied)", "z.txt"]
    assert isinstance(entries[1], ImportResult) and entries[1].status is ImportStatus.ERROR


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder whatever its permissions")
def test_a_folder_without_read_permission_is_named(tmp_path: Path) -> None:
    _text(tmp_path / "locked" / "inside.txt")
    (tmp_path / "locked").chmod(0)
    try:
        assert _shown(collect([tmp_path]), tmp_path) == ["locked: folder cannot be read (permission denied)"]
    finally:
        (tmp_path / "locked").chmod(0o755)


def test_a_linked_folder_is_followed_once_and_a_loop_ends(tmp_path: Path) -> None:
    _text(tmp_path / "elsewhere" / "far.txt")
    _text(tmp_path / "import" / "near.txt")
    (tmp_path / "import" / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "import" / "same").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "import" / "up").symlink_to(tmp_path / "import", target_is_directory=True)
    (tmp_path / "elsewhere" / "back").symlink_to(tmp_path / "import", target_is_directory=True)
    assert _shown(collect([tmp_path / "import"]), tmp_path / "import") == ["link/far.txt", "near.txt"]


def test_a_pipe_or_device_is_refused_not_read(tmp_path: Path) -> None:
    """Reading a named pipe waits for a writer for ever and /dev/zero never ends: either hung
    the whole import."""
    _text(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    assert _shown(collect([tmp_path]), tmp_path) == [
        "a.txt",
        "pipe.txt: not a regular file (a named pipe)",
        "zero.txt: not a regular file (a device)",
    ]
    (result,) = collect([tmp_path / "pipe.txt"])
    assert isinstance(result, ImportResult) and result.reason == "not a regular file (a named pipe)"
