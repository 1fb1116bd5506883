"""A pasted page that dates its story only by its age ("vor 3 Stunden", "Yesterday 2:45PM") is
dated from the moment of the paste, in local time; a file, whose moment of reading is unknown,
keeps no date from such a phrase. Only the head's age line counts: a printed date wins, and a
reader's comment ("vor 2 Stunden") or the story's prose ("… vor 3 Tagen …") dates nothing.

The moments are fixed (5 December 2024 in Berlin's winter time) so that midnight and summer
time can be crossed on purpose.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from reader.core.ingest import prepare_bytes
from reader.core.ingest.plaintext import parse
from reader.core.ingest.relative_dates import read_age
from reader.core.ingest.webpage import parse_page
from reader.core.text import normalise
from tests.head_pages import HEADLINE, P1, P2

CET = timezone(timedelta(hours=1))
AFTERNOON = datetime(2024, 12, 5, 15, 0, tzinfo=CET)
AFTER_MIDNIGHT = datetime(2024, 12, 5, 1, 30, tzinfo=CET)
ENGLISH_HEADLINE = "City council passes budget with money for road repairs"
EN_P1 = (
    "The city council passed the new budget on Monday evening after a long debate, and the "
    "mayor said the money for repairing the roads would be spent before the summer."
)
EN_P2 = (
    "The opposition said the plan rested on optimistic tax estimates and warned that cuts "
    "could be needed in the autumn if the revenue failed to come in again."
)


def _german(under: str, reference: datetime | None, tail: str = "") -> str | None:
    page = f"Start\nPolitik\n{HEADLINE}\n{under}{P1}\n{P2}\n{tail}"
    return parse(normalise(page), reference=reference).published


def _english(under: str, reference: datetime | None) -> str | None:
    page = f"Home\nLocal\n{ENGLISH_HEADLINE}\n{under}{EN_P1}\n{EN_P2}\n"
    return parse(normalise(page), reference=reference).published


def test_german_age_under_the_headline_dates_the_paste() -> None:
    assert _german("vor 3 Stunden\n", AFTERNOON) == "2024-12-05"
    assert _german("Anna Weber\nvor 3 Stunden\n", AFTERNOON) == "2024-12-05"
    assert _german("Anna Weber | Erstellt: vor 2 Tagen\n", AFTERNOON) == "2024-12-03"


def test_an_age_reaching_back_past_midnight_is_the_day_before() -> None:
    assert _german("vor 3 Stunden\n", AFTER_MIDNIGHT) == "2024-12-04"
    assert _german("vor 45 Minuten\n", AFTER_MIDNIGHT) == "2024-12-05"


def test_yesterday_and_today_with_their_time() -> None:
    assert _german("gestern, 14:45 Uhr\n", AFTERNOON) == "2024-12-04T14:45"
    assert _german("heute 08:12\n", AFTERNOON) == "2024-12-05T08:12"
    assert _german("vorgestern, 9:05 Uhr\n", AFTER_MIDNIGHT) == "2024-12-03T09:05"


def test_english_forms() -> None:
    assert _english("3 hours ago\n", AFTER_MIDNIGHT) == "2024-12-04"
    assert _english("Published 1 day ago\n", AFTERNOON) == "2024-12-04"
    assert _english("By Jane Doe · 2h ago\n", AFTERNOON) == "2024-12-05"
    assert _english("Yesterday 2:45PM\n", AFTERNOON) == "2024-12-04T14:45"
    assert _english("Today 12:01 AM\n", AFTER_MIDNIGHT) == "2024-12-05T00:01"
    assert _english("Updated an hour ago\n", AFTER_MIDNIGHT) == "2024-12-05"


def test_a_printed_date_wins_over_an_age() -> None:
    assert _german("18.11.2019\nvor 4 Stunden\n", AFTERNOON) == "2019-11-18"
    announced = "Veröffentlicht am 18.11.2019\n"
    assert _german("vor 4 Stunden\n", AFTERNOON, tail=announced) == "2019-11-18"


def test_a_readers_comment_dates_nothing() -> None:
    """A one-paragraph story leaves its comment thread inside the head zone: the comment's
    age is the comment's."""
    page = f"Start\nPolitik\n{HEADLINE}\n{P1}\nKommentare\nMax Muster\nvor 2 Stunden\nDanke für den Bericht!\n"
    assert parse(normalise(page), reference=AFTERNOON).published is None


