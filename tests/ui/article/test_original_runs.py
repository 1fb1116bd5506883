"""Show original: a run of blocks set aside for one reason is captioned once.

Seen on a copied SlashGear page: its menu ("EXPLORE", "Tech", "Cars", "Gaming", …) showed as
thirty captions "Set aside: navigation · Restore", each over one word, three screens of it
before the article. Each block can still be restored on its own."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from reader.core.ingest import BLOCK_SEPARATOR, Block, BlockKind, BlockRole
from reader.ui.article.document import build_document
from reader.ui.theme import theme

MENU = ["EXPLORE", "Tech", "Cars", "Gaming", "Entertainment"]


def _blocks() -> tuple[Block, ...]:
    menu = [Block(BlockKind.PARAGRAPH, word, BlockRole.BOILERPLATE, "navigation") for word in MENU]
    advert = Block(BlockKind.PARAGRAPH, "Anzeige", BlockRole.BOILERPLATE, "advertising")
    body = [Block(BlockKind.PARAGRAPH, "Volkswagen’s first ID.3 is not expected until next year."),
            Block(BlockKind.PARAGRAPH, "The MEB’s flexibility shows its strength here.")]  # fmt: skip
    return (*menu, body[0], advert, body[1])


def _anchors(document: QTextDocument) -> list[str]:
    found, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                found.append(href)
            it += 1
        block = block.next()
    return found


def test_a_run_of_one_reason_is_captioned_once_and_each_block_restorable() -> None:
    document = QTextDocument()
    blocks = _blocks()
    text_map = build_document(document, blocks, theme("light"), original=True)
    plain = document.toPlainText()
    assert plain.count("Set aside: navigation") == 1
    assert plain.count("Set aside: advertising") == 1
    assert _anchors(document) == [f"reader:restore/{i}" for i in (0, 1, 2, 3, 4, 6)]
    for shown in text_map.shown:  # every block's words where the map says they are
        assert text_map.text[shown.doc_start : shown.doc_end] == shown.block.text
    body = [s for s in text_map.shown if s.block.role is BlockRole.BODY]
    assert [s.reading_start for s in body] == [0, len(blocks[5].text) + len(BLOCK_SEPARATOR)]
    assert len(plain) == len(text_map.text)


def test_a_runs_caption_offers_no_link_its_first_block_does() -> None:
    """Seen in the window (session 12): "Set aside: navigation · Restore" over a menu read as
    restoring the whole menu, and brought back only its first entry. The run's caption is plain;
    each of its blocks has its link after its words. A block set aside alone keeps its link on
    the caption line."""
    document = QTextDocument()
    build_document(document, _blocks(), theme("light"), original=True)
    lines = {}
    block = document.begin()
    while block.isValid():
        it, anchors = block.begin(), []
        while not it.atEnd():
            if it.fragment().charFormat().anchorHref():
                anchors.append(it.fragment().charFormat().anchorHref())
            it += 1
        lines[block.text()] = anchors
        block = block.next()
    assert lines["Set aside: navigation"] == []
    assert lines["EXPLORE · Restore"] == ["reader:restore/0"]
    assert lines["Tech · Restore"] == ["reader:restore/1"]
    assert lines["Set aside: advertising · Restore"] == ["reader:restore/6"]  # alone: as before
