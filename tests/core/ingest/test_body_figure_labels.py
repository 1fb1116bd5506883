"""A caption that opens with its figure's or table's label ("Abb.: …", "Abbildung 3: …",
"Grafik: …", "Tabelle 2: …"; "Fig. 2: …", "Figure 1: …") is set aside as a caption, also when
it runs on for sentences, as the long captions of de-web's slf.ch report and the "Abb.:" lines
of the mywakenews blog do. The pages here are written by hand in those shapes; the
paragraphs between the captions stay the article (the first one as its standfirst).
"""

from __future__ import annotations

import pytest
from quality import DATA

from reader.core.ingest import phrases
from reader.core.ingest.article import Block, BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise


def _blocks(name: str) -> dict[str, Block]:
    text = normalise((DATA / "body_classes" / name).read_text(encoding="utf-8"))
    return {b.text[:12]: b for b in parse(text).blocks}


@pytest.mark.parametrize(
    ("page", "captions", "paragraphs"),
    [
        (
            "de_figure_labels.txt",
            ("Abbildung 3:", "Abb.: Collag", "Grafik: Wett", "Tabelle 2: S"),
            ("Seit Wochen ", "Die Station ", "Für die komm", "Wer in den n"),
        ),
        (
            "en_figure_labels.txt",
            ("Fig. 2: Ice ", "Figure 1: Th"),
            ("Researchers ", "The team dri", "The scientis"),
        ),
    ],
)
def test_figure_and_table_labels_open_captions(
    page: str, captions: tuple[str, ...], paragraphs: tuple[str, ...]
) -> None:
    blocks = _blocks(page)
    for start in captions:
        block = blocks[start]
        assert (block.role, block.reason) == (BlockRole.BOILERPLATE, phrases.CAPTION), start
    for start in paragraphs:  # (the first is the standfirst: a META block, shown in the header)
        assert blocks[start].role is not BlockRole.BOILERPLATE, start


def test_words_that_only_begin_so_are_no_labels() -> None:
    for line in (
        "Abbildungsverzeichnis",
        "Figures released on Monday show that the economy grew",
        "Tabelle anzeigen",
        "Figure skating: the new season starts in Lindenau",
        "Grafiken, Texte und Fotos",
    ):
        assert phrases.prompt_reason(line, len(line.split())) is None, line
