"""Which files an import takes: the paths given, folders expanded, each file in its place.

Apart from the importer (which parses and stores) because it is the one part that reads the
file system's shape: hidden files and a saved page's asset folder are skipped here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.core.ingest import is_page_folder, is_saved_page, is_supported
from reader.core.models import ImportResult, ImportStatus


def collect(paths: Iterable[str | os.PathLike[str]]) -> list[Path | ImportResult]:
    """Expand folders (recursively, sorted, hidden files skipped) into files, keeping order.

    A path that does not exist, or a file in a folder whose type no parser reads, becomes an
    error result at its place so the report names it.
    """
    entries: list[Path | ImportResult] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in sorted(_walk(path)):
                if is_supported(child):
                    entries.append(child)
                else:
                    entries.append(error_result(child, f"not an article file ({child.suffix or 'no suffix'})"))
        elif path.exists():
            entries.append(path)
        else:
            entries.append(error_result(path, "file not found"))
    return entries


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        pages = {Path(name).stem for name in files if is_saved_page(name)}
        dirs[:] = [d for d in dirs if not d.startswith(".") and not is_page_folder(d, pages)]
        for name in files:
            if not name.startswith("."):
                yield Path(root) / name


def error_result(path: Path, reason: str) -> ImportResult:
    """A file that will not be imported, with the reason the report gives."""
    return ImportResult(str(path), ImportStatus.ERROR, reason)
