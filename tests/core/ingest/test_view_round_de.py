"""What the German window's reading view showed of real copied pages (issue 10, a look round
24 development pages drawn at random): the list a lead-in announces was dropped when its
items were clauses or its lead-in three words.

The pages here are written for these tests in the shapes seen on the development pages.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest import body_lists
from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

DATA = Path(__file__).resolve().parents[2] / "data" / "view_round_de"


def _parse(name: str, text: str | None = None):  # type: ignore[no-untyped-def]
    text = (DATA / name).read_text(encoding="utf-8") if text is None else text
    return parse(normalise(text), name)


def _block(article, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in article.blocks if b.text == text)


def test_the_list_a_lead_in_announces_is_kept_when_its_items_are_clauses() -> None:
    """Items of up to 25 words, set apart as one block between blank lines, under a lead-in
    with a colon: the list was read as a link list and dropped."""
    article = _parse("announced_lists.txt")
    for item in (
        "Die (längst überfällige) Umstellung meines Blogs auf SSL (WordPress ist da etwas "
        "zickig, überall stehen komplette Adressen)",
        "Nextcloud",
        "Die Anpassung der Regeln, um HTTPS zu erzwingen",
    ):
        block = _block(article, item)
        assert (block.role, block.kind) == (BlockRole.BODY, BlockKind.LIST_ITEM)


def test_a_three_word_lead_in_announces_its_block() -> None:
    article = _parse("announced_lists.txt")
    for item in ("Du baust deine Seite in deiner eigenen kleinen Ecke des Netzes", "Leser entdecken sie und kommen wieder"):
        block = _block(article, item)
        assert (block.role, block.kind) == (BlockRole.BODY, BlockKind.LIST_ITEM)


def _listed(text: str) -> set[str]:
    page, _meta, _lang = read_page(normalise(text))
    found = body_lists.listed(page.segments, page.shapes, page.labels, page.meta)
    return {page.segments[i].text for i in found}


def test_a_label_with_a_colon_or_a_block_without_prose_under_it_announces_nothing() -> None:
    """"Mehr zum Thema:" is a related box's label (a capitalised word ends it); a block of
    short lines that no paragraph follows, or one with a blank line inside, is no list the
    article goes on from."""
    text = (DATA / "announced_lists.txt").read_text(encoding="utf-8")
    item = "Leser entdecken sie und kommen wieder"
    assert item in _listed(text)
    assert "Die besten Plugins für WordPress" not in _listed(text)
    assert item not in _listed(text.replace(f"{item}\n\nJe früher", f"{item}\n\nTeilen\n\nJe früher"))
    assert item not in _listed(text.replace(f"{item}\n\nJe früher", f"{item}\nTeilen\n\nJe früher"))
    assert item not in _listed(text.replace(f"{item}\n\nJe früher", f"{item}\n\nVorteile im Überblick\n\nJe früher"))
    assert item not in _listed(text.replace(f"\n{item}", f"\n\n{item}"))
    paragraph = "Das ist ein ganzer Absatz, der in vielen Worten erklärt, warum das so ist und wie es danach weitergeht."
    assert item not in _listed(text.replace(f"\n{item}", f"\n{item}\n{paragraph}"))
    assert item not in _listed(text.replace("Denk mal nach:", "Unsere drei Tipps:"))
