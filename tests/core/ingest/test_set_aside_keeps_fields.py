"""A block set aside keeps its list depth and its code's language (session 34's review).

Several rules set a block aside by building a new one from its kind, text, role and reason;
the depth of a nested list item (`Block.level`) and a code block's language (`Block.syntax`)
were lost, so such a block, restored by the user, stood flat and uncoloured. The files are
written for these tests: a saved page whose story closes with "Schon gelesen?" over a nested
list and a `<pre><code class="language-python">` (the furniture line ends the article, what
follows is set aside), and a MarkDownload clipping with a newsletter prompt as a nested item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.ingest import Block, BlockKind, BlockRole, prepare_bytes
from reader.core.store import Store

DATA = Path(__file__).resolve().parents[2] / "data"
PAGE = DATA / "authored" / "saved_page_code_aside.html"
CLIPPING = DATA / "clippings" / "markdownload_list_aside.md"


def _aside(path: Path) -> list[Block]:
    article = prepare_bytes(path.read_bytes(), path.name).article
    return [b for b in article.blocks if b.role is BlockRole.BOILERPLATE]


def test_a_saved_pages_list_and_code_set_aside_keep_depth_and_language() -> None:
    aside = _aside(PAGE)
    assert [(b.kind, b.level, b.syntax) for b in aside if b.kind is not BlockKind.PARAGRAPH] == [
        (BlockKind.LIST_ITEM, 0, ""), (BlockKind.LIST_ITEM, 1, ""), (BlockKind.LIST_ITEM, 0, ""),
        (BlockKind.CODE, 0, "python"),
    ]  # fmt: skip
    assert {b.reason for b in aside} == {"related links"}


def test_a_clippings_nested_item_set_aside_keeps_its_depth() -> None:
    (prompt,) = _aside(CLIPPING)
    assert (prompt.text, prompt.reason, prompt.level) == ("Jetzt zum Newsletter anmelden", "newsletter prompt", 1)


@pytest.mark.parametrize("path", [PAGE, CLIPPING], ids=["page", "clipping"])
def test_restoring_them_in_the_library_keeps_depth_and_language(tmp_path: Path, path: Path) -> None:
    store = Store.open(tmp_path / "library.sqlite")
    try:
        (result,) = import_paths(store, [path], workers=1)
        source = store.sources.get(result.source_id)
        assert source is not None
        aside = [i for i, b in enumerate(source.blocks) if b.role is BlockRole.BOILERPLATE and b.kind is not BlockKind.PARAGRAPH]
        for index in aside:
            store.content.set_block_role(result.source_id, index, BlockRole.BODY)
        after = store.sources.get(result.source_id)
        assert after is not None
        for index in aside:  # as imported, now in the text
            assert after.blocks[index].role is BlockRole.BODY
            assert (after.blocks[index].level, after.blocks[index].syntax) == (source.blocks[index].level, source.blocks[index].syntax)
        assert {(b.level, b.syntax) for b in (after.blocks[i] for i in aside)} - {(0, "")}
    finally:
        store.close()
