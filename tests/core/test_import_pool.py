"""What the import pool's forkserver loads: the parsers and profiles, not the library."""

from __future__ import annotations

import subprocess
import sys


def test_the_parsing_workers_forkserver_does_not_load_the_library() -> None:
    """Workers parse bytes and make profiles; the store's modules (sqlite_utils, every
    repository) cost the forkserver 0.2 s of CPU per import and no worker uses them."""
    script = (
        "import sys\n"
        "import reader.core.import_preload\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reader.core.store', 'sqlite_utils'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_forkserver_has_the_word_lists_loaded_before_it_forks() -> None:
    """Loaded lazily in each worker, they cost it 0.1 s of CPU on its first file."""
    script = "import sys\nimport reader.core.import_preload\nprint('wordfreq' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
