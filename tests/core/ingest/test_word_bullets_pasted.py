"""A bulleted list copied out of Word: its bullets come as "•" or the Symbol font's private-use
character (U+F0B7) and a tab, a second level's as "o" and a tab. The "o" lines, tab-separated,
were taken for a table's rows, the text for a page, and its items set aside as a menu and a
footer; every item stays, without its bullet."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize("name", ["bullets_word_en.txt", "bullets_word_de.txt"])
def test_a_word_list_keeps_every_item_without_its_bullet(name: str) -> None:
    heading, *items = (PASTES / name).read_text(encoding="utf-8").splitlines()
    article = parse("\n".join([heading, *items]))
    assert article.title == heading
    kept = [(b.kind, b.text) for b in article.blocks if b.role is BlockRole.BODY]
    assert kept == [(BlockKind.LIST_ITEM, item.split("\t", 1)[1]) for item in items]


def test_a_line_opening_with_the_word_o_is_no_item() -> None:
    # Portuguese "o", Spanish and Italian "o" ("or") open lines of text: only a tab makes "o" a bullet.
    article = parse("Nota\no governo anunciou hoje novas tarifas sobre o aço importado.\n")
    assert [b.kind for b in article.blocks if b.role is BlockRole.BODY] == [BlockKind.PARAGRAPH]
