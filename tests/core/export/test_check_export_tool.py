"""tools/check_export.py, run as its docstring says on a tiny export: a tool no test runs rots
(a rename in the export, a changed report) unnoticed until the day it is needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.export.writer import export_briefing, export_sources
from reader.core.store import Store
from tests import export_library

REPO = Path(__file__).resolve().parents[3]


def _check(library: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "tools" / "check_export.py"), str(library), str(out)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip


def _exported(store: Store, out: Path) -> Path:
    ids = export_library.build(store)
    store.highlights.update(ids[1], annotation="Tippe `%%` ein")  # in code: no comment begun
    export_sources(store, [1, 2, 3], out / "sources")
    briefing, _ = store.briefings.create("Japan Q4")
    store.briefings.add_highlights(briefing.id, [ids[0], ids[4]])
    export_briefing(store, briefing.id, out / "briefing", language="de")
    return next((out / "sources").glob("Japan–USA*.md"))


def test_a_sound_export_passes(store: Store, tmp_path: Path) -> None:
    _exported(store, tmp_path / "out")
    done = _check(tmp_path / "library.sqlite", tmp_path / "out")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "4 files checked"  # three sources, one briefing


def test_a_block_id_a_note_left_in_code_is_found(store: Store, tmp_path: Path) -> None:
    path = _exported(store, tmp_path / "out")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n^h", "\n```\n^h", 1), encoding="utf-8")  # an open fence before it
    done = _check(tmp_path / "library.sqlite", tmp_path / "out")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "\nthe export's own lines inside code or HTML: 1\n" in done.stdout
    assert f"\nblock id not a paragraph of its own: 2\n    sources/{path.name}: ^h" in done.stdout