def test_an_age_in_the_storys_prose_dates_nothing() -> None:
    prose = "Der Bürgermeister stellte den Plan vor 3 Tagen im Ausschuss vor, sagte er am Abend."
    assert _german(f"{prose}\n", AFTERNOON) is None
    prose = "It was first reported 3 days ago by the local paper, the mayor said."
    assert _english(f"{prose}\n", AFTERNOON) is None
    assert _german("Der Plan kam vor 3 Tagen.\n", AFTERNOON) is None  # a short sentence too
    assert _english("The plan came 3 days ago.\n", AFTERNOON) is None


def test_a_file_keeps_no_date_from_an_age() -> None:
    assert _german("vor 3 Stunden\n", None) is None
    assert _english("Yesterday 2:45PM\n", None) is None
    data = f"{HEADLINE}\nvor 3 Stunden\n{P1}\n{P2}\n".encode()
    assert prepare_bytes(data, "page.txt").article.published is None
    assert prepare_bytes(data, "page.txt", reference=AFTERNOON).article.published == "2024-12-05"


def test_the_age_line_is_metadata_and_no_part_of_the_headline() -> None:
    """Under a long headline "vor 3 Stunden" (lower case, no full stop above) is a line of its
    own, also in a file; pasted, it is the date line, shown in the header."""
    page = normalise(f"Start\n{HEADLINE}\nvor 3 Stunden\n{P1}\n{P2}\n")
    assert parse(page).title == HEADLINE
    pasted = parse(page, reference=AFTERNOON)
    assert pasted.title == HEADLINE
    assert [b.role.value for b in pasted.blocks if b.text == "vor 3 Stunden"] == ["meta"]


def test_ages_that_name_no_day_are_not_read() -> None:
    assert read_age("3 weeks ago") is None
    assert read_age("vor 2 Monaten") is None
    assert read_age("Today") is None  # a show's or a menu's name, without a time or a lead
    assert read_age("Published yesterday") is not None


def test_a_time_still_to_come_today_is_another_time_zones() -> None:
    assert _english("Today 11:30 PM\n", AFTER_MIDNIGHT) is None


def test_an_age_across_the_change_from_summer_time_counts_real_hours() -> None:
    """27 October 2024, 02:30 in Berlin after the clocks went back: three hours earlier was
    00:30 summer time the same day, not 23:30 the day before."""
    berlin = datetime(2024, 10, 27, 2, 30, tzinfo=ZoneInfo("Europe/Berlin"), fold=1)
    assert _german("vor 3 Stunden\n", berlin) == "2024-10-27"


@pytest.mark.parametrize(("line", "lang", "day"), [
    ("il y a 3 heures", "fr", "2024-12-04"),
    ("hier à 14h45", "fr", "2024-12-04T14:45"),
    ("hace 2 días", "es", "2024-12-03"),
    ("ieri alle 14:30", "it", "2024-12-04T14:30"),
    ("3 часа назад", "ru", "2024-12-04"),
    ("5 godzin temu", "pl", "2024-12-04"),
])  # fmt: skip
def test_other_languages_from_cldr(line: str, lang: str, day: str) -> None:
    age = read_age(line, lang)
    assert age is not None and age.date(AFTER_MIDNIGHT) == day


SELECTION = f"""<h1>{HEADLINE}</h1>
<p>Anna Weber</p>
<p>vor 3 Stunden</p>
<p>{P1}</p>
<p>{P2}</p>
"""


def test_a_pasted_selection_of_html_is_dated_by_its_age() -> None:
    assert parse_page(SELECTION).published is None
    pasted = parse_page(SELECTION, reference=AFTER_MIDNIGHT)
    assert pasted.published == "2024-12-04"
    assert "vor 3 Stunden" not in pasted.body
