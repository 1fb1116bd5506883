"""The who's who lists one line per person or body and each office once (session 41): the
guards of `whos_who_entries` and `closer_roles` that a library's four reports
(tests/cli/test_cli_s41_whos_who_lines.py) do not reach. Names and roles as news reports
give them; the expected lines are what a consultant should hand on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reader.core.entities import EntityKind, EntitySummary, merge_roles
from reader.core.entities.whos_who import whos_who_markdown

PERSON, ORG = EntityKind.PERSON, EntityKind.ORG


@dataclass(frozen=True)
class _Report:
    id: int
    title: str
    site_name: str | None = "The Daily Ledger"
    byline: str | None = None
    agency: str | None = None
    published: str | None = "2019-11-20"


REPORTS = [_Report(1, "Beijing mocks the hearings"), _Report(2, "Hong Kong braces for a vote")]


def _lines(entities: list[EntitySummary], named_in: dict[int, list[int]], language: str = "en") -> list[str]:
    text = whos_who_markdown(REPORTS, entities, named_in, language)
    return [line for line in text.splitlines() if line.startswith("- ")]


def test_a_body_spelled_in_two_cases_is_one_line() -> None:
    """"the Communist party" in one report and "the Communist Party" in another: one body."""
    entities = [EntitySummary(1, ORG, "Communist party", (), 1, 3), EntitySummary(2, ORG, "Communist Party", (), 1, 1)]
    assert _lines(entities, {1: [1], 2: [2]}) == ["- **Communist party** [^who-1][^who-2]"]


def test_a_first_name_either_sex_may_shorten_is_not_folded() -> None:
    """"Chris Tang" may be Christine Tang's brother, "Alex Moreno" Alexis Moreno's sister: two
    lines each; "Tim" and "Timothy" are one man's."""
    entities = [
        EntitySummary(1, PERSON, "Christine Tang", ("police commissioner",), 1, 2),
        EntitySummary(2, PERSON, "Chris Tang", (), 1, 1),
    ]
    assert _lines(entities, {1: [1], 2: [2]}) == [
        "- **Christine Tang** — police commissioner [^who-1]",
        "- **Chris Tang** [^who-2]",
    ]
    entities = [EntitySummary(1, PERSON, "Alexis Moreno", (), 1, 2), EntitySummary(2, PERSON, "Alex Moreno", (), 1, 1)]
    assert len(_lines(entities, {1: [1], 2: [2]})) == 2  # neither name says whose
    entities = [EntitySummary(1, PERSON, "Tim Ryan", (), 1, 2), EntitySummary(2, PERSON, "Timothy Ryan", (), 1, 1)]
    assert _lines(entities, {1: [1], 2: [2]}) == ["- **Timothy Ryan** [^who-1][^who-2]"]


def test_two_surnames_a_letter_apart_with_other_first_names_stay_two() -> None:
    """"Anna Zelensky" and "Volodymyr Zelenskiy" differ in both parts: two people."""
    entities = [
        EntitySummary(1, PERSON, "Volodymyr Zelenskiy", ("President",), 1, 2),
        EntitySummary(2, PERSON, "Anna Zelensky", (), 1, 1),
    ]
    assert len(_lines(entities, {1: [1], 2: [2]})) == 2


def test_a_bare_surname_no_office_tells_apart_stays_its_own_line() -> None:
    """"Biden" with no role beside Joe and Hunter Biden in the same report could be either; a
    bare "Medvedev" whose reports name no full Medvedev has nobody to join."""
    entities = [
        EntitySummary(1, PERSON, "Joe Biden", ("former Vice President",), 2, 5),
        EntitySummary(2, PERSON, "Hunter Biden", (), 1, 2),
        EntitySummary(3, PERSON, "Biden", (), 1, 2),
        EntitySummary(4, PERSON, "Medvedev", ("President",), 1, 1),
        EntitySummary(5, PERSON, "Dmitry Medvedev", (), 1, 1),
    ]
    lines = _lines(entities, {1: [1, 2], 2: [1], 3: [1], 4: [1], 5: [2]})
    assert "- **Biden** [^who-1]" in lines
    assert "- **Medvedev** — President [^who-1]" in lines
    assert "- **Joe Biden** — former Vice President [^who-1][^who-2]" in lines


