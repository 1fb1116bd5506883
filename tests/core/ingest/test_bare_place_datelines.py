"""A bare place on a line of its own between a copied page's date line and the lead ("Pittsburgh"
on en-news' Times Union page, whose gold body opens with it) is the lead's dateline when the lead
names the place again; a word standing there alone ("Allgemein", "Shares") stays furniture.
Pages by hand, in that shape."""

from __future__ import annotations

from reader.core.ingest.article import Block, BlockKind, BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.ingest.webpage_datelines import join_bare_place

_HEAD = ["Startseite", "Politik", "Regierung einigt sich auf neue Regeln für Mieten", "Von Anna Weber",
         "12.03.2024 | 14:05 Uhr", ""]  # fmt: skip
_LEAD = (
    "Die Bundesregierung in Berlin will die Mietpreisbremse verlängern und zugleich verschärfen. "
    "Das Kabinett hat am Mittwoch einen entsprechenden Entwurf beschlossen."
)
_MORE = [
    "Mieterverbände begrüßen den Schritt, fordern aber weitergehende Maßnahmen. Vermieter warnen "
    "dagegen vor einem Rückgang des Neubaus in den großen Städten des Landes.",
    "Die Opposition kündigte Widerstand an. Der Entwurf sei handwerklich schlecht gemacht und "
    "werde vor Gericht keinen Bestand haben, hieß es aus der Fraktion.",
]


def _body(place: str, lead: str = _LEAD) -> str:
    text = "\n".join(
        [*_HEAD, place, "", lead, "", *"\n\n".join(_MORE).split("\n"), "", "Impressum"]
    )
    return parse(text).body


def test_a_bare_place_the_lead_names_again_is_its_dateline() -> None:
    assert _body("Berlin").startswith("Berlin – Die Bundesregierung in Berlin will")
    assert _body("BERLIN").startswith("BERLIN – Die Bundesregierung")


def test_a_word_alone_over_the_lead_stays_furniture() -> None:
    # The lead does not name it: a label, a category, a share widget's count as often as a place.
    for word in ("Allgemein", "Hamburg", "Shares"):
        assert _body(word).startswith("Die Bundesregierung in Berlin will"), word
    # A person's name there is a photographer's or an author's, even where the lead names them.
    lead = "Die Regierung in Berlin will die Mietpreisbremse verlängern, sagte Hans Krause."
    blocks = [
        Block(BlockKind.PARAGRAPH, "12.03.2024", BlockRole.META),
        Block(BlockKind.PARAGRAPH, "Hans Krause", BlockRole.BOILERPLATE, "navigation"),
        Block(BlockKind.PARAGRAPH, lead, BlockRole.BODY),
    ]
    assert join_bare_place(blocks) == blocks
    place = Block(BlockKind.PARAGRAPH, "Berlin", BlockRole.BOILERPLATE, "navigation")
    assert join_bare_place([blocks[0], place, blocks[2]])[1].text == f"Berlin – {lead}"
