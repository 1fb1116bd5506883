"""A short news item pasted with its kicker (Dachzeile) straight over its headline, no blank
line between them: the kicker was its title and the headline went into the text. On every
dev page with a short line so over its headline the title is the headline alone, and so it
is for a paste; a note's first line over a jotted line stays the note's title."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"
_STEEL = "Der Stahlhändler Müller erwartet nach Gesprächen in Brüssel neue Zölle auf Stahl aus Asien schon ab Februar.\n"


@pytest.mark.parametrize(("name", "kicker", "title"), [
    ("kicker_de.txt", "Klimapolitik", "Bundestag beschließt Heizungsgesetz"),
    ("kicker_en.txt", "Climate crisis", "Senate passes sweeping climate bill after marathon session"),
])  # fmt: skip
def test_a_pasted_items_kicker_over_its_headline_leaves_the_headline_the_title(
    name, kicker, title
) -> None:
    text = (PASTES / name).read_text(encoding="utf-8")
    article = parse(text)
    assert article.title == title
    assert not article.title_derived
    kept = [b.text for b in article.blocks if b.role is BlockRole.BODY]
    # The kicker stays with the text, as a section label over a pasted item does.
    assert kept == [line for line in text.splitlines() if line and line != title]
    assert kept[0] == kicker


@pytest.mark.parametrize(("text", "title"), [
    # A note's title over a jotted line the text under it shares no word with.
    ("Meeting notes\nDiscussed the Q3 budget with Maria\nShe wants the numbers by Friday.\n"
     "Call Jenkins about the venue.\n", "Meeting notes"),
    ("Einkauf\nMilch, Brot und Butter holen\nDer Laden schließt heute schon um 18 Uhr.\n", "Einkauf"),
    # A blank line under the first line: a title over its standfirst, not a kicker.
    ("Grippewelle ebbt ab\n\nDas Robert-Koch-Institut meldet sinkende Grippewelle\n\n"
     "Die Zahl der Atemwegsinfektionen geht zurück. Das Robert-Koch-Institut zählte weniger Fälle.\n",
     "Grippewelle ebbt ab"),
    # A first line of more words than a label, or with a figure in it: a note's title.
    ("Anruf bei Müller wegen Zöllen\nNeue Zölle auf Stahl ab Februar\nMüller erwartet neue Zölle auf Stahl.\n",
     "Anruf bei Müller wegen Zöllen"),
    ("Zölle 2025\nNeue Zölle auf Stahl ab Februar\nMüller erwartet neue Zölle auf Stahl.\n", "Zölle 2025"),
    # A "headline" no longer than the first line is no headline under a kicker.
    ("Stahl und Zölle\nNeue Zölle kommen\n" + _STEEL, "Stahl und Zölle"),
    # A first line in lower case is jotted, not a printed label.
    ("zölle\nNeue Zölle kommen\n" + _STEEL, "zölle"),
    # A note's title over its topic and a jotted line repeating a word of it: no news item's
    # lede under a headline, however well the two first lines look like kicker and headline.
    ("Meeting with Jenkins\nBudget for the venue and catering\nJenkins wants the budget by Friday.\n",
     "Meeting with Jenkins"),
    ("Urlaub Italien\nFlüge nach Rom buchen\nDie Flüge nach Rom sind im Mai am günstigsten.\n",
     "Urlaub Italien"),
    ("Project Phoenix\nNext steps for the migration plan\nThe migration plan needs sign-off by Friday.\n",
     "Project Phoenix"),
    # A paragraph under the second line that shares no word with it: no lede of a headline.
    ("Einkauf\nMilch, Brot und Butter holen\nDer Laden an der Ecke schließt heute schon um 18 Uhr,"
     " weil der Besitzer morgen früh in den Urlaub fährt.\n", "Einkauf"),
    # A note's field under its title, over a paragraph repeating its words: no headline.
    (
        "Anruf Müller\nThemen: Zölle, Stahlpreise, Lieferung\nMüller sagt, die Zölle auf Stahl aus"
        " Asien steigen ab Februar, und die Stahlpreise ziehen dann bei allen Händlern an.\n",
        "Anruf Müller",
    ),
    (
        "Call with Jenkins\nAgenda: venue budget and catering\nJenkins says the venue budget must"
        " be settled by Friday, as the caterer needs a final number of guests.\n",
        "Call with Jenkins",
    ),
    # A second line ending in a full stop is the note's first sentence.
    ("Zölle\nNeue Zölle kommen bald.\n" + _STEEL, "Zölle"),
])  # fmt: skip
def test_a_notes_first_line_stays_its_title(text: str, title: str) -> None:
    assert parse(text).title == title


_LEDE = (
    "Der Bundestag hat am Freitag das umstrittene Heizungsgesetz beschlossen. Nach monatelangem"
    " Streit in der Koalition stimmten 399 Abgeordnete dafür, 275 dagegen.\n"
)


@pytest.mark.parametrize(
    "meta_line", ["Von Anna Schmidt", "3. Dezember 2024", "Von Anna Schmidt, 3. Dezember 2024"]
)
def test_an_author_or_date_line_between_headline_and_lede_leaves_the_headline_the_title(
    meta_line: str,
) -> None:
    article = parse(f"Klimapolitik\nBundestag beschließt Heizungsgesetz\n{meta_line}\n{_LEDE}")
    assert article.title == "Bundestag beschließt Heizungsgesetz"


def test_a_headline_with_its_own_kicker_and_colon_is_still_the_title() -> None:
    article = parse(f"Klimapolitik\nHeizungsgesetz: Bundestag stimmt der Reform zu\n{_LEDE}")
    assert article.title == "Heizungsgesetz: Bundestag stimmt der Reform zu"


@pytest.mark.parametrize(("name", "title"), [
    ("todo_de.txt", "Urlaub Italien"),
    ("todo_en.txt", "Holiday Italy"),
])  # fmt: skip
def test_a_notes_title_over_its_task_and_its_writers_paragraph_stays_its_title(name: str, title: str) -> None:
    # "Flüge nach Rom buchen" / "Book flights to Rome", repeated by the paragraph under it,
    # was read as a news item's headline under its kicker: the note was titled by its task.
    text = (PASTES / name).read_text(encoding="utf-8")
    article = parse(text)
    assert (article.title, article.teaser) == (title, None)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == text.splitlines()[1:]


@pytest.mark.parametrize(("text", "title"), [
    # A German headline whose verb has the infinitive's form, over a lede quoting "wir".
    ("Wohnungsmarkt\nMieten in Berlin steigen\nDie Mieten in Berlin sind im dritten Quartal um vier"
     " Prozent gestiegen, teilte das Landesamt mit. „Wir sehen keine Entspannung“, sagte ein Sprecher.\n",
     "Mieten in Berlin steigen"),
    # A task-shaped headline over a lede in the third person.
    ("Sommerurlaub\nFlüge nach Rom buchen\nWer im Mai Flüge nach Rom buchen will, zahlt nach Angaben des"
     " Vergleichsportals im Schnitt ein Drittel mehr als im Vorjahr.\n",
     "Flüge nach Rom buchen"),
    # A headline with its verb inside ("droht"), over a reporter's lede in the first person.
    ("Stahlkrise\nThyssenkrupp droht Stellen abzubauen\nIch war am Montag im Werk in Duisburg, und"
     " die Stimmung ist schlecht, seit Thyssenkrupp droht, Stellen abzubauen.\n",
     "Thyssenkrupp droht Stellen abzubauen"),
    # An English headline opening with its subject, over a lede with "we" in a quote.
    ("Trade war\nSenators call for tariff review\nSenators from both parties called on Monday for a"
     ' review of steel tariffs. "We cannot wait any longer," one of them said in a statement.\n',
     "Senators call for tariff review"),
])  # fmt: skip
def test_a_headline_over_a_lede_not_in_the_writers_first_person_is_still_the_title(text: str, title: str) -> None:
    assert parse(text).title == title


@pytest.mark.parametrize(("text", "title"), [
    ("Klimaschutz\nDie Kohle im Boden lassen\nIch bin überzeugt, dass wir die Kohle im Boden lassen"
     " müssen, wenn wir das Klima schützen wollen.\n",
     "Die Kohle im Boden lassen"),
    ("Haushalt\nDie Schuldenbremse reformieren\nIch halte es für richtig, die Schuldenbremse zu"
     " reformieren, weil wir sonst die Schuldenbremse selbst beschädigen.\n",
     "Die Schuldenbremse reformieren"),
])  # fmt: skip
def test_a_commentarys_slogan_opening_with_its_article_is_no_task(text: str, title: str) -> None:
    # Over the writer's first-person paragraph it was read as a note's task, and the
    # commentary titled by its kicker ("Klimaschutz"): a task is jotted without the article.
    assert parse(text).title == title


@pytest.mark.parametrize(("text", "title"), [
    ("Column\nSchedule changes hit commuters\nI have taken the 7.12 from Reading to Paddington for"
     " eleven years, and I have never seen commuters packed in as tightly as they were this"
     " morning, the first day of the new timetable.\n",
     "Schedule changes hit commuters"),
    ("Opinion\nReview rules on remote work\nI have argued for years that the rules on remote work"
     " need a review, and this week the ministry finally agreed to open one.\n",
     "Review rules on remote work"),
    ("Kolumne\nEndlich Ordnung schaffen\nIch pendle seit elf Jahren von Potsdam nach Berlin, und noch"
     " nie habe ich so wenig Ordnung auf dem Bahnsteig erlebt wie heute Morgen.\n",
     "Endlich Ordnung schaffen"),
])  # fmt: skip
def test_a_columns_headline_shaped_like_a_task_is_still_the_title(text: str, title: str) -> None:
    # Its headline opens with a noun a task verb spells ("Schedule", "Review") or ends in an
    # infinitive, and the columnist writes "I": read as a note's task, the column was titled
    # "Column". A note is not titled by an opinion piece's label.
    article = parse(text)
    assert article.title == title
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == [text.splitlines()[0], text.splitlines()[2]]


@pytest.mark.parametrize(("text", "title"), [
    ("Work\nReview rules on remote work\nI have to go through the rules on remote work before the"
     " meeting and send Anna a review of the changes by Friday.\n", "Work"),
    ("Büro\nUnterlagen zur Kolumne schicken\nIch muss die Unterlagen zur Kolumne noch heute an Anna"
     " schicken, bevor sie morgen in den Urlaub fährt.\n", "Büro"),
])  # fmt: skip
def test_a_notes_title_that_is_no_opinion_label_over_its_task_stays_its_title(text: str, title: str) -> None:
    assert parse(text).title == title
