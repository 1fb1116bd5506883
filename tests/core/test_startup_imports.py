"""What a process loads before it imports anything: the entity rules and their gazetteers, which
an import and most commands never use, stay unloaded (they cost every start-up about 0.1 s of
CPU, paid on one core before the import's workers fork)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UNUSED = ("reader.core.entities",)


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {UNUSED!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_an_import_and_the_command_line_leave_the_entity_rules_unloaded(tmp_path: Path) -> None:
    code = (
        "import reader.cli.main\n"
        "from reader.core.importer import import_paths\n"
        "from reader.core.store import Store\n"
        f"store = Store.open({str(tmp_path / 'library.sqlite3')!r})\n"
        "store.close()"
    )
    assert _loaded_after(code) == []


def test_the_entities_load_when_asked_for(tmp_path: Path) -> None:
    code = (
        "from reader.core.store import Store\n"
        f"store = Store.open({str(tmp_path / 'library.sqlite3')!r})\n"
        "store.entities.missing()\n"
        "store.close()"
    )
    assert _loaded_after(code) == ["reader.core.entities"]

