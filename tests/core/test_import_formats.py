"""Each format's reader loads when a file of it is read, or before an import's workers fork: an
import of text files never loads the web page and Markdown readers (0.07 s of CPU on one core
before the fork), one with pages loads them once, in the process the workers are forked from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.import_pool import PARALLEL_THRESHOLD

REPO = Path(__file__).resolve().parents[2]
READERS = ("reader.core.ingest.webpage", "reader.core.ingest.mhtml", "reader.core.ingest.clipping")

# Imports the folder with two forked workers; prints the readers loaded when the pool starts
# (in the process its workers are forked from) and after the import, and the results.
FORKED_IMPORT = f"""
import json, sys
from pathlib import Path
from reader.core import import_pool, importer
from reader.core.store import Store

readers, at_fork = {READERS!r}, []
pool = import_pool._pool
def watched(*args):
    at_fork.append([m for m in readers if m in sys.modules])
    return pool(*args)
import_pool._pool = watched
folder = Path(sys.argv[1])
with Store.open(folder.parent / "library.sqlite") as store:
    results = importer.import_paths(store, [folder], workers=2)
after = [m for m in readers if m in sys.modules]
print(json.dumps([at_fork, after, sorted({{str(r.status) for r in results}})]))
"""

PAGE = "<html><head><title>Chip plants {i}</title></head><body><article><h1>Chip plants {i}</h1><p>{body}</p></article></body></html>"  # noqa: E501


def _folder(tmp_path: Path, pages: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(PARALLEL_THRESHOLD + 2):
        body = (
            f"Governments fund factory number {i} as demand for semiconductors rises, analysts say."
        )
        if i < pages:
            (folder / f"{i:03}.html").write_text(PAGE.format(i=i, body=body), encoding="utf-8")
        else:
            (folder / f"{i:03}.txt").write_text(f"Article number {i}\n\n{body}\n", encoding="utf-8")
    return folder


def _forked_import(folder: Path) -> list[list[str]]:
    done = subprocess.run([sys.executable, "-c", FORKED_IMPORT, str(folder)], cwd=REPO,
                          capture_output=True, text=True, check=True)  # fmt: skip
    return list(json.loads(done.stdout))


@pytest.mark.skipif(os.name != "posix", reason="the command line forks its workers on Linux")
def test_an_import_of_text_files_never_loads_the_page_readers(tmp_path: Path) -> None:
    at_fork, after, statuses = _forked_import(_folder(tmp_path, pages=0))
    assert at_fork == [[]]
    assert after == []
    assert statuses == ["imported"]


@pytest.mark.skipif(os.name != "posix", reason="the command line forks its workers on Linux")
def test_an_import_with_pages_loads_their_reader_once_before_the_fork(tmp_path: Path) -> None:
    at_fork, after, statuses = _forked_import(_folder(tmp_path, pages=3))
    assert at_fork == [["reader.core.ingest.webpage"]]  # neither MHTML nor Markdown
    assert after == ["reader.core.ingest.webpage"]
    assert statuses == ["imported"]


def _fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_forkserver_loads_every_reader_before_it_forks() -> None:
    """It starts before it is told which files an import has."""
    probe = f"import sys\nimport reader.core.import_preload\nprint(all(m in sys.modules for m in {READERS!r}))"
    assert _fresh(probe) == "True"


@pytest.mark.parametrize(
    ("name", "limit_mb"), [("huge.html", 25), ("huge.mhtml", 25), ("huge.txt", 5), ("huge.md", 5)]
)
def test_a_file_over_its_format_s_limit_is_refused_before_its_reader_loads(
    tmp_path: Path, name: str, limit_mb: int
) -> None:
    """A saved page may be 25 MB, a text 5 MB (sparse files: nothing is written)."""
    path = tmp_path / name
    with path.open("wb") as f:
        f.truncate(limit_mb * 1024 * 1024 + 1)
    probe = (
        "from pathlib import Path\nfrom reader.core.ingest import IngestError, prepare_file\n"
        f"try:\n    prepare_file(Path({str(path)!r}))\nexcept IngestError as exc:\n    print(exc)"
    )
    assert (
        _fresh(probe) == f"too large ({limit_mb:.1f} MB; an article file is at most {limit_mb} MB)"
    )


def test_a_page_its_reader_refuses_gives_the_reader_s_reason() -> None:
    """The reader's own error (`webpage.PageError`) is the reason shown, as before it loaded lazily."""
    probe = (
        "from reader.core.ingest import IngestError, prepare_bytes\n"
        "try:\n    prepare_bytes(b'%PDF-1.4 not a page', 'page.html')\n"
        "except IngestError as exc:\n    print(type(exc).__name__, bool(str(exc)))"
    )
    assert _fresh(probe) == "IngestError True"
