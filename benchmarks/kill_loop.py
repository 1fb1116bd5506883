"""kill -9 in the middle of writing: nothing acknowledged is lost, the library stays whole.

`python -m benchmarks.kill_loop --kills 200` runs two loops and prints their figures:

- annotation: a child process adds highlights with annotations as fast as it can and prints
  each one's id once its transaction has committed (the acknowledgement a user sees); it is
  killed with SIGKILL after a random 30–400 ms. Afterwards the library must pass the damage
  check and `integrity_check`, and every acknowledged highlight must be there with its
  annotation.
- import: each round, `briefing import` of a folder of new generated articles is killed
  right after one of its batches committed (mid-write: batches commit every 0.25 s or 200
  files); the library must pass the same checks after every kill, no parsing worker may
  outlive it, and one last run over every folder must complete the import (every file in
  the library).
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from reader.core.store import Store
from reader.core.store.damage import diagnose

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_ANNOTATOR = textwrap.dedent(
    """
    import sys
    from reader.core.store import Store
    store = Store.open(sys.argv[1])
    number = 0
    while True:
        number += 1
        highlight, _ = store.highlights.add(1, 0, 10, "key", f"Anmerkung {number}")
        print(highlight.id, flush=True)
    """
)


def _check(db: Path) -> list[str]:
    problem = diagnose(db)
    if problem:
        return [problem]
    with Store.open(db) as store:
        return store.check()


def annotation_loop(folder: Path, kills: int, rng: random.Random) -> tuple[int, int, int]:
    """(acknowledged writes, lost, integrity failures)."""
    db = folder / "library.sqlite"
    with Store.open(db) as store:
        store.sources.add(_prepare(sorted(SEEDS.glob("*.txt"))[0]))
    acknowledged: set[int] = set()
    failures = 0
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-c", _ANNOTATOR, str(db)], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        first = child.stdout.readline()  # started and writing
        time.sleep(rng.uniform(0.03, 0.4))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        acknowledged |= {int(line) for line in (first + out).split() if line.strip().isdigit()}
        failures += bool(_check(db))
    with Store.open(db) as store:
        present = {row[0] for row in store.db.execute("SELECT id FROM highlights WHERE annotation LIKE 'Anmerkung %'")}
    return len(acknowledged), len(acknowledged - present), failures


def import_loop(folder: Path, kills: int, files: int, rng: random.Random) -> tuple[int, int, int, int, str]:
    """(kills, kills mid-write, integrity failures, workers left over, the re-run's summary).

    Each round imports a folder of `files` new articles and is killed right after one of its
    batches committed (the library's count went up), so the kill falls among the writes.
    """
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    data = folder / "data"
    db = data / "library.sqlite"
    folders: list[Path] = []
    failures = leftovers = mid_write = 0
    for round_number in range(kills):
        articles = folder / f"round-{round_number:03}"
        articles.mkdir()
        for number in range(files):
            unique = round_number * files + number
            (articles / f"{number:05}.txt").write_text(_variant(texts[unique % len(texts)], unique), encoding="utf-8")
        folders.append(articles)
        before = _count(db)
        child = subprocess.Popen([*_import_command(data), str(articles)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        below: set[int] = set()
        while child.poll() is None and _count(db) <= before:
            below |= _descendants(child.pid)
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.05))
        below |= _descendants(child.pid)
        if child.poll() is None:
            mid_write += 1
        child.send_signal(signal.SIGKILL)
        child.wait()
        deadline = time.monotonic() + 10
        while any(_running(p) for p in below) and time.monotonic() < deadline:
            time.sleep(0.05)
        leftovers += sum(_running(p) for p in below)
        problems = _check(db)
        if problems:
            failures += 1
            print(f"round {round_number}: {problems[0]}", file=sys.stderr, flush=True)
    final = subprocess.run([*_import_command(data), *map(str, folders)], capture_output=True, text=True, check=False)
    try:
        with Store.open(db) as store:
            stored = store.sources.count()
    except Exception as exc:  # reported, not raised: the figures so far still count
        return kills, mid_write, failures, leftovers, f"the library could not be opened: {exc}"
    summary = final.stderr.strip().splitlines()[-1] if final.stderr.strip() else ""
    return kills, mid_write, failures, leftovers, f"{summary}; {stored} of {kills * files} files in the library"


def _import_command(data: Path) -> list[str]:
    return [sys.executable, "-m", "reader.cli", "--data-dir", str(data), "import"]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM sources").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _variant(text: str, number: int) -> str:
    """The article with a sentence of its own in its longest paragraph: a body of its own."""
    paragraphs = text.split("\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    own = (f" Nach Angaben des Ministeriums stieg der Wert im Bezirk {number} zuletzt um {number % 97} "
           "Prozent, während Fachleute eine ähnliche Entwicklung erwarten.")  # fmt: skip
    paragraphs[longest] += own
    return "\n".join(paragraphs)


def _prepare(path: Path):  # type: ignore[no-untyped-def]
    from reader.core.ingest import prepare_file

    return prepare_file(path)


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {c for c, p in parents.items() if p in frontier} - found
        found |= frontier
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--files", type=int, default=200, help="new articles per import round")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=("annotation", "import"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    status = 0
    with tempfile.TemporaryDirectory() as folder:
        if args.only != "import":
            started = time.monotonic()
            (Path(folder) / "a").mkdir()
            acked, lost, failed = annotation_loop(Path(folder) / "a", args.kills, rng)
            print(f"annotation: {args.kills} kills, {acked} acknowledged writes, {lost} lost, "
                  f"{failed} integrity failures ({time.monotonic() - started:.0f} s)", flush=True)  # fmt: skip
            status |= bool(lost or failed)
        if args.only != "annotation":
            started = time.monotonic()
            (Path(folder) / "i").mkdir()
            kills, mid_write, failed, leftovers, final = import_loop(Path(folder) / "i", args.kills, args.files, rng)
            print(f"import: {kills} kills ({mid_write} right after a commit, the rest had finished), "
                  f"{failed} integrity failures, {leftovers} workers left running; re-run: {final} "
                  f"({time.monotonic() - started:.0f} s)", flush=True)  # fmt: skip
            status |= bool(failed or leftovers)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
