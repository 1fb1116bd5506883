"""Code blocks and nested lists in the reading view, as the clipping's author laid them out.

Before, a clipping's code stood in the reading font one paragraph a line, indentation gone,
and an item of a list inside a list item stood level with its parent. Now a code block is set
in the fixed-width font, its lines and indentation kept and its words coloured in the theme's
code style where its fence names a language, and a nested item is indented one step further
with the next bullet. The document's text is still the reading text, so highlights stay on
their words.
"""

from __future__ import annotations

import pytest
from pygments.styles import get_style_by_name
from pygments.token import Keyword
from PySide6.QtGui import QFontDatabase, QTextBlock, QTextDocument, QTextListFormat

from reader.core.ingest import Block, BlockKind, reading_text
from reader.ui.article.document import LIST_INDENT, build_document
from reader.ui.theme import contrast_ratio, theme

CODE = Block(BlockKind.CODE, "def antrag(plz):\n \n    return plz", syntax="python")
BLOCKS = (
    Block(BlockKind.PARAGRAPH, "Ein Beispiel:"),
    CODE,
    Block(BlockKind.LIST_ITEM, "Speicherdauer"),
    Block(BlockKind.LIST_ITEM, "höchstens 14 Tage", level=1),
    Block(BlockKind.LIST_ITEM, "Ausnahme: Ermittlungen", level=2),
    Block(BlockKind.LIST_ITEM, "1. nur Administratoren", level=1),
    Block(BlockKind.LIST_ITEM, "[1] Richtlinie BEG EM, Abschnitt 8.4."),
)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _block(document: QTextDocument, text: str) -> QTextBlock:
    return next(b for b in _blocks(document) if b.text() == text)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("name", ["light", "dark"])
def test_code_is_set_as_code_line_by_line(name: str) -> None:
    document = QTextDocument()
    text_map = build_document(document, BLOCKS, theme(name), original=False)
    # the document's text is the reading text: a highlight's offsets are the same words
    assert document.toPlainText() == reading_text(BLOCKS) == text_map.text
    line = _block(document, "    return plz")  # each code line a line, its indentation kept
    assert _block(document, " ").isValid()  # the blank line inside stays a line
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    assert line.begin().fragment().charFormat().fontFamilies() == [fixed]
    first = _block(document, "def antrag(plz):")
    keyword = first.begin().fragment()  # "def": a keyword, in the theme's code style's colour
    assert keyword.text() == "def"
    styled = "#" + get_style_by_name(theme(name).code_style).style_for_token(Keyword)["color"].lower()
    shown = keyword.charFormat().foreground().color().name()
    assert shown != theme(name).ink
    if contrast_ratio(styled, theme(name).aside) >= 4.5:  # else moved toward the ink (test_code_contrast)
        assert shown == styled
    assert first.blockFormat().background().color().name() == theme(name).aside
    prose = _block(document, "Ein Beispiel:").begin().fragment().charFormat()
    assert prose.fontFamilies() != [fixed]


@pytest.mark.usefixtures("qapp")
def test_a_nested_item_is_indented_one_step_further_with_the_next_bullet() -> None:
    document = QTextDocument()
    build_document(document, BLOCKS, theme("light"), original=False)
    lists = [_block(document, text).textList().format() for text in ("Speicherdauer", "höchstens 14 Tage", "Ausnahme: Ermittlungen")]
    assert [f.indent() for f in lists] == [1, 2, 3]
    assert [f.style() for f in lists] == [QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                                          QTextListFormat.Style.ListSquare]  # fmt: skip
    numbered = _block(document, "1. nur Administratoren")  # its own number as its marker
    assert numbered.textList() is None
    assert numbered.blockFormat().leftMargin() == 2 * LIST_INDENT
    note = _block(document, "[1] Richtlinie BEG EM, Abschnitt 8.4.")  # a saved page's note: no bullet before "[1]"
    assert note.textList() is None


@pytest.mark.usefixtures("qapp")
def test_a_wrapped_code_lines_rest_is_set_in_under_it() -> None:
    document = QTextDocument()
    document.setTextWidth(200)  # a narrow column: the long line wraps
    long = Block(BlockKind.CODE, "        count(*) FILTER (WHERE retoure) AS retouren, sum(betrag) AS umsatz", syntax="sql")
    build_document(document, (long,), theme("light"), original=False)
    document.documentLayout().documentSize()  # lays the document out
    layout = document.begin().layout()
    assert layout.lineCount() > 1
    # further in than the line's own words start, not flush with the box (nor with them)
    assert layout.lineAt(1).x() > layout.lineAt(0).cursorToX(8)[0] + 1
