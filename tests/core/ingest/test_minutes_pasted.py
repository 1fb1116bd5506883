"""Minutes pasted: a title, a date line ("Datum: 3. Dezember 2024"), the attendees and the
items, numbered ("TOP 1: …", "Item 1: …"). The date line made them a page, whose rules set the
attendees and the first item's heading aside as a menu and the last item and the next meeting as
a footer. Items counted from one up are a document's own: every line stays, the date line is
shown in the header."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

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


@pytest.mark.parametrize(("name", "title", "published", "shown"), [
    # A time range on the date's line: the meeting's date and start, the line kept for its end.
    ("invitation_en.txt", "Steel tariffs sync", "2024-12-10T10:00", 0),
    ("invitation_de.txt", "Jour fixe Zölle", "2024-12-10", 1),  # the date alone: in the header
])  # fmt: skip
def test_an_invitation_keeps_its_time_and_its_link(name: str, title: str, published: str, shown: int) -> None:
    # Its meeting's link, a page's "article info" to the phrases, made it a page: its time was
    # set aside as navigation and its link with it.
    lines = [line.removeprefix("- ") for line in (PASTES / name).read_text(encoding="utf-8").splitlines() if line]
    article = parse("\n".join(lines))
    assert (article.title, article.published) == (title, published)
    assert [b.text for b in article.blocks if b.role is BlockRole.META] == lines[: 1 + shown]
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == lines[1 + shown :]


@pytest.mark.parametrize(("name", "title", "published"), [
    ("invitation_outlook_de.txt", "Quartalsgespräch Müller", "2024-12-10T14:00"),
    ("invitation_outlook_en.txt", "Steering committee procurement", "2024-12-10T14:00"),
])  # fmt: skip
def test_an_outlook_invitation_is_dated_by_its_time_range_and_titled_by_its_subject(
    name: str, title: str, published: str
) -> None:
    # "Wann: Dienstag, 10. Dezember 2024 14:00-15:00 (UTC+01:00) …" is an event's span on a
    # page, no publication date: the invitation had none. Its subject, two capitalised words
    # over that line, was read as an author's name, and the title cut from the date line.
    lines = (PASTES / name).read_text(encoding="utf-8").splitlines()
    article = parse("\n".join(lines))
    assert (article.title, article.byline, article.published) == (title, None, published)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == [line for line in lines[1:] if line]


def test_minutes_under_a_led_author_line_keep_their_author() -> None:
    # The subject over an invitation's time is no author's bare name; a line led as an
    # author's is one all the same.
    article = parse("Von Anna Weber\nJour fixe Einkauf\nDatum: 3. Dezember 2024\nTOP 1: Zölle\nTOP 2: Lieferanten\n")
    assert (article.title, article.byline, article.published) == ("Jour fixe Einkauf", "Anna Weber", "2024-12-03")


@pytest.mark.parametrize("text", [
    "Protokoll Jour fixe Einkauf\nTeilnehmer: Anna Becker, Jan Vogel\nTOP 1: Zölle\n"
    "TOP 2: Lieferanten\nTOP 3: Nächster Termin 14. Januar 2025 10:00–11:00\n",
    "Minutes – Steering Committee\nAttendees: Anna Becker, Mark Ellis\nItem 1: Tariffs\n"
    "Item 2: Suppliers\nItem 3: Next meeting Tuesday, January 14, 2025 10:00 AM – 11:00 AM\n",
])  # fmt: skip
def test_a_time_range_under_the_items_does_not_date_minutes(text: str) -> None:
    # An invitation prints its time under its subject; the next meeting's, among the items, is
    # an event the minutes announce, not their date.
    assert parse(text).published is None


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


# Pasted on Friday, 5 December 2025, in Berlin: the invitation is for the Tuesday after.
_PASTED = datetime(2025, 12, 5, 16, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(("name", "title"), [
    ("invitation_google_en.txt", "Supplier review: steel quotes"),
    ("invitation_google_de.txt", "Jour fixe Einkauf"),
])  # fmt: skip
def test_a_google_invitation_without_a_year_is_dated_in_the_year_of_the_paste(name: str, title: str) -> None:
    # "Tuesday, December 9 · 10:00 – 11:00am" prints no year: the invitation had no date. The
    # line stays in the text for its times; the header shows the day.
    lines = (PASTES / name).read_text(encoding="utf-8").splitlines()
    article = parse("\n".join(lines), reference=_PASTED)
    assert (article.title, article.byline, article.published) == (title, None, "2025-12-09")
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == lines[1:]


@pytest.mark.parametrize(("day", "pasted", "published"), [
    # Pasted before the new year: January's meeting is next year's.
    ("Tuesday, January 13", datetime(2025, 12, 19, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")), "2026-01-13"),
    ("Dienstag, 13. Januar", datetime(2025, 12, 19, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")), "2026-01-13"),
    # Minutes of the last meeting of the year, pasted after it: last year's.
    ("Dienstag, 30. Dezember", datetime(2026, 1, 2, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")), "2025-12-30"),
])  # fmt: skip
def test_a_google_invitation_across_the_new_year_is_dated_in_the_meetings_year(
    day: str, pasted: datetime, published: str
) -> None:
    # The paste's own year put these meetings eleven months back or ahead.
    name = "invitation_google_de.txt" if day.startswith("Dienstag") else "invitation_google_en.txt"
    text = (PASTES / name).read_text(encoding="utf-8")
    text = text.replace("Dienstag, 9. Dezember", day).replace("Tuesday, December 9", day)
    assert parse(text, reference=pasted).published == published


def test_a_google_invitation_in_a_file_has_no_date() -> None:
    # A file does not say when it was copied, so it gives no year (as a post's age gives no day).
    text = (PASTES / "invitation_google_de.txt").read_text(encoding="utf-8")
    assert parse(text).published is None


@pytest.mark.parametrize(("text", "published"), [
    # A yearless day among the items is an item's, not the meeting's time.
    ("Jour fixe Einkauf\nOrt: Raum 3.12\nOrganisator: Anna Becker\nTOP 1: Zahlen vom 9. Dezember\n", None),
    ("Supplier review\nLocation: Room 3.12\nOrganizer: Mark Ellis\nAgenda: quotes due December 9\n", None),
    # A subject naming a day is no time line: the line under it is.
    ("Angebot bis 12. Dezember abstimmen\nDienstag, 9. Dezember · 10:00–11:00\nOrt: Raum 3.12\n"
     "Organisator: Anna Becker\n", "2025-12-09"),
    # A dated time line under a yearless one: the printed year wins.
    ("Quartalsgespräch\nRückblick auf den 9. Dezember\nWann: Dienstag, 16. Dezember 2025 14:00-15:00\n"
     "Ort: Raum 3.12\nOrganisator: Anna Becker\n", "2025-12-16T14:00"),
])  # fmt: skip
def test_only_the_time_line_under_the_subject_dates_an_invitation_without_a_year(
    text: str, published: str | None
) -> None:
    assert parse(text, reference=_PASTED).published == published


def test_a_news_pages_yearless_time_line_is_not_dated_by_the_paste() -> None:
    # Only an invitation's time line is the paste's year: a page's event line is an event.
    text = (
        "Stahlgipfel im Kanzleramt\nDienstag, 9. Dezember · 10:00–11:00\nDie Bundesregierung lädt "
        "Vertreter der Stahlindustrie zu einem Gipfel ins Kanzleramt, um über Zölle zu sprechen.\n"
        "Erwartet werden auch Vertreter der Gewerkschaften und der Länder mit Stahlstandorten.\n"
    )
    assert parse(text, reference=_PASTED).published is None
