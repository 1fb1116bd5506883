"""How the import report names each file: by its name, or, where two files of one import
share a name, by its path below the folder they have in common.

Seen importing a folder of saved pages and clippings: a report of "empty.txt — empty file"
twice (or a saved site's many `index.html`) did not say which file had failed, only the
tooltip did, and the keyboard never reaches a tooltip. `2024/index.html` and `2025/index.html`
say it in the row and in the line under the table.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import PurePath


def report_names(paths: Iterable[str]) -> dict[str, str]:
    """Each path's name in the report (see the module's docstring)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        by_name[PurePath(path).name].add(path)
    names: dict[str, str] = {}
    for name, alike in by_name.items():
        if len(alike) == 1:
            names.update(dict.fromkeys(alike, name))
            continue
        try:  # the folder they share; on Windows two drives share none: their whole paths
            shared = os.path.commonpath([os.path.dirname(path) for path in alike])
        except ValueError:
            shared = ""
        names.update({path: os.path.relpath(path, shared) if shared else path for path in alike})
    return names
