"""Minutes pasted: a title, a date line ("Datum: 3. Dezember 2024"), the attendees and the
items, numbered ("TOP 1: …", "Item 1: …"). The date line made them a page, whose rules set the
attendees and the first item's heading aside as a menu and the last item and the next meeting as
a footer. Items counted from one up are a document's own: every line stays, the date line is
shown in the header."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.meeting_texts import is_meeting_text
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title", "date_line"), [
    ("minutes_de.txt", "Protokoll Jour fixe Einkauf", "Datum: 3. Dezember 2024"),
    ("minutes_en.txt", "Minutes – Steering Committee", "Date: 3 December 2024"),
])  # fmt: skip
def test_minutes_keep_every_item_and_are_dated_by_their_date_line(name: str, title: str, date_line: str) -> None:
    lines = [line for line in (PASTES / name).read_text(encoding="utf-8").splitlines() if line]
    article = parse("\n".join(lines))
    assert (article.title, article.published) == (title, "2024-12-03")
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == [
        line for line in lines if line not in (title, date_line)
    ]


@pytest.mark.parametrize("texts", [
    ["TOP 1: Zölle", "TOP 3: Chips"],  # not counted up in order
    ["TOP 1: Zölle"],  # one item
    ["Top 10: Die besten Reiseziele", "Top 11: Noch mehr"],  # a listicle's ranks, not from one
])  # fmt: skip
def test_items_not_counted_from_one_up_are_no_agenda(texts: list[str]) -> None:
    assert not is_meeting_text(texts)


@pytest.mark.parametrize(("name", "title", "published"), [
    ("invitation_en.txt", "Steel tariffs sync", None),  # its time, of a range, read as no date
    ("invitation_de.txt", "Jour fixe Zölle", "2024-12-10"),
])  # fmt: skip
def test_an_invitation_keeps_its_time_and_its_link(name: str, title: str, published: str | None) -> None:
    # Its meeting's link, a page's "article info" to the phrases, made it a page: its time was
    # set aside as navigation and its link with it.
    lines = [line.removeprefix("- ") for line in (PASTES / name).read_text(encoding="utf-8").splitlines() if line]
    article = parse("\n".join(lines))
    assert (article.title, article.published) == (title, published)
    shown = [lines[1]] if published else []  # the date line, in the header
    assert [b.text for b in article.blocks if b.role is BlockRole.META] == [title, *shown]
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == lines[1 + len(shown) :]


@pytest.mark.parametrize(("text", "title"), [
    ("Rathaus\nPolitik\nGremien\nÖffentliche Sitzung des Bauausschusses\nDatum: 3. Dezember 2024\n"
     "TOP 1: Eröffnung\nTOP 2: Bebauungsplan Nord\nTOP 3: Verschiedenes\nStadt Musterstadt\n",
     "Öffentliche Sitzung des Bauausschusses"),
    ("Council\nPolitics\nCommittees\nPlanning committee, public meeting\nDate: 3 December 2024\n"
     "Item 1: Opening\nItem 2: Zoning North\nItem 3: Any other business\nCity of Exampleton\n",
     "Planning committee, public meeting"),
])  # fmt: skip
def test_a_councils_page_of_items_under_its_menu_stays_a_page(text: str, title: str) -> None:
    # Its items made it a note whatever else it had: titled by its menu's first word ("Rathaus").
    article = parse(text)
    assert (article.title, article.title_derived) == (title, False)
    assert text.splitlines()[0] not in [b.text for b in article.blocks if b.role is BlockRole.META]
