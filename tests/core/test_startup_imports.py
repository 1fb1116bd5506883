"""What a process loads before it imports anything: the entity rules and their gazetteers, which
an import and most commands never use, stay unloaded (they cost every start-up about 0.1 s of
CPU, paid on one core before the import's workers fork); so do the parsers, the importer and
the exporters for a command that reads the library (a quarter of a second of `briefing list`'s
and `briefing --help`'s start)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UNUSED = ("reader.core.entities",)
READING_ONLY = ("reader.core.ingest.prepare", "reader.core.ingest.plaintext", "reader.core.importer",
                "reader.core.export")  # fmt: skip


def _loaded_after(code: str, watched: tuple[str, ...] = UNUSED) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {watched!r} if m in sys.modules))"
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


def test_briefing_import_leaves_the_entity_rules_unloaded(tmp_path: Path) -> None:
    """The whole command, its options built and a file imported: `entities --kind`'s choices
    were EntityKind's values, which argparse lists as the option is added, so every command
    loaded the entity rules while its command line was built."""
    seed = sorted((REPO / "seeds").glob("*.txt"))[0]
    code = (
        "import contextlib, io\n"
        "from reader.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['--data-dir', {str(tmp_path)!r}, 'import', {str(seed)!r}]) == 0"
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



def test_listing_the_library_leaves_the_parsers_unloaded(tmp_path: Path) -> None:
    code = (
        "from reader.core.store import Store\n"
        f"Store.open({str(tmp_path / 'library.sqlite')!r}).close()\n"
        "from reader.cli.main import main\n"
        f"assert main(['--data-dir', {str(tmp_path)!r}, 'list']) == 0"
    )
    assert _loaded_after(code, READING_ONLY) == []


def test_the_parsers_load_when_a_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Headline\n\nA paragraph of the article's text.\n", encoding="utf-8")
    code = (
        "from reader.core.ingest import IngestError, prepare_file\n"
        "from pathlib import Path\n"
        f"assert prepare_file(Path({str(tmp_path / 'note.txt')!r})).article.title == 'Headline'\n"
        "import reader.core.ingest as ingest\n"
        "assert ingest.IngestError is sys.modules['reader.core.ingest.prepare'].IngestError\n"
        "try:\n    ingest.no_such_name\nexcept AttributeError:\n    pass\nelse:\n    raise SystemExit(1)"
    )
    assert _loaded_after(code, READING_ONLY) == ["reader.core.ingest.prepare", "reader.core.ingest.plaintext"]


def test_opening_a_library_leaves_numpy_unloaded_until_the_language_guess_needs_it(tmp_path: Path) -> None:
    # sqlite_utils loads numpy only to map its number types, which the library never stores;
    # the store loads sqlite_utils without it (0.1 s of every command's and import's start).
    code = (
        "from reader.core.store import Store\n"
        f"Store.open({str(tmp_path / 'library.sqlite')!r}).close()\n"
        "from reader.cli.main import main\n"
        f"assert main(['--data-dir', {str(tmp_path)!r}, 'list']) == 0\n"
        "import reader.core.importer, reader.core.import_pool\n"
        "print('numpy' in sys.modules)\n"
        "from reader.core.ingest.language import detect_language\n"
        # No stop-word list decides a Swahili sentence: the classifier (py3langid, numpy) does.
        "assert detect_language('Watoto wanasoma vitabu shuleni kila siku asubuhi na jioni') == 'sw'\n"
        "import sqlite_utils\n"
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert({'n': 1})\n"
        "assert db['t'].count == 1"
    )
    assert _loaded_after(code, ("numpy",)) == ["False", "numpy"]


def test_opening_a_library_does_not_look_for_sqlite_utils_plugins(tmp_path: Path) -> None:
    # Looking for them reads every installed package's entry points (0.05 s of every start).
    code = (
        "import sqlite_utils.plugins\n"
        "from reader.core.store import Store\n"
        f"Store.open({str(tmp_path / 'library.sqlite3')!r}).close()\n"
        "print(sqlite_utils.plugins._plugins_loaded)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]
