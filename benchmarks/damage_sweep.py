"""Noise at random places in a library: how much of it the check at open catches.

`python -m benchmarks.damage_sweep --trials 500` writes 1-6 KB of random bytes at a random
offset of a copy of a small library (the sample articles, 300 annotated highlights, notes) and
sorts each trial into: detected when the library opens (nothing is written then); not detected
by the check at open but by the verification of that day's backup (a page copy of the library,
so it carries the damage along: `integrity_check` and every row read back); not detected and
harmless (every row still reads back exactly as before: the noise fell into unused space of a
page); not detected and harmful (a row changed). The tests cover each kind of damage
(tests/core/store/test_damage.py); this measures how often random noise escapes the check.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

from reader.core.ingest import prepare_file
from reader.core.store import BackupError, Store, verify
from reader.core.store.damage import diagnose

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TABLES = ("sources", "source_content", "highlights", "notes", "tags", "source_tags", "search_index")


def _library(folder: Path) -> Path:
    db = folder / "library.sqlite"
    with Store.open(db) as store:
        ids = [store.sources.add(prepare_file(p))[0] for p in sorted(SEEDS.glob("*.txt"))]
        for number in range(300):
            store.highlights.add(ids[number % len(ids)], 0, 20, "key", f"Anmerkung {number} " * 5)
        for source_id in ids:
            store.notes.set(source_id, "Zusammenfassung " * 200)
    return db


def _rows(db: Path) -> list[object] | None:
    """Every row of every table, or None when some cannot be read."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [conn.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _fails_backup_check(db: Path) -> bool:
    """The day's backup is a page copy of the library, verified: damage copies along."""
    try:
        verify(db)
    except BackupError:
        return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts = {"detected at open": 0, "then by the daily backup's check": 0,
              "not detected, harmless": 0, "not detected, harmful": 0}  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        original = _library(Path(folder))
        expected = _rows(original)
        trial_db = Path(folder) / "trial" / "library.sqlite"
        for _ in range(args.trials):
            shutil.rmtree(trial_db.parent, ignore_errors=True)
            trial_db.parent.mkdir()
            data = bytearray(original.read_bytes())
            length = rng.randint(1000, 6000)
            start = rng.randrange(0, len(data) - length)
            data[start : start + length] = rng.randbytes(length)
            trial_db.write_bytes(bytes(data))
            if diagnose(trial_db) is not None:
                counts["detected at open"] += 1
            elif _fails_backup_check(trial_db):
                counts["then by the daily backup's check"] += 1
            elif _rows(trial_db) == expected:
                counts["not detected, harmless"] += 1
            else:
                counts["not detected, harmful"] += 1
        pages = original.stat().st_size // 4096
    print(f"{args.trials} trials on a {pages}-page library: "
          + ", ".join(f"{name} {number}" for name, number in counts.items()))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
