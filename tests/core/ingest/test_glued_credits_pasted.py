"""An agency's name or a picture's credit that a copy glued to the last word, the space lost
with the markup: "… to reporters in New York.Reuters" under a story (its sign-off: the agency is
read, the paragraph stays) or under a caption between the paragraphs, and "…
MontagabendFoto: privat" (a caption whose credit names no person)."""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest.article import BlockRole, ParsedArticle
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


def _roles(name: str) -> tuple[ParsedArticle, dict[str, BlockRole]]:
    article = parse((PASTES / name).read_text(encoding="utf-8"))
    return article, {b.text: b.role for b in article.blocks}


def test_an_agency_glued_to_the_storys_last_sentence_signs_it() -> None:
    article, roles = _roles("glued_signoff_en.txt")
    assert article.agency == "Reuters"
    last = next(t for t in roles if t.endswith("in New York.Reuters"))
    assert roles[last] is BlockRole.BODY
    assert article.title == "Steelmakers brace for new US tariffs"
    assert article.byline == "Laura Hensley"


def test_a_caption_with_its_agency_glued_on_between_paragraphs_is_set_aside() -> None:
    text = (PASTES / "glued_signoff_en.txt").read_text(encoding="utf-8").replace(
        "\nThe Commerce Department",
        "\nA worker inspects steel coils at a plant in Duisburg, Germany.Reuters\n\nThe Commerce Department",
    )
    roles = {b.text: b.role for b in parse(text).blocks}
    assert roles["A worker inspects steel coils at a plant in Duisburg, Germany.Reuters"] is BlockRole.BOILERPLATE
    assert roles["Analysts at several banks said the measures could cut European shipments to the United "
                 "States by a fifth next year."] is BlockRole.BODY  # fmt: skip


def test_a_caption_with_a_private_pictures_credit_glued_on_is_set_aside() -> None:
    article, roles = _roles("glued_photo_credit_de.txt")
    glued = "Die Mitglieder des Kunstvereins bei der Versammlung im Fridericianum am MontagabendFoto: privat"
    assert roles[glued] is BlockRole.BOILERPLATE
    body = [t for t, role in roles.items() if role is BlockRole.BODY]
    assert body[0].startswith("Kassel – Der Kunstverein Kassel hat einen neuen Vorsitzenden.")
    assert len(body) == 4 and not any("Foto" in t for t in body)
    assert article.byline == "Sabine Wolters"



def test_a_sentence_glued_to_a_banks_name_is_no_credit() -> None:
    # "UniCredit: privat …": the label's words run on as a sentence, no credit's names.
    text = (PASTES / "glued_photo_credit_de.txt").read_text(encoding="utf-8").replace(
        "am MontagabendFoto: privat", "am Montagabend, sagt die UniCredit: privat ist das nicht"
    )
    roles = {b.text: b.role for b in parse(text).blocks}
    kept = ("Die Mitglieder des Kunstvereins bei der Versammlung im Fridericianum am Montagabend, sagt die "
            "UniCredit: privat ist das nicht")  # fmt: skip
    assert roles[kept] is BlockRole.BODY
