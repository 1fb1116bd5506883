"""Picture captions between the article's paragraphs whose credit stands at their end ("… ©
Jana Berger", "(Bildquelle: …)") or on a bare copyright line beside them ("© Tom Keller") are
set aside, however much they read like a sentence of the article, and so is a caption that
says where the people stand in the picture ("Petra Lang (l.) und …"); a paragraph that names its
news source at its end ("(Quelle: Stadtverwaltung Lindenau)") is no caption and stays.
Real pages of the German dev set have these shapes; the page here is written by hand.
"""

from __future__ import annotations

import pytest
from quality import DATA, role_of

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "de_run_captions.txt"


def _roles() -> dict[str, BlockRole]:
    blocks = parse(normalise(PAGE.read_text(encoding="utf-8"))).blocks
    return {b.text: b.role for b in blocks}


def test_a_caption_ending_in_its_credit_is_set_aside() -> None:
    roles = _roles()
    assert role_of(roles, "Ehrenamtliche der Ortsgruppe montieren") is BlockRole.BOILERPLATE
    assert role_of(roles, "Ein Mauersegler im Anflug") is BlockRole.BOILERPLATE


def test_a_caption_placing_the_people_in_the_picture_is_set_aside() -> None:
    assert role_of(_roles(), "Petra Lang (l.) und Vereinschef") is BlockRole.BOILERPLATE


def test_a_bare_credit_and_the_caption_under_it_are_set_aside() -> None:
    roles = _roles()
    assert roles["© Tom Keller"] is BlockRole.BOILERPLATE
    assert roles["Die fertigen Kästen vor der Montage im Vereinsheim."] is BlockRole.BOILERPLATE


def test_the_paragraphs_around_the_captions_are_the_article() -> None:
    roles = _roles()
    for start in ("Am Rathaus von Lindenau", "Die Ortsgruppe hat", "Mauersegler verbringen",
                  "Wer an seinem eigenen Haus", "Die Stadt will im Herbst"):  # fmt: skip
        assert role_of(roles, start) is BlockRole.BODY, start


@pytest.mark.parametrize(
    ("source", "role"),
    [
        ("Quelle: Stadtverwaltung Lindenau", BlockRole.BODY),
        ("Source: Stadtverwaltung Lindenau", BlockRole.BODY),
        ("Quelle: Karl Lindqvist/Getty", BlockRole.BOILERPLATE),
    ],
)
def test_a_news_source_glued_to_the_paragraph_s_last_word_stays(source: str, role: BlockRole) -> None:
    """A copy may lose the space before the source ("… bekommen.Quelle: Stadtverwaltung
    Lindenau"): glued on as in brackets, a source names a picture's only with a desk's slash."""
    text = PAGE.read_text(encoding="utf-8").replace(
        "bekommen. (Quelle: Stadtverwaltung Lindenau)", f"bekommen.{source}"
    )
    roles = {b.text: b.role for b in parse(normalise(text)).blocks}
    assert role_of(roles, "Die Stadt will im Herbst") is role
