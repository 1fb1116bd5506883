"""An article's short closing sentence right under its last paragraph stays in the body.

On real pages an article often ends with one short statement ("Officials did not immediately
provide any other details.", "Sobald weitere Informationen vorliegen, werden wir sie hier
veröffentlichen.", an interview's "Gerne. Bis morgen."). The body model doubts such a line for
its shortness (probabilities of 0.2 to 0.5 on the dev pages), so the run of article text ended
one block early. What stands right under an article and is furniture ends otherwise: a prompt
or a heading ("You may also like...", "Weitere Informationen:", "Sharing is caring!"), or it is
a pointer with an address or a site's tagline. The page below is written by hand; the
probabilities are set by the test, so it checks the rule, not the model.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PARAGRAPHS = (
    "Die Stadtwerke haben am Montag angekündigt, die Preise für Busse und Bahnen im kommenden "
    "Jahr um durchschnittlich acht Prozent zu erhöhen, weil Strom und Diesel teurer wurden.",
    "Der Fahrgastverband kritisierte die Entscheidung scharf und verwies darauf, dass viele "
    "Pendler schon jetzt kaum noch wüssten, wie sie die Monatskarte bezahlen sollen.",
    "Ein Sprecher der Stadtwerke sagte, man habe lange nach anderen Wegen gesucht, doch ohne "
    "höhere Zuschüsse der Stadt sei der Fahrplan in seiner heutigen Form nicht zu halten.",
)
CLOSING = "Der Stadtrat will im Dezember darüber beraten."
FOOTER = ("Impressum", "Datenschutz", "Kontakt")


def _kept(line: str, probability: float) -> list[str]:
    """The body lines `choose` keeps when the paragraphs score 0.9, `line` (right under the
    last paragraph) `probability` and the footer links 0.02."""
    text = "\n\n".join(("Startseite", *PARAGRAPHS, line, *FOOTER))
    page = read_page(normalise(text))[0]
    probs = [
        0.9 if s.text in PARAGRAPHS else probability if s.text == line else 0.02
        for s in page.segments
    ]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]


@pytest.mark.parametrize("probability", [0.25, 0.45])
def test_a_doubted_closing_sentence_is_kept(probability: float) -> None:
    assert _kept(CLOSING, probability) == [*PARAGRAPHS, CLOSING]


def test_a_closing_sentence_in_quotes_is_kept() -> None:
    line = "„Wir hoffen auf eine schnelle Lösung.“"
    assert _kept(line, 0.3) == [*PARAGRAPHS, line]


def test_an_unlikely_closing_sentence_is_not() -> None:
    assert _kept(CLOSING, 0.1) == list(PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Das könnte dich auch interessieren …",
        "Das könnte dich auch interessieren...",
        "Weitere Informationen zum Thema:",
        "Teilen ist Liebe, danke fürs Lesen!",
        "Hat dir der Artikel gefallen?",
        "Weitere Infos unter www.stadtwerke-beispiel.de.",
        "Stadtanzeiger Beispielstadt - Nachrichten für die ganze Region.",
        "Danke.",
    ],
    ids=["ellipsis", "dots", "colon", "exclamation", "question", "address", "tagline", "too-short"],
)
def test_furniture_under_the_article_is_not_taken_as_its_close(line: str) -> None:
    assert _kept(line, 0.45) == list(PARAGRAPHS)
