"""Lines fitted to the terminal they are read in.

A listing's titles and a search's snippets ran to 100–700 columns, which a terminal wraps
under the ids and dates that should line up. In a terminal, as `ls` and `git` do, a listing's
line is cut with "…" and a snippet or a passage is wrapped under its hit; piped into a file or
another program, every line stays whole, so grep and scripts see all of it (and `--json` is
there for programs).
"""

from __future__ import annotations

import shutil
import sys
import textwrap


def columns() -> int | None:
    """The terminal's width when the output is one, else None (nothing is cut or wrapped)."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


def cut(line: str, width: int | None) -> str:
    """`line`, ending in "…" where it would run past `width`."""
    if width is None or len(line) <= width:
        return line
    return line[: max(width - 1, 1)] + "…"


def wrapped(text: str, indent: int, width: int | None) -> str:
    """`text` under an indent of `indent` spaces, wrapped at `width` (one line when None)."""
    if width is None or width - indent < 20:
        return " " * indent + text
    return textwrap.fill(
        text, width, initial_indent=" " * indent, subsequent_indent=" " * indent,
        break_on_hyphens=False,
    )  # fmt: skip
