"""A list of words, one a line ("Zölle" / "Lieferketten" / "Chips" / …), pasted or imported: a
consultant's shopping or to-do list, or topics to follow. Having no sentence and few words, it
was refused as "no article text"; read, its first word was taken out of the list as the title.
Every line stays, an item of the list, and the title names the first items."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import IngestError, prepare_bytes
from reader.core.ingest.article import BlockKind, BlockRole

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title", "lang"), [
    ("list_words_de.txt", "Zölle, Lieferketten, Chips, Seltene Erden, Energiepreise", "de"),
    ("list_words_en.txt", "tariffs, supply chains, chips, rare earths", None),
])  # fmt: skip
def test_a_list_of_words_is_kept_line_by_line_as_a_list(name: str, title: str, lang: str | None) -> None:
    data = (PASTES / name).read_bytes()
    prepared = prepare_bytes(data, "Eingefügt.txt")
    article = prepared.article
    assert (article.title, article.title_derived) == (title, True)
    assert [(b.kind, b.role, b.text) for b in article.blocks] == [
        (BlockKind.LIST_ITEM, BlockRole.BODY, line) for line in data.decode("utf-8").splitlines()
    ]
    assert article.byline is None and article.published is None


@pytest.mark.parametrize("text", [
    "Zölle\nLieferketten\n",  # two lines: too few to say list
    "bericht.txt\nnotiz.txt\nbild.png\n",  # file names
    "Daten/2024\nDaten/2025\nArchiv/alt\n",  # paths
    "Startseite\nPolitik\nWirtschaft\nSport\n",  # a page's menu copied alone
    "News\nWorld\nBusiness\nTech\n",
])  # fmt: skip
def test_a_few_words_that_are_no_list_are_still_refused(text: str) -> None:
    with pytest.raises(IngestError, match="no article text"):
        prepare_bytes(text.encode("utf-8"), "notiz.txt")


@pytest.mark.parametrize("text", [
    # A longer first line over the list: the note's title, as before.
    "Einkaufsliste Workshop\nFlipchart-Papier\nModerationskarten\nMarker in vier Farben\nNamensschilder\n",
    "Zölle.\nLieferketten.\nChips.\n",  # sentences, however short
])  # fmt: skip
def test_lines_of_more_words_or_sentences_are_no_word_list(text: str) -> None:
    article = prepare_bytes(text.encode("utf-8"), "notiz.txt").article
    assert not all(b.kind is BlockKind.LIST_ITEM for b in article.blocks)


@pytest.mark.parametrize(("text", "title"), [
    ("\uf0b7\tZölle\n\uf0b7\tSeltene Erden\n\uf0b7\tChips\n", "Zölle, Seltene Erden, Chips"),
    ("o\tTariffs\no\tRare earths\no\tChips\n", "Tariffs, Rare earths, Chips"),
])  # fmt: skip
def test_a_list_of_words_copied_out_of_word_is_one_without_its_bullets(text: str, title: str) -> None:
    # Word's bullet and tab were counted as a word: "Seltene Erden" an item of three words, and
    # the list refused as "no article text (7 words, no sentence)".
    article = prepare_bytes(text.encode("utf-8"), "Eingefügt.txt").article
    assert (article.title, article.title_derived) == (title, True)
    assert [(b.kind, b.text) for b in article.blocks] == [
        (BlockKind.LIST_ITEM, line.split("\t", 1)[1]) for line in text.splitlines()
    ]
