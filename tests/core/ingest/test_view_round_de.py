"""What the German window's reading view showed of real copied pages (issue 10, a look round
24 development pages drawn at random): a subheading printed on the line under a picture's
caption was set aside with the caption, the list a lead-in announces was dropped when its
items were clauses or its lead-in three words, and a caption over a picture agency's name in
capitals ("GETTY") was shown as the article's text.

The pages here are written for these tests in the shapes seen on the development pages.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest import body_lists, run_captions
from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

DATA = Path(__file__).resolve().parents[2] / "data" / "view_round_de"


def _parse(name: str, text: str | None = None):  # type: ignore[no-untyped-def]
    text = (DATA / name).read_text(encoding="utf-8") if text is None else text
    return parse(normalise(text), name)


def _block(article, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in article.blocks if b.text == text)


def test_a_subheading_under_a_pictures_caption_is_the_next_sections_heading() -> None:
    """The copy prints the caption, then the subheading under the picture on the next line;
    the reading view lost the subheading with the caption."""
    article = _parse("caption_subheadings.txt")
    for heading in ("Edles Ambiente im Innenraum", "Kräftiger Motor mit wenig Verbrauch"):
        block = _block(article, heading)
        assert (block.role, block.kind) == (BlockRole.BODY, BlockKind.HEADING)
    for caption in ("vergrößern (Bildquelle: autotest.at/Stefan Berger)", "Der Sorento auf der Passstraße."):
        assert _block(article, caption).role is BlockRole.BOILERPLATE
    assert "Edles Ambiente im Innenraum\n\nAuch die Verarbeitung" in article.body


def test_a_second_caption_line_a_sentence_or_a_line_set_apart_stays_out() -> None:
    """A caption's second line (a line under it, then another short line), a sentence under a
    caption and a line set apart from it by a blank line are no subheadings."""
    text = (DATA / "caption_subheadings.txt").read_text(encoding="utf-8")
    glued = text.replace("Edles Ambiente im Innenraum\n\n", "Edles Ambiente im Innenraum\nFoto der Mittelkonsole\n\n")
    article = _parse("caption_subheadings.txt", glued)
    assert _block(article, "Edles Ambiente im Innenraum").role is BlockRole.BOILERPLATE
    apart = text.replace("Stefan Berger)\nEdles", "Stefan Berger)\n\nEdles")
    assert _block(_parse("caption_subheadings.txt", apart), "Edles Ambiente im Innenraum").kind is not BlockKind.HEADING
    sentence = text.replace("Kräftiger Motor mit wenig Verbrauch", "Der Motor zieht kräftig an.")
    assert _block(_parse("caption_subheadings.txt", sentence), "Der Motor zieht kräftig an.").kind is not BlockKind.HEADING


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
    """"Mehr zum Thema:" is a related box's label (the phrase list knows it), and so is a
    clause of three words that a capitalised word ends ("Alles zum Umzug:") or that has no
    function word ("Unsere drei Tipps:"); a block of short lines that no paragraph follows,
    or one with a blank line inside, is no list the article goes on from."""
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
    assert item not in _listed(text.replace("Denk mal nach:", "Alles zum Umzug:"))


def test_a_caption_over_a_picture_agencys_name_in_capitals_is_set_aside_with_it() -> None:
    """A picture's caption, then "GETTY" alone under it, between two paragraphs: the reading
    view showed both as the article's text (the caption cut off by its "[+]" button too)."""
    article = _parse("agency_credit.txt")
    for line in (
        "A pile of feather pillows on a bed. Researchers say feathers can set off an allergic reaction in the lungs.",
        "Not all pillows have real feathers in them. If you are having an allergic reaction, you can try one ... [+]",
    ):
        block = _block(article, line)
        assert (block.role, block.reason) == (BlockRole.BOILERPLATE, "caption")
    assert "GETTY" not in article.body
    assert article.body.startswith("Doctors in Leeds") and article.body.endswith("changes at home to their doctor.")


def test_an_agency_name_without_a_caption_over_it_or_a_blank_line_under_it_stays() -> None:
    """A list of codes ("AE", "AP", "AZ") and a short line over the name are no picture."""
    text = (DATA / "agency_credit.txt").read_text(encoding="utf-8")
    caption = "A pile of feather pillows on a bed. Researchers say feathers can set off an allergic reaction in the lungs."
    glued = text.replace(f"{caption}\nGETTY\n\n", f"{caption}\nGETTY\n")
    article = _parse("agency_credit.txt", glued)
    assert _block(article, caption).role is BlockRole.BODY
    short = text.replace(f"{caption}\nGETTY", "Pillows on a bed.\nGETTY")
    assert _block(_parse("agency_credit.txt", short), "Pillows on a bed.").reason != "caption"