def test_a_name_german_and_english_transliterate_apart_is_one_line_in_each_ones_spelling() -> None:
    """"Dmitri Medwedew" (German) and "Dmitry Medvedev" (English) are one man, written as the
    list's language writes him, however many sources give each; "Olaf Schulz" is not Olaf Scholz."""
    entities = [
        EntitySummary(1, PERSON, "Dmitri Medwedew", ("Ex-Präsident",), 2, 3),
        EntitySummary(2, PERSON, "Dmitry Medvedev", (), 1, 1),
        EntitySummary(3, PERSON, "Olaf Scholz", (), 1, 1),
        EntitySummary(4, PERSON, "Olaf Schulz", (), 1, 1),
    ]
    named_in = {1: [1, 2], 2: [2], 3: [1], 4: [2]}
    assert _lines(entities, named_in, "en")[0] == "- **Dmitry Medvedev** — former President [^who-1][^who-2]"
    assert _lines(entities, named_in, "de")[0] == "- **Dmitri Medwedew** — Ex-Präsident [^who-1][^who-2]"
    assert len(_lines(entities, named_in)) == 3


def test_a_bare_surname_named_more_is_shown_under_the_full_name() -> None:
    """"Scholz" in both reports, "Olaf Scholz" in one: the line still says whom it means."""
    entities = [EntitySummary(3, PERSON, "Scholz", ("Kanzler",), 2, 5), EntitySummary(1, PERSON, "Olaf Scholz", (), 1, 1)]
    assert _lines(entities, {3: [1, 2], 1: [1]}, "de") == ["- **Olaf Scholz** — Kanzler [^who-1][^who-2]"]


def test_a_bare_surname_given_one_persons_office_in_german() -> None:
    """"Kanzler Scholz" beside "Bundeskanzler Olaf Scholz" and his brother Jens: the chancellor."""
    entities = [
        EntitySummary(1, PERSON, "Olaf Scholz", ("Bundeskanzler",), 2, 4),
        EntitySummary(2, PERSON, "Jens Scholz", ("Arzt",), 1, 1),
        EntitySummary(3, PERSON, "Scholz", ("Kanzler",), 1, 3),
    ]
    assert _lines(entities, {1: [1, 2], 2: [1], 3: [1]}, "de") == [
        "- **Olaf Scholz** — Bundeskanzler [^who-1][^who-2]",
        "- **Jens Scholz** — Arzt [^who-1]",
    ]


def test_the_own_wire_by_its_other_name_is_no_body_of_the_report() -> None:
    """A dpa report's "Deutsche Presse-Agentur" is its credit, and "Von Anna Weber" signs the
    other; what the other report names is a body and a person it is about."""
    reports = [_Report(1, "Selenskyj dankt Berlin", "Kieler Nachrichten", "Jonas Brandt", "dpa/lno"),
               _Report(2, "Scholz empfängt Selenskyj", "Berliner Zeitung", "Von Anna Weber")]  # fmt: skip
    entities = [EntitySummary(1, ORG, "Deutsche Presse-Agentur", (), 2, 2),
                EntitySummary(2, PERSON, "Anna Weber", (), 1, 1),
                EntitySummary(3, PERSON, "Jonas Brandt", (), 1, 1)]  # fmt: skip
    text = whos_who_markdown(reports, entities, {1: [1, 2], 2: [2], 3: [2]}, "de")
    assert [line for line in text.splitlines() if line.startswith("- ")] == [
        "- **Jonas Brandt** [^who-2]",  # named in the other report: not its author there
        "- **Deutsche Presse-Agentur** [^who-2]",
    ]


