"""`briefing entities` on a library that is read-only here and not indexed for entities yet
says that sources are left out: it said "No entities: the library names none" (exit 0) of a
library naming hundreds, and listed only what an earlier run had indexed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def _read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Store the command opens, opened as for a file it may not write."""
    opened = Store.open

    def read_only(path: Path | str, **_kwargs: Any) -> Store:
        return opened(path, read_only=True)

    monkeypatch.setattr(Store, "open", read_only)


def test_entities_of_a_read_only_library_say_what_is_left_out(
    lib: list[str], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    _read_only(monkeypatch)
    code, out, err = run(*lib, "entities", "--limit", "3")
    assert (code, out) == (0, "")
    assert err == ("briefing: the library is read-only here, so the entities of 5 sources not indexed yet are "
                   "left out\nNo entities in the sources indexed.\n")  # fmt: skip
    monkeypatch.undo()
    code, out, err = run(*lib, "entities", "--limit", "3")  # writable again: indexed, listed
    assert code == 0 and len(out.splitlines()) == 3
    _read_only(monkeypatch)
    code, out, err = run(*lib, "entities", "--limit", "3")
    assert code == 0 and len(out.splitlines()) == 3 and err == ""  # nothing left out
