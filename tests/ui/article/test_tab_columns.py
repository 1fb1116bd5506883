"""A table copied as tab-separated lines is set in columns in the reading view.

Seen on a copied BAFA press release: with Qt's default tab stops, a first cell wider than one
stop ("Flugturbinenkraftstoff") pushed its row's figures a column to the right of the rows
above, so the figures stood under the wrong headings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextBlock, QTextDocument

from reader.core.ingest import Block, BlockKind
from reader.ui.article.document import build_document
from reader.ui.article.reading_view import ArticleView, reading_font
from reader.ui.article.tab_columns import align_tab_columns
from reader.ui.theme import theme

ROWS = ["Produkt\t2020\t2021\tÄnderung", "Ottokraftstoff\t15,02\t15,12\t0,7 %", "Flugturbinenkraftstoff\t4,43\t5,51\t24,4 %",
        "Öl\t0,78\t1,12\t43,4 %"]  # fmt: skip


def _cell_starts(block: QTextBlock) -> list[float]:
    """Where each cell of a laid-out row starts (x in the block)."""
    line = block.layout().lineAt(0)
    starts, offset = [line.cursorToX(0)[0]], 0
    for cell in block.text().split("\t")[:-1]:
        offset += len(cell) + 1
        starts.append(line.cursorToX(offset)[0])
    return starts


def _rows(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        if "\t" in block.text():
            found.append(block)
        block = block.next()
    return found


def test_the_cells_of_a_tabbed_run_start_at_the_same_places(qtbot) -> None:
    document = QTextDocument()
    document.setDefaultFont(reading_font(0))
    blocks = (Block(BlockKind.PARAGRAPH, "Entwicklung des Absatzes:"), *(Block(BlockKind.PARAGRAPH, r) for r in ROWS))
    build_document(document, blocks, theme("light"), original=False)
    document.setTextWidth(700)
    align_tab_columns(document, document.defaultFont(), 700)
    document.documentLayout().documentSize()  # lay it out
    starts = [_cell_starts(block) for block in _rows(document)]
    assert len(starts) == len(ROWS)
    assert all(row == starts[0] for row in starts), starts
    # The second column starts after the widest first cell, not at a fixed stop inside it.
    assert starts[0][1] > document.documentLayout().blockBoundingRect(_rows(document)[2]).left()
    assert document.toPlainText().count("\t") == 3 * len(ROWS)  # the text itself is untouched


def test_columns_too_wide_for_the_column_share_it_evenly(qtbot) -> None:
    document = QTextDocument()
    document.setDefaultFont(reading_font(0))
    wide = [f"{'Sehr lange Zelle ' * 3}\t{'noch eine lange Zelle ' * 2}\tx" for _ in range(3)]
    build_document(document, tuple(Block(BlockKind.PARAGRAPH, r) for r in wide), theme("light"), original=False)
    align_tab_columns(document, document.defaultFont(), 600)
    stops = [tab.position for tab in _rows(document)[0].blockFormat().tabPositions()]
    assert stops == [200, 400]


def test_the_view_aligns_the_rows_it_shows(qtbot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    document = view.document()
    build_document(document, tuple(Block(BlockKind.PARAGRAPH, r) for r in ROWS), theme("light"), original=False)
    view.set_zoom(2)  # a zoom lays the column out again: the stops follow the bigger font
    stops = [tab.position for tab in _rows(document)[0].blockFormat().tabPositions()]
    assert len(stops) == 3 and stops[0] > 0


# The top of a NASCAR standings table as copied from autoracing.com.br (a page of the en-news
# development set): seven columns a little too wide for the reading column.
STANDINGS = ["Pos.\tPiloto\tPontos\tVitórias\tPoles\tTop 5\tTop 10", "1\tKyle Busch\t5040\t5\t1\t17\t27",
             "2\tMartin Truex Jr.\t5035\t7\t0\t15\t24", "3\tKevin Harvick\t5033\t4\t6\t15\t26",
             "18\tRicky Stenhouse Jr.\t817\t0\t0\t2\t8"]  # fmt: skip


@pytest.mark.parametrize("width", [520, 460])  # the column at 1280 px and at 1024 px
def test_a_table_a_little_too_wide_closes_up_then_shrinks_keeping_its_columns(qtbot, width: int) -> None:
    document = QTextDocument()
    document.setDefaultFont(reading_font(0))
    build_document(document, tuple(Block(BlockKind.PARAGRAPH, r) for r in STANDINGS), theme("light"), original=False)
    document.setDocumentMargin(0)  # the text as wide as the column, as in the view
    document.setTextWidth(width)
    align_tab_columns(document, document.defaultFont(), width)
    document.documentLayout().documentSize()
    rows = _rows(document)
    assert all(row.layout().lineCount() == 1 for row in rows)  # no row breaks over two lines
    starts = [_cell_starts(row) for row in rows]
    assert all(row == starts[0] for row in starts), starts  # every figure under its heading
    assert document.toPlainText().count("\t") == 6 * len(STANDINGS)
    size = rows[0].begin().fragment().charFormat().fontPointSize()
    assert size >= 0.75 * reading_font(0).pointSizeF()
    # Wider again, the rows go back to the reading font.
    align_tab_columns(document, document.defaultFont(), 900)
    assert rows[0].begin().fragment().charFormat().fontPointSize() == reading_font(0).pointSizeF()
