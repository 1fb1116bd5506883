"""The benchmark suite's own parts: the library builder's promised shape and the summary table."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import library
from benchmarks.bench_search import bare_match
from benchmarks.report import END, START, render, replace_between_markers


def test_library_builder_makes_the_promised_shape(tmp_path: Path) -> None:
    folder = library.ensure_library(200, base=tmp_path, workers=1)

    assert folder == library.library_dir(200, tmp_path)
    assert not folder.with_name(folder.name + ".part").exists()
    shape = library.shape(library.db_path(folder))
    assert shape["sources"] == 200
    # ≈ 10 highlights on 10% of the sources, a note on 5%, tags on a quarter (a third with two).
    assert shape["highlighted_sources"] == 20
    assert 190 <= shape["highlights"] <= 200
    assert shape["notes"] == 10
    assert shape["tagged_sources"] == 50
    assert shape["taggings"] == 50 + 17
    assert shape["tags"] == len(library.TAGS)
    # Cached: asking again does not build again.
    stamp = library.db_path(folder).stat().st_mtime_ns
    assert library.ensure_library(200, base=tmp_path, workers=1) == folder
    assert library.db_path(folder).stat().st_mtime_ns == stamp


def test_built_library_is_searchable_through_the_real_index(tmp_path: Path) -> None:
    from reader.core import search
    from reader.core.store import Store

    folder = library.ensure_library(60, base=tmp_path, workers=1)
    with Store.open(library.db_path(folder)) as store:
        assert search.search(store, "in:note", limit=50)
        assert search.search(store, "tag:Japan", limit=50)
        assert any(r.where == "highlight" for r in search.search(store, "in:highlight", limit=50))


def test_bare_search_keeps_only_plain_words() -> None:
    assert bare_match('"seltene Erden" tag:Japan -China') == '"seltene" "Erden"'
    assert bare_match("Japan OR Korea") == '"Japan" "Korea"'
    assert bare_match("label:risk") is None


SAMPLE = {
    "import": {
        "machine": {"cpu": "Test CPU", "cores": 2, "python": "3.11.7", "sqlite": "3.40.1",
                    "platform": "Linux", "load_avg_1min": 0.5, "date": "2026-11-21T08:00:00+00:00"},
        "reader": "abc1234", "runs": 3, "large_runs": 1,
        "sizes": {"1000": {"ours": {"files_per_s": 1200.0, "peak_rss_mb": 70.0, "db_mb": 23.0},
                           "bare": {"files_per_s": 3000.0, "db_mb": 8.0}}},
    },
    "search": {"rounds": 5, "sizes": {"100000": {"ours": {"p50_ms": 15.0, "p95_ms": 41.0},
                                                 "bare": {"p50_ms": 2.0, "p95_ms": 8.0},
                                                 "ratio_p95": 5.1}}},
    "stall": {"files": 10000, "max_stall_ms_median": 35.0, "p99_stall_ms_median": 4.0, "runs": [{}]},
    "html_import": {"pages": 1000, "pages_per_second": 80.4, "seconds": [12.4, 12.5, 12.6]},
}  # fmt: skip


def test_report_renders_every_figure_by_size_with_verdicts() -> None:
    table = render(SAMPLE)
    rows = {line.split(" | ")[0].lstrip("| "): line for line in table.splitlines() if line.startswith("| ")}

    assert rows["figure"].count("sources") == 3
    assert "| 1,200 | — | — | ≥ 1,000 | met |" in rows["Import, whole process (files/s)"]
    assert "0.40" in rows["Import: ours / bare"] and "met" in rows["Import: ours / bare"]
    assert rows["Search p95 (ms)"].endswith("| ≤ 30 | **missed** at 100,000 |")
    assert "| 2.0 / 8.0 |" in rows["Bare FTS5 search p50 / p95 (ms)"]
    assert "5.1×" in rows["Search: ours / bare (p95, same queries)"]
    assert rows["Window start → interactive (s)"].endswith("| not measured |")
    assert "| — | 35 | — | ≤ 100 | met |" in rows["Longest event-loop stall while the window imports (ms)"]
    assert rows["Saved web pages of 100 KB imported on 2 cores (pages/s)"].endswith(
        "| 80 | — | — | ≥ 100 | **missed** at 1,000 |"
    )
    assert "Test CPU, 2 cores" in table and "abc1234" in table


def test_report_replaces_only_the_marked_part_of_the_readme() -> None:
    readme = f"# App\n\n## Performance\n\n{START}\nold table\n{END}\n\nProse stays.\n"
    updated = replace_between_markers(readme, "| new |\n")
    assert updated == f"# App\n\n## Performance\n\n{START}\n| new |\n{END}\n\nProse stays.\n"


def test_import_budget_accounts_for_every_process_of_an_import(tmp_path: Path) -> None:
    from benchmarks.corpus import write_corpus
    from benchmarks.import_budget import PHASES, measure

    write_corpus(tmp_path / "corpus", 60, 0)  # over PARALLEL_THRESHOLD: parsed by forked workers
    phases = measure(tmp_path / "corpus", 60)

    assert list(phases) == [" / ".join(phase) for phase in PHASES]
    assert all(seconds >= 0 for name, seconds in phases.items() if not name.endswith("between the phases)"))
    # The workers did the files' work; the importing process stored them and grouped them.
    assert phases["workers / the files' own work (_prepare_chunk)"] > phases["writer / storing (its main thread)"] > 0
    assert phases["start / word and name lists, before the fork"] > 0
    assert phases["start / the format readers, before the fork (load_formats)"] > 0
    assert phases["end / grouping stories"] > 0


def test_bench_import_says_what_share_of_the_cores_the_import_filled() -> None:
    """On a shared machine wall clock alone says little: 3 s of CPU in 6 s on two cores is an
    import that got a quarter of the machine."""
    import os

    from benchmarks.bench_import import summarise

    run = {"wall_s": 6.0, "cpu_s": 3.0 * (os.cpu_count() or 1) / 2, "import_s": 5.0, "files": 1000,
           "peak_rss_mb": 90.0, "worker_peak_rss_mb": 80.0, "db_mb": 25.0, "statuses": {}, "problems": []}  # fmt: skip
    assert summarise([run, run, run])["cores_share"] == 0.25


@pytest.mark.parametrize("command", [False, True], ids=["import_paths", "briefing import"])
def test_import_timeline_stamps_an_import_in_order(tmp_path: Path, command: bool) -> None:
    from benchmarks.bench_import import REPO
    from benchmarks.corpus import write_corpus
    from benchmarks.import_timeline import ROWS, measure

    write_corpus(tmp_path / "corpus", 60, 0)  # over PARALLEL_THRESHOLD: parsed by forked workers
    stamps = measure(REPO, tmp_path / "corpus", 60, command)

    order = ["started", "imported", "collect ends", "load_formats ends", "first parse", "write ends",
             "pool shut down", "group_new begins", "group_new ends", "link_similar begins",
             "link_similar ends", "closed", "exit"]  # fmt: skip
    assert [stamps[name] for name in order] == sorted(stamps[name] for name in order)
    assert stamps["chunks"] == 4  # 60 files in chunks of 16
    assert stamps["blocked handing back"] >= 0 and stamps["cpu workers"] > 0
    assert all(value(stamps) >= 0 for label, value in ROWS if "asleep" not in label)


def test_mypyc_trial_compiles_modules_that_exist() -> None:
    from benchmarks.bench_import import REPO
    from benchmarks.mypyc_trial import modules

    hot, every = modules("hot", REPO), modules("all", REPO)
    assert all((REPO / name).is_file() for name in every)
    assert set(hot) <= set(every)  # a renamed hot module would be missed, not compiled
    assert not any(Path(name).name.startswith("phrase_tables") for name in every)
