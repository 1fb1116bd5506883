"""A dateline a saved page sets apart from the lead (session 28's walkthrough: "Tokio Die USA und
Japan wollen …", the place glued into the first sentence) is the lead's dateline: "Tokio – Die
USA …", "Tokio (dpa) - Die USA …" with its agency; nothing else on the page changes. Pages by
hand, in the shapes news pages print the place in; a copied page's dateline line too."""

from __future__ import annotations

import pytest

from reader.core.ingest.article import BlockRole, ParsedArticle, reading_text
from reader.core.ingest.plaintext import parse
from reader.core.ingest.webpage import parse_page
from reader.core.ingest.webpage_datelines import is_marked_dateline
from reader.core.text import normalise

LEAD = ("Die USA und Japan wollen bei der Versorgung mit seltenen Erden und anderen kritischen"
        " Rohstoffen enger zusammenarbeiten. Das vereinbarten beide Regierungen am Dienstag.")  # fmt: skip
MORE = ("<p>Die Abhängigkeit von China solle verringert werden, hieß es in einer gemeinsamen"
        " Erklärung. Beide Seiten wollen neue Lieferketten aufbauen und Investitionen fördern.</p>"
        "<p>Auch die Europäische Union bemüht sich seit Jahren um eine größere Unabhängigkeit bei"
        " wichtigen Rohstoffen, bislang allerdings mit begrenztem Erfolg, sagen Fachleute.</p>")  # fmt: skip


def _parsed(opening: str):  # type: ignore[no-untyped-def]
    page = (
        "<html lang='de'><head><meta charset='utf-8'><title>Rohstoffe</title></head><body>"
        "<article><h1>USA und Japan vereinbaren engere Zusammenarbeit bei Rohstoffen</h1>"
        f"{opening}{MORE}</article></body></html>"
    )
    return parse_page(page)


def _lead(opening: str) -> str:
    body = [b.text for b in _parsed(opening).blocks if b.role is BlockRole.BODY]
    return body[0] if body[0] != "USA und Japan vereinbaren engere Zusammenarbeit bei Rohstoffen" else body[1]


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        # the place before a line break, or before the lead's own paragraph inside its block
        (f"<p><strong>Tokio</strong><br>{LEAD}</p>", f"Tokio – {LEAD}"),
        (f"<div><span class='location'>Tokio</span><p>{LEAD}</p></div>", f"Tokio – {LEAD}"),
        (f"<p><b>Frankfurt/Main</b><br>{LEAD}</p>", f"Frankfurt/Main – {LEAD}"),
        # its dash or agency printed: joined as printed
        (f"<p><strong>Tokio -</strong><br>{LEAD}</p>", f"Tokio - {LEAD}"),
        # a dateline with its agency in a paragraph of its own
        (f"<p>Tokio (dpa) -</p><p>{LEAD}</p>", f"Tokio (dpa) - {LEAD}"),
    ],
)
def test_a_dateline_set_apart_opens_the_lead(opening: str, lead: str) -> None:
    assert _lead(opening) == lead


def test_the_agency_of_a_dateline_set_apart_is_read() -> None:
    assert _parsed(f"<p>Tokio (dpa) -</p><p>{LEAD}</p>").agency == "dpa"
    assert _parsed(f"<p><strong>Tokio (dpa) -</strong><br>{LEAD}</p>").agency == "dpa"


@pytest.mark.parametrize(
    "opening",
    [
        # a word alone above the lead may be a label, not a place: left as it was
        f"<p>Anzeige</p><p>{LEAD}</p>",
        # no sentence after the break, or more than a place before it
        f"<p>Tokio<br>und Osaka sind die größten Städte Japans, wie immer.</p><p>{LEAD}</p>",
        f"<p>Die Regierung in Tokio<br>{LEAD}</p>",
    ],
)
def test_what_is_no_dateline_stays_as_it_was(opening: str) -> None:
    assert not _lead(opening).startswith(("Anzeige –", "Tokio –", "Die Regierung in Tokio –"))


def _copied(place_line: str) -> ParsedArticle:
    text = "\n".join(
        ["Startseite", "Politik", "USA und Japan vereinbaren engere Zusammenarbeit bei Rohstoffen",
         "12.03.2024, 10:15 Uhr", place_line, LEAD,
         "Die Abhängigkeit von China solle verringert werden, hieß es in einer gemeinsamen"
         " Erklärung. Beide Seiten wollen neue Lieferketten aufbauen und Investitionen fördern.",
         "Impressum"]
    )  # fmt: skip
    return parse(normalise(text))


def test_a_copied_dateline_on_a_line_of_its_own_opens_the_lead() -> None:
    # The copy put the dateline with its dash above the lead: one line, the agency read from it.
    article = _copied("Tokio (dpa) -")
    assert article.agency == "dpa"
    assert reading_text(list(article.blocks)).startswith(f"Tokio (dpa) - {LEAD}")
    assert reading_text(list(_copied("TOKIO –").blocks)).startswith(f"TOKIO – {LEAD}")
    # A heading ending in a bracket, a word broken at a hyphen: no dateline.
    assert not is_marked_dateline("Elektronische Fallakte (eFA)")
    assert not is_marked_dateline("Rohstoff-")
