"""Which files an import takes: the paths given, folders expanded, each file in its place.

Apart from the importer (which parses and stores) because it is the one part that reads the
file system's shape: hidden files and a saved page's asset folder are skipped here.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.core.ingest import is_page_folder, is_saved_page, is_supported
from reader.core.models import ImportResult, ImportStatus


def collect(paths: Iterable[str | os.PathLike[str]]) -> list[Path | ImportResult]:
    """Expand folders (recursively, sorted, hidden files skipped) into files, keeping order.

    A path that does not exist, a folder that cannot be read, a pipe or device, or a file in a
    folder whose type no parser reads becomes an error result at its place so the report names it: a folder the
    user may not open was skipped without a word, and with it every article inside.
    """
    entries: list[Path | ImportResult] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            unreadable: list[tuple[Path, str]] = []
            found = [(child, None) for child in _walk(path, unreadable)]
            for child, reason in sorted([*found, *unreadable], key=lambda entry: entry[0]):
                reason = reason or not_a_file(child)
                if reason is not None:
                    entries.append(error_result(child, reason))
                elif is_supported(child):
                    entries.append(child)
                else:
                    entries.append(error_result(child, f"not an article file ({child.suffix or 'no suffix'})"))
        elif path.exists():
            special = not_a_file(path)
            entries.append(error_result(path, special) if special else path)
        else:
            entries.append(error_result(path, "file not found"))
    return _once(entries)


def _once(entries: list[Path | ImportResult]) -> list[Path | ImportResult]:
    """Each file at its first place only. `import dir dir/a.txt` read a.txt twice and called the
    second a "duplicate" of the source the first had just made: named twice (by a folder and
    by itself, or by two spellings of one path) is still one file, with one line."""
    seen: set[str] = set()
    kept: list[Path | ImportResult] = []
    for entry in entries:
        real = os.path.realpath(entry if isinstance(entry, Path) else entry.path)
        if real not in seen:
            seen.add(real)
            kept.append(entry)
    return kept


def _walk(folder: Path, unreadable: list[tuple[Path, str]]) -> Iterator[Path]:
    """The files under `folder`; each folder that cannot be listed goes to `unreadable`.

    A linked folder is followed, as the folder it stands for is meant, but each real folder
    is read once: a link back up the tree (a loop) or a second link to the same folder adds
    nothing.
    """

    def note(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        unreadable.append((where, f"folder cannot be read ({(error.strerror or str(error)).lower()})"))

    seen = {os.path.realpath(folder)}
    for root, dirs, files in os.walk(folder, onerror=note, followlinks=True):
        pages = {Path(name).stem for name in files if is_saved_page(name)}
        kept = []
        for name in sorted(dirs):  # the first link to a folder is the one kept
            real = os.path.realpath(os.path.join(root, name))
            if not name.startswith(".") and not is_page_folder(name, pages) and real not in seen:
                seen.add(real)
                kept.append(name)
        dirs[:] = kept
        for name in files:
            if not name.startswith("."):
                yield Path(root) / name


def not_a_file(path: Path) -> str | None:
    """Why `path` is no file to read, for a pipe or a device (reading /dev/zero or a named pipe
    never ends, and hung the whole import); None for a regular file or one that is not there
    (its reader says so)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind})"


def readable_path(path: str) -> str:
    """`path` as text SQLite can store and a window can show.

    A name that is not UTF-8 on disk (Latin-1 names from an old archive or a Windows share)
    reaches Python with its odd bytes as lone surrogates, which no UTF-8 text may hold: storing
    such a file failed. Each such part of the path is read as Windows-1252, as those names
    almost always are; a path that is UTF-8 already comes back as it is.
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        parts = os.fsencode(path).split(b"/")
        return "/".join(_part_text(part) for part in parts)


def _part_text(part: bytes) -> str:
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return part.decode("cp1252", errors="replace")


def error_result(path: Path, reason: str) -> ImportResult:
    """A file that will not be imported, with the reason the report gives."""
    return ImportResult(str(path), ImportStatus.ERROR, reason)