def test_a_caption_the_head_knows_already_takes_the_agency_name_under_it() -> None:
    """Over the first paragraph the caption carries its own credit label ("… (Photo: Getty
    Images)") and the head's caption pass has set it aside; "GETTY" under it goes with it."""
    text = "How can a pillow make you cough for months? (Photo: Getty Images)\n\nGETTY\n\nThe man saw his doctor.\n"
    page, _meta, _lang = read_page(normalise(text))
    assert page.labels[0] == "caption"
    assert 1 in run_captions.captions(page.segments, page.shapes, page.labels, 1, len(page.segments) - 1)
    teaser = "Read more: Why your pillows may be older than you think, and what to do.\n\nGETTY\n\nThe man saw his doctor.\n"
    page, _meta, _lang = read_page(normalise(teaser))
    assert page.labels[0] is not None and page.labels[0] != "caption"
    assert 1 not in run_captions.captions(page.segments, page.shapes, page.labels, 1, len(page.segments) - 1)


def test_a_paragraph_a_blank_line_over_the_agency_name_stays_and_the_name_goes() -> None:
    """A picture with a credit and no caption between two paragraphs: the paragraph over it,
    a blank line between, is the article's (a short one was set aside as the caption); the
    credit alone is set aside."""
    text = (DATA / "agency_credit.txt").read_text(encoding="utf-8")
    paragraph = "Tests for infection came back negative, and inhalers did not help him at all."
    caption = "A pile of feather pillows on a bed. Researchers say feathers can set off an allergic reaction in the lungs."
    article = _parse("agency_credit.txt", text.replace(f"{caption}\nGETTY", f"{paragraph}\n\nGETTY"))
    assert _block(article, paragraph).role is BlockRole.BODY
    assert (_block(article, "GETTY").role, _block(article, "GETTY").reason) == (BlockRole.BOILERPLATE, "caption")
    assert article.body.count("GETTY") == 0


def test_the_blocks_long_items_are_kept_also_after_short_ones() -> None:
    """Two short items first ("Nextcloud", "Wiki"): the short lines under the lead-in made a
    list of two, and the block's clauses under them were dropped as a link list."""
    text = (DATA / "announced_lists.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    first = lines.index("Nextcloud")
    lines[first - 2 : first + 2] = lines[first : first + 2] + lines[first - 2 : first]
    listed = _listed("\n".join(lines))
    assert {"Nextcloud", "Wiki", "Die Anpassung der Regeln, um HTTPS zu erzwingen"} <= listed
    assert any(item.startswith("Die (längst überfällige) Umstellung") for item in listed)


def test_a_photographers_name_a_button_or_a_count_under_a_caption_is_no_subheading() -> None:
    """A heading's shape, right under a caption with a paragraph under it, but the picture's:
    its photographer's bare name, its zoom button, a gallery's count, and one word (as often
    a button, "Zoom", as a subheading). A German heading of an adjective and a noun, which
    reads like a name, is still the section's."""
    text = (DATA / "caption_subheadings.txt").read_text(encoding="utf-8")
    for line in ("Markus Winter", "Foto vergrößern", "1 / 12", "Zoom"):
        article = _parse("caption_subheadings.txt", text.replace("Edles Ambiente im Innenraum\n", f"{line}\n"))
        assert _block(article, line).role is BlockRole.BOILERPLATE, line
    article = _parse("caption_subheadings.txt", text.replace("Edles Ambiente im Innenraum\n", "Geräumiger Kofferraum\n"))
    assert (_block(article, "Geräumiger Kofferraum").kind, _block(article, "Geräumiger Kofferraum").role) == (BlockKind.HEADING, BlockRole.BODY)


def test_every_agency_a_credit_line_names_counts_in_capitals() -> None:
    """The names come from the credit-only lines the head's pass knows (`phrases.CREDIT_ONLY`),
    with Forbes' short "GETTY" and "ISTOCK"; in capitals only."""
    text = (DATA / "agency_credit.txt").read_text(encoding="utf-8")
    caption = "A pile of feather pillows on a bed. Researchers say feathers can set off an allergic reaction in the lungs."
    for name in ("XINHUA", "AFP VIA GETTY IMAGES", "ISTOCK"):
        article = _parse("agency_credit.txt", text.replace(f"{caption}\nGETTY", f"{caption}\n{name}"))
        assert _block(article, caption).reason == "caption", name
    article = _parse("agency_credit.txt", text.replace(f"{caption}\nGETTY", f"{caption}\nGetty"))
    assert _block(article, caption).role is BlockRole.BODY


def test_a_paragraph_over_the_agency_name_or_a_line_of_keywords_in_a_block_is_no_caption_or_item() -> None:
    """A caption has at most 40 words: a longer paragraph right over "GETTY" is the
    article's. A block item has at most 25 words: a line of thirty keywords (a tag cloud, no
    prose by its few function words) makes the block no list."""
    text = (DATA / "agency_credit.txt").read_text(encoding="utf-8")
    caption = "A pile of feather pillows on a bed. Researchers say feathers can set off an allergic reaction in the lungs."
    longer = caption + " The doctors who wrote the case report say that a cough which lasts for more than a few weeks is worth a visit to the doctor."
    assert _block(_parse("agency_credit.txt", text.replace(caption, longer)), longer).role is BlockRole.BODY
    lists = (DATA / "announced_lists.txt").read_text(encoding="utf-8")
    tags = " ".join(["WordPress", "SSL", "HTTPS", "Nextcloud", "Wiki", "Zertifikat"] * 5)
    assert "Nextcloud" not in _listed(lists.replace("Nextcloud\n", f"Nextcloud\n{tags}\n"))
