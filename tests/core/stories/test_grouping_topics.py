"""Reports on one topic that are not one event: alike in their words, apart in whom and what
they name (README, "Stories")."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.store import Store
from reader.core.stories import Profile, group, pair_scores
from reader.core.stories.grouping import names_enough
from tests.core.stories.story_files import import_named

DATA = Path(__file__).resolve().parents[2] / "data"
TOPICS = DATA / "stories_topics"


def _story_of(store: Store, ids: dict[str, int], name: str) -> int | None:
    return store.stories.story_of([ids[name]]).get(ids[name])


def test_a_comparison_of_services_and_one_services_launch_are_no_story(store: Store) -> None:
    # Written after the WSJ's comparison of game services and the Hollywood Reporter's Stadia
    # launch (gold_realpages.json): on the same day, both about streaming games to phones,
    # tablets and televisions with a subscription and a controller, with one name in common,
    # the new service's ("Skyplay"); the comparison names two other services, the launch report
    # the company, its chief, the town and the prices. Grouped by their words before.
    ids = import_named(store, *sorted((DATA / "stories").glob("*.txt")), *sorted(TOPICS.glob("*.txt")))
    assert _story_of(store, ids, "en_services_compared.txt") is None
    assert _story_of(store, ids, "en_skyplay_launch.txt") is None
    # The labelled set beside them groups as labelled.
    gold = json.loads((DATA / "stories" / "gold.json").read_text(encoding="utf-8"))
    set_stories = [[i for i in members if i in {ids[n] for n in ids if n[0].isdigit()}] for members in store.stories.stories().values()]
    assert pair_scores(set_stories, [[ids[n] for n in g] for g in gold.values()]) == (1.0, 1.0)


def test_a_report_that_names_no_one_is_still_judged_by_its_words(store: Store) -> None:
    # The ferry operator's notice names no one, only "Thursday" and "November"; a paper's
    # report of the same return to service names the towns, the operator, the captain and the
    # passengers' number. With nothing to compare names by, their words say it is one event.
    ids = import_named(store, TOPICS / "en_ferry_notice.txt", TOPICS / "en_ferry_report.txt")
    story = _story_of(store, ids, "en_ferry_notice.txt")
    assert story is not None and story == _story_of(store, ids, "en_ferry_report.txt")


def test_reports_in_two_languages_are_not_parted_for_their_names() -> None:
    # Across languages one name in common says less ("Kalifornien" is not "California"), so a
    # German and an English report of one launch that share their words and one name stay
    # one story; the same two in one language are one topic.
    words = "stadia googl streaming controller latenz".split()
    launch_de = Profile(1, 739_574, dict.fromkeys(words, 2.0), {"stadia": 4.0, "kalifornien": 2.5, "mountain": 2.0}, "de")
    launch_en = Profile(2, 739_574, dict.fromkeys(words, 2.0), {"stadia": 4.0, "california": 2.0, "view": 1.5}, "en")
    assert group([launch_de, launch_en]) == [[1, 2]]
    assert group([launch_de, Profile(2, 739_574, launch_en.terms, launch_en.names, "de")]) == []


def test_which_profiles_name_enough_to_be_compared_by_their_names() -> None:
    assert names_enough({"vantor": 4.0, "rotterdam": 2.7})
    assert not names_enough({"vantor": 4.0})
    # Days of the week and months are no names: every report of a day has them.
    assert not names_enough({"thursday": 1.8, "november": 1.5, "castlemoor": 4.0})
    assert names_enough({"thursday": 1.8, "november": 1.5, "castlemoor": 4.0, "212": 3.0})
    # German ones too: "im Mai" and "am Montag" name a date, not a second place beside Berlin.
    assert not names_enough({"mai": 1.6, "montag": 1.7, "berlin": 1.2})
    assert not names_enough({"maerz": 1.5, "sonnabend": 2.5, "berlin": 1.2})
