"""A copied page, as a test writes it, imported into a window's library and opened there."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths
from reader.core.models import Source


def open_copied_page(window, folder: Path, text: str, name: str = "hafen.txt") -> Source:
    """Write `text` to `folder`/`name`, import it through the importer, list it and open it in
    `window`; the source as stored."""
    page = folder / name
    page.write_text(text, encoding="utf-8")
    (result,) = import_paths(window.session.store, [page], workers=1)
    window.library.reload()
    window.open_source(result.source_id)
    return window.session.store.sources.get(result.source_id)
