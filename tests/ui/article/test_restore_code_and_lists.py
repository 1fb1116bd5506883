"""A nested list item or a code block the importer set aside, restored from Show original,
stands in the reading view nested and set as code, as it would have had it been kept.

Before, the rules that set a block aside rebuilt it without its depth and language
(session 34's review): restored, the item stood level with the list's top and the code in
plain colours. The files are those of `tests/core/ingest/test_set_aside_keeps_fields.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pygments.styles import get_style_by_name
from pygments.token import Keyword
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextBlock

from reader.core.importer import import_paths
from reader.core.ingest import BlockKind, BlockRole
from reader.core.store import Store
from reader.ui.article.article_pane import ArticlePane
from reader.ui.session import Session
from reader.ui.theme import contrast_ratio, theme

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def pane(qtbot, qapp: object, tmp_path: Path) -> Iterator[ArticlePane]:
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    pane = ArticlePane(session)
    session.changes_applied.connect(pane.apply_changes)  # as the window wires it
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    store.close()


def _restored(pane: ArticlePane, file: str) -> list[int]:
    """Import `file`, open it, and restore each of its set-aside list items and code blocks by
    its Restore link."""
    store = pane._session.store
    (result,) = import_paths(store, [DATA / file], workers=1)
    source = store.sources.get(result.source_id)
    assert source is not None
    pane.show_source(result.source_id)
    pane.show_original_action.trigger()
    aside = [i for i, b in enumerate(source.blocks) if b.role is BlockRole.BOILERPLATE and b.kind is not BlockKind.PARAGRAPH]
    for index in aside:
        pane.view.internal_link_clicked.emit(QUrl(f"reader:restore/{index}"))
    pane.show_original_action.trigger()  # the article alone
    assert not pane.show_original_action.isChecked()
    return aside


def _block(pane: ArticlePane, text: str) -> QTextBlock:
    block = pane.view.document().begin()
    while block.isValid() and block.text() != text:
        block = block.next()
    assert block.isValid(), text
    return block


def test_a_restored_nested_item_stands_nested(pane: ArticlePane) -> None:
    assert _restored(pane, "clippings/markdownload_list_aside.md")
    restored = _block(pane, "Jetzt zum Newsletter anmelden").textList()
    beside = _block(pane, "höchstens 14 Tage").textList()  # its sibling, kept by the importer
    assert restored is not None and beside is not None
    assert restored.format().indent() == beside.format().indent() == 2
    assert _block(pane, "Speicherdauer").textList().format().indent() == 1


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_restored_code_block_is_set_as_code_and_a_nested_item_nested(pane: ArticlePane, name: str) -> None:
    pane.set_theme(name)
    assert len(_restored(pane, "authored/saved_page_code_aside.html")) == 4
    assert [_block(pane, t).textList().format().indent() for t in ("Speicherdauer", "höchstens 14 Tage", "Zugriff")] == [1, 2, 1]
    first = _block(pane, "def rotiere(pfad):")
    assert _block(pane, "    return pfad").isValid()  # a line of its own, indented
    keyword = first.begin().fragment()  # "def": a keyword, in the code style's colour
    assert keyword.text() == "def"
    styled = "#" + get_style_by_name(theme(name).code_style).style_for_token(Keyword)["color"].lower()
    shown = keyword.charFormat().foreground().color().name()
    assert shown != theme(name).ink
    assert contrast_ratio(shown, first.blockFormat().background().color().name()) >= 4.5
    if contrast_ratio(styled, theme(name).aside) >= 4.5:  # else moved toward the ink, just enough
        assert shown == styled
