"""Same-event grouping on real imports: the seeds, the labelled set, incremental imports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from reader.core.store import Store
from reader.core.stories import LINK, Profile, group, group_new, pair_scores, regroup
from tests.core.stories.story_files import import_named

DATA = Path(__file__).resolve().parents[2] / "data" / "stories"


def _groups(store: Store) -> list[list[int]]:
    return sorted(sorted(ids) for ids in store.stories.stories().values())


def _gold(ids: dict[str, int]) -> list[list[int]]:
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    return [[ids[name] for name in names] for names in gold.values()]


def test_the_seeds_tokyo_reports_form_one_story_on_import(store: Store, seeds_dir: Path) -> None:
    ids = import_named(store, seeds_dir)
    tokyo = {ids[n] for n in ids if n[:3] in ("000", "001", "004")}
    assert _groups(store) == [sorted(tokyo)]
    story_of = store.stories.story_of()
    assert {i for i in ids.values() if i in story_of} == tokyo  # 002 (2024), 003 (2022) alone


def test_labelled_set_pair_precision_and_recall_reach_the_target(store: Store) -> None:
    ids = import_named(store, DATA)
    assert len(ids) >= 60
    gold = _gold(ids)
    assert sum(len(g) >= 2 for g in gold) >= 15
    precision, recall = pair_scores(_groups(store), gold)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall, LINK)


def test_importing_in_two_parts_groups_as_one_import_does(tmp_path: Path, store: Store) -> None:
    files = sorted(DATA.glob("*.txt"))
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, part in ((first, files[::2]), (second, files[1::2])):
        folder.mkdir()
        for f in part:
            shutil.copy(f, folder)
    ids = import_named(store, first) | import_named(store, second)
    incremental = _groups(store)
    store.db.execute("DELETE FROM story_members")
    regroup(store)
    assert _groups(store) == incremental
    assert pair_scores(incremental, _gold(ids)) >= (0.9, 0.9)


def test_regrouping_keeps_story_ids(store: Store, seeds_dir: Path) -> None:
    import_named(store, seeds_dir)
    before = store.stories.stories()
    regroup(store)
    assert store.stories.stories() == before
    assert group_new(store, []) == type(group_new(store, []))()


def test_pair_scores_counts_pairs() -> None:
    # found {1,2,3} and {4,5}; truth {1,2} and {3,4,5}: pairs found 12 13 23 45, true 12 34 35 45
    assert pair_scores([[1, 2, 3], [4, 5]], [[1, 2], [3, 4, 5]]) == (0.5, 0.5)
    assert pair_scores([], [[1, 2]]) == (1.0, 0.0)


def _profile(source_id: int, day: int | None, words: str) -> Profile:
    return Profile(source_id, day, dict.fromkeys(words.split(), 2.0), {})


def test_an_undated_source_joins_only_an_unambiguous_match() -> None:
    summit = "gipfel tokio takaichi trump erden abkommen lieferketten flugzeugtraeger"
    other = "ezb zinsen lagarde einlagensatz inflation frankfurt prognose sitzung"
    background = [
        _profile(100 + i, 700_000 + 30 * i, f"thema{i} wort{i} sache{i}") for i in range(20)
    ]
    dated = [_profile(1, 739_552, summit), _profile(2, 739_552, summit + " apec"),
             _profile(3, 739_000, other), _profile(4, 739_001, other + " euro")]  # fmt: skip
    undated = _profile(5, None, summit + " kirschbaeume")
    assert group([*dated, undated, *background]) == [[1, 2, 5], [3, 4]]
    # Equally close to two stories (two reports of one summit a week apart): left alone.
    twin = [_profile(6, 739_560, summit), _profile(7, 739_560, summit + " apec")]
    assert group([*dated, *twin, undated, *background]) == [[1, 2], [3, 4], [6, 7]]


def test_one_shared_figure_does_not_make_same_day_reports_one_story() -> None:
    # A garden blog and a battery test, both of the same day, both naming "40" (degrees,
    # kilometres): the only name each has in common is chance.
    background = [
        _profile(100 + i, 700_000 + 30 * i, f"thema{i} wort{i} sache{i}") for i in range(20)
    ]
    garden = Profile(
        1,
        739_552,
        dict.fromkeys("tomato water mulch soil ripen split".split(), 2.0),
        {"40": 3.0, "july": 1.5},
    )
    battery = Profile(
        2,
        739_552,
        dict.fromkeys("sodium lithium cell winter range heater".split(), 2.0),
        {"40": 3.0, "250": 3.0, "china": 1.5},
    )
    assert group([garden, battery, *background]) == []
    # Two names in common, the same day: that is evidence (the same summit, say).
    summit_a = Profile(
        3, 739_552, dict.fromkeys("gipfel treffen".split(), 2.0), {"takaichi": 3.0, "tokio": 2.0}
    )
    summit_b = Profile(
        4,
        739_552,
        dict.fromkeys("summit meeting".split(), 2.0),
        {"takaichi": 3.0, "tokio": 2.0, "trump": 1.5},
    )
    assert group([summit_a, summit_b, *background]) == [[3, 4]]


def test_everyday_names_do_not_earn_the_same_day_bonus() -> None:
    # A storm report and a flood report of the same Tuesday share "National Weather Service",
    # "Tuesday" and "Wednesday" and some weather words: the same news day, not one event.
    background = [
        _profile(100 + i, 700_000 + 30 * i, f"thema{i} wort{i} sache{i}") for i in range(20)
    ]
    weather = {"national": 1.3, "service": 1.3, "weather": 1.7, "tuesday": 1.5, "wednesday": 1.5}
    storm = Profile(
        1, 739_552, dict.fromkeys("storm wind gust power outage tornado rain".split(), 2.0),
        weather | {f"storm{i}": 3.0 for i in range(10)},
    )  # fmt: skip
    flood = Profile(
        2, 739_552, dict.fromkeys("flood river rain shelter sandbag crest evacuate".split(), 2.0),
        weather | {"louisville": 2.8} | {f"flood{i}": 3.0 for i in range(10)},
    )  # fmt: skip
    assert group([storm, flood, *background]) == []
    # The same two, a rare name in common (the same town): one is chance on a news day.
    storm.names["louisville"] = 2.8
    assert group([storm, flood, *background]) == []
    # Two rare names in common (the town and its river): the day counts again.
    storm.names["ohio"] = flood.names["ohio"] = 2.4
    assert group([storm, flood, *background]) == [[1, 2]]


def test_a_german_report_joins_a_story_told_mostly_in_english(store: Store, seeds_dir: Path) -> None:
    # The labelled set's two English reports of the Tokyo meeting and the three German seeds:
    # seed 000 shares only "Japan" with the English ones (no names to compare across
    # languages), so it is measured against the German member, not pushed out by the English.
    ids = import_named(store, DATA)
    seeds = {name[:3]: i for name, i in import_named(store, seeds_dir).items()}
    tokyo = {ids["015_trump-tokyo.txt"], ids["016_trump-tokyo.txt"], *(seeds[k] for k in ("000", "001", "004"))}
    assert tokyo in [set(g) for g in _groups(store)]
    assert store.stories.story_of([seeds["002"], seeds["003"]]) == {}


MIXED = DATA.parent  # tests/data: the gold file's paths are relative to it
WSJ_SERVICES = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
STADIA_LAUNCH = "8267acacb9e4a109b1f7ee7bafe735b73e9c94180b703b131f9e90c9be044f39"


def test_a_mixed_library_groups_as_labelled(store: Store, seeds_dir: Path) -> None:
    """The labelled set, the seeds, the test pages and the dev-set sample in one library: pages
    of other events on the same day, the Tokyo meeting reported in three folders."""
    gold = json.loads((DATA / "gold_mixed.json").read_text(encoding="utf-8"))["events"]
    ids: dict[str, int] = {}
    for folder in (DATA, seeds_dir, MIXED / "pages", MIXED / "devsample" / "en-news", MIXED / "devsample" / "de-web"):
        prefix = "../seeds" if folder == seeds_dir else folder.relative_to(MIXED).as_posix()
        ids |= {f"{prefix}/{name}": i for name, i in import_named(store, *sorted(folder.glob("*.txt"))).items()}
    assert len(ids) == 148
    groups = _groups(store)
    precision, recall = pair_scores(groups, [[ids[n] for n in names] for names in gold.values()])
    # Measured 1.00 / 0.87 (README, "Stories"); before two reports that each name people,
    # places or figures had to share two of them, 0.99; before the bonus asked for two rare
    # names, 0.97, and before it asked for one, 0.95. Each figure on its own, not worse.
    assert round(precision, 2) >= 1.0 and round(recall, 2) >= 0.87, (precision, recall)
    story_of = store.stories.story_of()
    # The WSJ's comparison of game services shares words and one name ("Stadia") with the
    # Stadia launch report of its day.
    wsj, stadia = (ids[f"devsample/en-news/{h}.txt"] for h in (WSJ_SERVICES, STADIA_LAUNCH))
    assert story_of.get(wsj) is None or story_of.get(wsj) != story_of.get(stadia)
    for a, b in (("storm_photos", "wire_local"), ("bills", "ft_chips")):
        assert story_of.get(ids[f"pages/en_news_{a}.txt"]) is None, a
        assert story_of.get(ids[f"pages/en_news_{b}.txt"]) is None, b