@pytest.mark.parametrize(
    ("roles", "language", "shown"),
    [
        (("White House Press Secretary", "press secretary"), "en", ("White House Press Secretary",)),
        (("lawyer", "personal lawyer"), "en", ("personal lawyer",)),
        (("Regierender Bürgermeister", "Bürgermeister"), "de", ("Regierender Bürgermeister",)),
        # another office, a rank below or beside: both held, both listed
        (("vice president", "president"), "en", ("vice president", "president")),
        (("Lieutenant Colonel", "Colonel"), "en", ("Lieutenant Colonel", "Colonel")),
        (("deputy director", "director"), "en", ("deputy director", "director")),
        # held before is an office of its own (`roles.merge_roles`), also where the table lacks it
        (("former aide", "aide"), "en", ("former aide", "aide")),
        (("stellvertretende Vorsitzende", "Vorsitzende"), "de", ("stellvertretende Vorsitzende", "Vorsitzende")),
        # found in review (revWW): the abbreviation, a rank below, held before in other words
        (("stellv. Vorsitzender", "Vorsitzender"), "de", ("stellv. Vorsitzender", "Vorsitzender")),
        (("Zweiter Bürgermeister", "Bürgermeister"), "de", ("Zweiter Bürgermeister", "Bürgermeister")),
        (("Junior Minister", "Minister"), "en", ("Junior Minister", "Minister")),
        (("Rear Admiral", "Admiral"), "en", ("Rear Admiral", "Admiral")),
        (("one-time adviser", "adviser"), "en", ("one-time adviser", "adviser")),
        (("late president", "president"), "en", ("late president", "president")),
    ],
)
def test_an_office_said_loosely_beside_closely_is_listed_once(
    roles: tuple[str, ...], language: str, shown: tuple[str, ...]
) -> None:
    assert merge_roles(roles, language) == shown


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("George Bush", "George Busch"),  # "sh"/"sch" alone: two families' names
        ("Mark Fisher", "Mark Fischer"),
        ("Tony Morrison", "Toni Morrison"),  # a final "i"/"y" alone: another first name
        ("Hans Meiser", "Hans Meizer"),  # "s"/"z" alone
        ("Andreas Schulz", "Andreas Schulze"),  # a surname one letter longer: another surname
        ("Anna Hofmann", "Anna Hoffmann"),
        ("John William", "John Williams"),
        ("Leo Weber", "Leon Weber"),  # a man's first name a letter or two longer: another name
        ("Jon Weber", "Jonas Weber"),
        ("Carl Weber", "Carlos Weber"),
        ("Max Weber", "Maxim Weber"),
    ],
)
def test_two_peoples_names_spelled_near_alike_stay_two_lines(one: str, other: str) -> None:
    """Found in review (revWW): each pair was one line, one of the two people lost."""
    entities = [EntitySummary(1, PERSON, one, (), 1, 2), EntitySummary(2, PERSON, other, (), 1, 1)]
    assert _lines(entities, {1: [1], 2: [2]}) == [f"- **{one}** [^who-1]", f"- **{other}** [^who-2]"]


@pytest.mark.parametrize(
    ("one", "other", "shown"),
    [
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskiy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy"),
        ("Wladimir Putin", "Vladimir Putin", "Vladimir Putin"),  # "w"/"v" alone is no Western pair
        ("Sergei Schoigu", "Sergey Shoigu", "Sergey Shoigu"),  # both words apart
        ("Max Bergmann", "Maximilian Bergmann", "Maximilian Bergmann"),
    ],
)
def test_one_persons_names_transliterated_or_shortened_are_one_line(one: str, other: str, shown: str) -> None:
    entities = [EntitySummary(1, PERSON, one, (), 1, 1), EntitySummary(2, PERSON, other, (), 1, 1)]
    assert _lines(entities, {1: [1], 2: [2]}) == [f"- **{shown}** [^who-1][^who-2]"]


