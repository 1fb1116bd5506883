"""A post copied out of LinkedIn (its poster, job and age over it, or the post alone) ending in
its hashtags: the page rules titled it by its age ("2 Std. •") and set its closing question,
its list and its hashtags aside as a footer. Every line stays; the title is the post's first
sentence; the poster is its author."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.ingest.social_posts import over_post_age, post_start

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title", "author"), [
    ("post_linkedin_de.txt", "Die neuen Zölle auf Stahl treffen den Mittelstand härter als gedacht", "Anna Becker"),
    ("post_linkedin_en.txt", "Excited to share that our new report on European steel is out! 🎉", None),
])  # fmt: skip
def test_a_post_keeps_every_line_and_is_titled_by_its_first_sentence(name: str, title: str, author: str | None) -> None:
    lines = [line for line in (PASTES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    article = parse("\n".join(lines))
    assert (article.title, article.title_derived, article.byline) == (title, True, author)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == [
        line.strip() for line in lines if line != author
    ]


@pytest.mark.parametrize("texts", [
    ["Anna Becker", "2 Std. •", "Die neuen Zölle treffen den Mittelstand."],  # no hashtags under it
    ["Die neuen Zölle treffen den Mittelstand.", "#Zölle"],  # one hashtag: a clipper's tag line
    ["#Zölle #Chips", "Die neuen Zölle treffen den Mittelstand."],  # hashtags, but not at the end
])  # fmt: skip
def test_a_text_not_ending_in_hashtags_is_no_post(texts: list[str]) -> None:
    assert post_start(texts) is None


@pytest.mark.parametrize(("text", "title"), [
    ("PRESSEMITTEILUNG\nBerlin, 3. Dezember 2024\nExample GmbH eröffnet neues Werk in Polen\n"
     "Die Example GmbH eröffnet am 10. Dezember ein neues Werk in Breslau. Dort entstehen 300 "
     "Arbeitsplätze in der Fertigung von Stahlteilen für die Autoindustrie.\nPressekontakt:\n"
     "Anna Becker\nTel. +49 30 1234567\npresse@example.de\n#Stahl #Polen\n",
     "Example GmbH eröffnet neues Werk in Polen"),
    ("PRESS RELEASE\nLondon, 3 December 2024\nExample Ltd opens new plant in Poland\nExample Ltd "
     "will open a new plant in Wroclaw on 10 December, creating 300 jobs in making steel parts for "
     "the car industry, the company said today in a statement.\nMedia contact:\nMark Ellis\n"
     "+44 20 1234 5678\n#steel #Poland\n",
     "Example Ltd opens new plant in Poland"),
])  # fmt: skip
def test_a_press_release_ending_in_hashtags_is_no_post(text: str, title: str) -> None:
    # Its place and date line says page where a post has its age line: it was a note titled
    # "PRESSEMITTEILUNG", its contact lines kept as text.
    article = parse(text)
    assert (article.title, article.title_derived, article.published) == (title, False, "2024-12-03")
    assert text.splitlines()[0] not in [b.text for b in article.blocks if b.role is BlockRole.BODY]


@pytest.mark.parametrize("age", ["2 Std. •", "3 Wo. •", "2 Mon. •", "1 Jahr •", "1 J. • Bearbeitet •", "5d •", "3w •", "1yr • Edited •"])
def test_a_posts_words_start_under_its_age_line_of_any_unit(age: str) -> None:
    # A German post a week or a year old ("3 Wo.", "1 Jahr") had its poster's job taken for
    # its first words: titled "Leiterin Einkauf bei Example GmbH".
    texts = ["Anna Becker", "Leiterin Einkauf bei Example GmbH", age, "Die Zölle treffen den Mittelstand.", "#Zölle #Stahl"]
    assert post_start(texts) == 3


def test_a_german_post_a_year_old_is_titled_by_its_words() -> None:
    text = (PASTES / "post_linkedin_de.txt").read_text(encoding="utf-8").replace("2 Std. •", "1 Jahr •")
    article = parse(text)
    assert (article.title, article.byline) == ("Die neuen Zölle auf Stahl treffen den Mittelstand härter als gedacht", "Anna Becker")


# Pasted at 09:30 on 10 December 2024 in Berlin; at 01:30 "2 Std." is the day before.
_PASTED = datetime(2024, 12, 10, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
_PASTED_AT_NIGHT = datetime(2024, 12, 10, 1, 30, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(("age", "reference", "published"), [
    ("2 Std. •", _PASTED, "2024-12-10"),
    ("2 Std. •", _PASTED_AT_NIGHT, "2024-12-09"),
    ("45 Min. •", _PASTED, "2024-12-10"),
    ("3 d •", _PASTED, "2024-12-07"),
    ("3 Tage • Bearbeitet •", _PASTED, "2024-12-07"),
    ("2 hrs", _PASTED, "2024-12-10"),  # Facebook's, no dot
    ("45 mins · 🌍", _PASTED_AT_NIGHT, "2024-12-10"),  # Facebook's minutes: not read before
    ("5h · 🌍", _PASTED_AT_NIGHT, "2024-12-09"),
    # A week is counted as seven days are: "1 Woche •" was set aside as navigation, undated.
    ("1 Woche •", _PASTED, "2024-12-03"),
    ("2 Wochen •", _PASTED, "2024-11-26"),
    ("3 Wo. •", _PASTED, "2024-11-19"),
    ("1 w •", _PASTED, "2024-12-03"),
    ("2w • Edited •", _PASTED_AT_NIGHT, "2024-11-26"),
])  # fmt: skip
def test_a_pasted_posts_age_dates_it_from_the_moment_of_the_paste(
    age: str, reference: datetime, published: str
) -> None:
    # "2 hours ago" on a page was read; a post's "2 Std. •" was not, and the post had no date.
    text = (PASTES / "post_linkedin_de.txt").read_text(encoding="utf-8").replace("2 Std. •", age)
    article = parse(text, reference=reference)
    assert (article.byline, article.published) == ("Anna Becker", published)
    assert age.strip() in [b.text for b in article.blocks if b.role is BlockRole.META]


@pytest.mark.parametrize("age", ["2 Mon. •", "1yr • Edited •", "1 J. •"])
def test_a_posts_age_of_months_or_more_gives_no_date(age: str) -> None:
    # A month back is a day up to a month wrong, and a wrong date looks like a right one, as
    # "3 months ago" on a page gives none (`relative_dates`); the line stays the post's.
    text = (PASTES / "post_linkedin_de.txt").read_text(encoding="utf-8").replace("2 Std. •", age)
    article = parse(text, reference=_PASTED)
    assert article.published is None
    assert age in [b.text for b in article.blocks if b.role is BlockRole.BODY]


def test_a_post_in_a_file_has_no_date_from_its_age() -> None:
    # A file does not say when it was copied: its age says nothing (the import's day is not
    # the day the post was read).
    text = (PASTES / "post_linkedin_de.txt").read_text(encoding="utf-8")
    assert parse(text).published is None


def test_a_pages_reading_time_is_no_age() -> None:
    # "5 Min." alone is a page's reading time; only a post's age line, under its poster and
    # over a text ending in hashtags, is read without "ago"/"vor".
    text = (
        "Stahl: Zölle treffen den Mittelstand\n5 Min.\nDie neuen Zölle auf Stahl treffen den "
        "Mittelstand härter als gedacht, sagen Einkäufer in ganz Deutschland seit Wochen.\n"
        "Viele Betriebe haben keine Puffer mehr und planen das Quartal neu.\n"
    )
    assert parse(text, reference=_PASTED).published is None


def test_an_english_posters_long_job_still_names_the_poster() -> None:
    # "Head of Procurement at Example Ltd", six words, was no job line: the post had no author.
    lines = [line for line in (PASTES / "post_linkedin_poster_en.txt").read_text(encoding="utf-8").splitlines() if line]
    article = parse("\n".join(lines), reference=_PASTED)
    assert (article.title, article.byline, article.published) == (
        "New tariffs hit our supply chains harder than expected",
        "Mark Ellis",
        "2024-12-07",
    )
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == lines[1:2] + lines[3:]


@pytest.mark.parametrize("reading_time", ["5 Min.", "5 min", "30 s"])
def test_a_pages_reading_time_over_its_tags_is_no_post(reading_time: str) -> None:
    # A news page ending in its tags, its reading time under the headline: read as a post with
    # a bare age, it was titled by its lede's first sentence and dated the day of the paste.
    text = (
        f"Stahl: Zölle treffen den Mittelstand\n{reading_time}\nDie neuen Zölle auf Stahl treffen den "
        "Mittelstand härter als gedacht, sagen Einkäufer in ganz Deutschland seit Wochen.\n"
        "Viele Betriebe haben keine Puffer mehr und planen das Quartal neu.\n#Stahl #Zölle\n"
    )
    article = parse(text, reference=_PASTED)
    assert (article.title, article.published) == ("Stahl: Zölle treffen den Mittelstand", None)


def test_a_bare_age_deep_in_a_post_is_no_age_line() -> None:
    # "3 Tage" among a post's lines (a list's item) is not where its words start.
    texts = ["Unser Messeplan steht:", "Anreise", "Aufbau", "3 Tage", "Die Messe selbst.", "#Messe #Stahl"]
    assert post_start(texts) == 0


@pytest.mark.parametrize(("texts", "over"), [
    (["Anna Becker", "2 Std. •", "Die Zölle treffen uns.", "#Zölle #Stahl"], True),
    (["Mark Ellis", "Head of Procurement at Example Ltd", "3 d •", "Tariffs hit us.", "#tariffs #steel"], True),
    # Three lines over the age: the first is a headline's, not where a poster stands.
    (["Zölle", "Anna Becker", "Leiterin Einkauf", "2 Std. •", "Die Zölle treffen uns.", "#Zölle #Stahl"], False),
    (["2 Std. •", "Die Zölle treffen uns.", "#Zölle #Stahl"], False),  # no poster copied
])  # fmt: skip
def test_the_poster_stands_one_or_two_lines_over_the_age(texts: list[str], over: bool) -> None:
    assert over_post_age(texts) is over
