"""The lead paragraph a page sets apart under its headline (`webpage_lead`).

The pages are built by hand: a headline, the lead in a "teaser" box (a class the extractor
drops as a teaser list), then the story. The expected body is read off the page: the lead is
the story's first paragraph when the page's description repeats it.
"""

from __future__ import annotations

from reader.core.ingest import BlockRole
from reader.core.ingest.webpage import parse_page

LEAD = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke über "
    "die Kinzig abzureißen und bis zum Sommer 2026 durch einen Neubau zu ersetzen."
)
DEK = "Nach vier Stunden Debatte beschließt der Gemeinderat den Abriss der alten Kinzigbrücke."
STORY = (
    "<p>Die Sitzung dauerte mehr als vier Stunden, weil viele Bürgerinnen und Bürger ihre "
    "Bedenken gegen den Abriss vortragen wollten und der Saal bis auf den letzten Platz "
    "gefüllt war.</p>"
    "<p>Der Bürgermeister verwies auf das Gutachten, nach dem die Brücke nicht mehr "
    "sicher sei; eine Sanierung käme teurer als der Neubau und dauere länger.</p>"
    "<p>Während der Bauzeit soll eine Behelfsbrücke für Fußgänger und Radfahrer den Weg "
    "zwischen den beiden Ortsteilen offen halten, Autos werden umgeleitet.</p>"
    "<p>Die Kosten von rund vier Millionen Euro trägt zur Hälfte das Land, den Rest "
    "finanziert die Gemeinde aus Rücklagen und einem Kredit.</p>"
)


def page(description: str | None, box: str) -> str:
    meta = f'<meta name="description" content="{description}">' if description else ""
    return (
        f"<html><head><title>Brücke wird abgerissen</title>{meta}</head><body><article>"
        f'<h1>Brücke wird abgerissen</h1><div class="article-teaser"><p>{box}</p></div>'
        f"{STORY}</article></body></html>"
    )


def body_roles(html: str, text: str) -> list[BlockRole]:
    return [b.role for b in parse_page(html).blocks if b.text == text]


def test_the_lead_the_description_repeats_opens_the_body() -> None:
    article = parse_page(page(LEAD, LEAD))
    assert article.body.startswith(LEAD)
    assert "Die Sitzung dauerte mehr als vier Stunden" in article.body


def test_a_description_cut_short_still_names_the_lead() -> None:
    cut = LEAD[:120].rsplit(" ", 1)[0] + " …"
    assert parse_page(page(cut, LEAD)).body.startswith(LEAD)


def test_a_box_no_description_names_stays_set_aside() -> None:
    # Without the page's word for it, a teaser box may be another story's.
    assert body_roles(page(None, LEAD), LEAD) == [BlockRole.BOILERPLATE]
    assert body_roles(page("Nachrichten aus dem Kinzigtal und der ganzen Region, jeden Tag neu.", LEAD), LEAD) == [
        BlockRole.BOILERPLATE
    ]


def test_a_short_subtitle_is_no_lead() -> None:
    assert body_roles(page(DEK + " Mehr dazu im Bericht aus dem Rathaus.", DEK), DEK) == [BlockRole.BOILERPLATE]


def test_a_description_with_markup_in_it_still_names_the_lead() -> None:
    assert parse_page(page(f"&lt;p&gt;{LEAD}&lt;/p&gt;", LEAD)).body.startswith(LEAD)


def test_the_lead_may_stand_under_a_caption_the_extractor_kept() -> None:
    from reader.core.ingest import BlockKind
    from reader.core.ingest.article import Block
    from reader.core.ingest.webpage_blocks import key
    from reader.core.ingest.webpage_lead import restore_lead

    story = (
        "Die Sitzung dauerte mehr als vier Stunden, weil viele Bürgerinnen und Bürger ihre Bedenken gegen "
        "den Abriss im Saal vortragen wollten."
    )
    blocks = [
        Block(BlockKind.HEADING, "Brücke wird abgerissen", BlockRole.META),
        Block(BlockKind.PARAGRAPH, "Foto: Anna Berger"),
        Block(BlockKind.PARAGRAPH, LEAD, BlockRole.BOILERPLATE, "related links"),
        Block(BlockKind.PARAGRAPH, story),
    ]
    restored = restore_lead(blocks, [key(LEAD)])
    assert [b.role for b in restored] == [BlockRole.META, BlockRole.BODY, BlockRole.BODY, BlockRole.BODY]
    below = restore_lead([*blocks[:2], blocks[3], blocks[2]], [key(LEAD)])  # under the story: another's
    assert below[3].role is BlockRole.BOILERPLATE