def test_a_credit_the_title_names_is_what_the_report_is_about() -> None:
    """Found in review (revWW): "Reuters to cut 500 jobs" on a Reuters report, and an interview
    with the reporter who signs it, had lost the body and the person the report is about; a
    report whose title names neither still leaves its credits out."""
    reports = [_Report(1, "Reuters to cut 500 jobs in newsroom overhaul", "Reuters", agency="Reuters"),
               _Report(2, "Ten questions for Chris Cillizza", "CNN", "Chris Cillizza"),
               _Report(3, "Markets slide", "Reuters", "Jill Disis", "Reuters")]  # fmt: skip
    entities = [EntitySummary(1, ORG, "Reuters", (), 2, 2), EntitySummary(2, PERSON, "Chris Cillizza", (), 1, 1),
                EntitySummary(3, PERSON, "Jill Disis", (), 1, 1)]  # fmt: skip
    text = whos_who_markdown(reports, entities, {1: [1, 3], 2: [2], 3: [3]}, "en")
    assert [line for line in text.splitlines() if line.startswith("- ")] == [
        "- **Chris Cillizza** [^who-2]",
        "- **Reuters** [^who-1]",
    ]


def test_the_spelling_more_sources_give_is_shown_before_the_longer() -> None:
    """Found in review (revWW): no test told the sources' count from the name's length."""
    entities = [EntitySummary(1, PERSON, "Volodymyr Zelensky", (), 2, 2),
                EntitySummary(2, PERSON, "Volodymyr Zelenskyy", (), 1, 1)]  # fmt: skip
    assert _lines(entities, {1: [1, 2], 2: [2]}) == ["- **Volodymyr Zelensky** [^who-1][^who-2]"]


def test_a_line_folded_from_two_spellings_counts_both_reports_for_its_place() -> None:
    """"Tim" and "Timothy Morrison" one report each: two reports, listed before a name one gives."""
    entities = [EntitySummary(1, PERSON, "Gordon Sondland", (), 1, 4),
                EntitySummary(2, PERSON, "Tim Morrison", (), 1, 1),
                EntitySummary(3, PERSON, "Timothy Morrison", (), 1, 1)]  # fmt: skip
    assert _lines(entities, {1: [1], 2: [1], 3: [2]}) == [
        "- **Timothy Morrison** [^who-1][^who-2]",
        "- **Gordon Sondland** [^who-1]",
    ]


def test_a_bare_surname_whose_office_two_of_the_name_held_stays_its_own_line() -> None:
    """"President Castro" beside Fidel and Raúl Castro, both presidents: either of them."""
    entities = [EntitySummary(1, PERSON, "Fidel Castro", ("President",), 1, 3),
                EntitySummary(2, PERSON, "Raúl Castro", ("President",), 1, 2),
                EntitySummary(3, PERSON, "Castro", ("President",), 1, 1)]  # fmt: skip
    assert "- **Castro** — President [^who-1]" in _lines(entities, {1: [1], 2: [1], 3: [1]})


def test_a_bare_surname_joins_its_person_in_either_languages_list() -> None:
    """Found in review (revWW): a German report's bare "Selenskyj" joined the German list's
    "Wolodymyr Selenskyj" but stood alone beside the English list's "Volodymyr Zelenskiy"."""
    entities = [EntitySummary(1, PERSON, "Volodymyr Zelenskiy", ("President",), 2, 3),
                EntitySummary(2, PERSON, "Wolodymyr Selenskyj", ("Präsident",), 1, 1),
                EntitySummary(3, PERSON, "Selenskyj", (), 1, 2)]  # fmt: skip
    named_in = {1: [1, 2], 2: [2], 3: [2]}
    assert _lines(entities, named_in, "en") == ["- **Volodymyr Zelenskiy** — President [^who-1][^who-2]"]
    assert _lines(entities, named_in, "de") == ["- **Wolodymyr Selenskyj** — Präsident [^who-1][^who-2]"]


def test_a_bare_surname_whose_office_the_one_full_name_does_not_hold_stays_apart() -> None:
    """Found in review (revWW): "President Biden" in a report naming only "First Lady Jill
    Biden" was listed "Jill Biden — First Lady, President"."""
    entities = [EntitySummary(1, PERSON, "Jill Biden", ("First Lady",), 1, 3),
                EntitySummary(2, PERSON, "Biden", ("President",), 1, 2)]  # fmt: skip
    assert _lines(entities, {1: [1], 2: [1]}) == [
        "- **Jill Biden** — First Lady [^who-1]",
        "- **Biden** — President [^who-1]",
    ]
