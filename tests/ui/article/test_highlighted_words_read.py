"""Highlighted words read on their label's colour, whatever colour they had.

Seen in the dark theme at 200 %: a highlighted comment in a clipping's Python code kept its code
colour on the Risk label's red, 3.4:1, and a caption's muted grey or a link's blue fell to
2.5-4.2:1 on some labels (lower on a selected highlight's stronger shade). Highlighted words are
drawn in the theme's ink now, which every label colour keeps at 7:1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QTextCursor

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.article.article_pane import ArticlePane
from reader.ui.session import Session
from reader.ui.theme import THEMES
from tests.ui.colour_measures import strongest_contrast

CLIPPING = """# Fristen prüfen

Die Prüfung im Portal:

```python
# Frist in Tagen
FRIST = 14
```

Mehr im Leitfaden.
"""


@pytest.fixture
def pane(qtbot, tmp_path: Path) -> Iterator[ArticlePane]:
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    pane = ArticlePane(session)
    session.changes_applied.connect(pane.apply_changes)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    store.close()


def _letters_contrast(pane: ArticlePane, qt_start: int, qt_end: int, ground: str) -> float:
    """The strongest contrast with `ground` of any pixel where the view paints those characters."""
    view = pane.view
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(qt_start)
    last.setPosition(qt_end)
    left, right = view.cursorRect(first), view.cursorRect(last)
    assert left.top() == right.top()
    image = view.viewport().grab().toImage()
    assert QColor(image.pixel(left.left() + 2, left.top() + 1)).name() == ground  # painted on the label
    return strongest_contrast(image, ground, QRect(QPoint(left.left() + 1, left.top()), QPoint(right.left() - 2, left.bottom() - 1)))


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("label", ["risk", "key"])
def test_a_highlighted_code_comment_reads_on_its_label(pane: ArticlePane, tmp_path: Path, name: str, label: str) -> None:
    clipping = tmp_path / "fristen.md"
    clipping.write_text(CLIPPING, encoding="utf-8")
    store = pane._session.store
    (result,) = import_paths(store, [clipping], workers=1)
    text = store.sources.get(result.source_id).reading_text
    start = text.index("# Frist in Tagen")
    store.highlights.add(result.source_id, start, start + len("# Frist in Tagen"), label)
    pane.set_theme(name)
    pane.show_source(result.source_id)
    (span,) = pane.view.text_map.to_document(start, start + len("# Frist in Tagen"))
    assert _letters_contrast(pane, *span, THEMES[name].labels[label]) >= 4.5
