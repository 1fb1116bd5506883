"""Import throughput of the real pipeline, side by side with the bare-SQLite limit.

    python -m benchmarks.bench_import [--sizes 1000,10000] [--runs 3] [--large-runs N] [--seed 0] [--corpus-dir DIR]

For each size, every run imports the generated corpus into a fresh temporary data dir in a new
process; files/s is the corpus size over the median whole-process wall clock (interpreter start
to exit). The bare run stores the same files as raw text plus an FTS5 index in one transaction,
so "ours / bare" says how much of the disk-and-SQLite floor the parsing and bookkeeping cost.
Writes results/import.json and results/import.md and prints the Markdown table.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.corpus import CORPUS_VERSION, TRUTH_FILE, write_corpus

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
KINDS = ("ours", "bare")
LARGE = 50_000  # from this size on, --large-runs applies: one 100,000-file run takes minutes
# Budgets on the 2-core reference machine: throughput, and the importing process's peak RSS
# (the writer, grouping and similar links after the last file; the workers are apart).
BUDGET_FILES_PER_S = 1_000.0
BUDGET_RSS_MB = 300.0
MISSED_BUDGET = 3  # exit code: measured to the end, but over budget (see benchmarks.run)


def ensure_corpus(base: Path, size: int, seed: int) -> Path:
    """The corpus for (size, seed), generated once and reused by later benchmark runs."""
    folder = base / f"v{CORPUS_VERSION}-seed{seed}-n{size}"
    if not (folder / TRUTH_FILE).exists() or len(list(folder.glob("*.txt"))) != size:
        print(f"generating {size} articles into {folder} …", file=sys.stderr)
        write_corpus(folder, size, seed)
    return folder


def measure(kind: str, corpus: Path) -> dict[str, Any]:
    """One import in a child process into a fresh data dir: wall clock from spawn to exit.

    Memory comes from wait4: the child's peak (with any children it reaped itself), and the
    peak of the orphans adopted afterwards, such as a forkserver and its parsing workers.
    """
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as data_dir:
        env = {**installed_env(), "READER_HOME": data_dir}  # never touch the user's library
        command = [sys.executable, "-m", "benchmarks.import_run", kind, str(corpus), data_dir]
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            started = time.perf_counter()
            child = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err, text=True)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - started
            child.returncode = os.waitstatus_to_exitcode(status)
            orphans_kb, orphans_cpu = _reap_orphans()
            out.seek(0), err.seek(0)
            if child.returncode != 0:
                raise RuntimeError(f"{kind} import failed:\n{err.read()}")
            outcome = json.loads(out.read())
    own_peak = outcome.pop("vm_hwm_mb", None)
    children_peak = outcome.pop("children_peak_mb", 0.0)
    return {
        "wall_s": wall,
        # CPU seconds of every process of the run (the import, its forkserver and workers):
        # what a busy machine inflates far less than wall clock.
        "cpu_s": usage.ru_utime + usage.ru_stime + orphans_cpu,
        # The child's own VmHWM where Linux gives it: ru_maxrss includes the parent's peak.
        "peak_rss_mb": own_peak if own_peak is not None else usage.ru_maxrss / 1024,  # KiB
        "ru_maxrss_mb": usage.ru_maxrss / 1024,
        "worker_peak_rss_mb": max(orphans_kb / 1024, children_peak),
        **outcome,
    }


# Where the measured runs keep the app's compiled modules: outside the checkout, shared by runs.
PYCACHE = Path(tempfile.gettempdir()) / "briefing-bench-pycache"


def installed_env() -> dict[str, str]:
    """This environment as an installed app runs: with the modules' bytecode cached.

    The packaged app carries compiled modules (PyInstaller bundles them; pip compiles on
    install), so no start of it compiles the sources. A shell with PYTHONDONTWRITEBYTECODE set
    (as the development sessions' is) made every measured import compile some 200 of the app's
    modules first, 0.9 G instructions on one core before the workers start; the bytecode goes
    to PYCACHE instead of the checkout, and `warm_bytecode` fills it before the first run.
    """
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_bytecode() -> None:
    """Compile the app's modules into PYCACHE, and keep the format readers' regexes and the
    first-name list beside them (`reader.core.ingest.run_cache`), so the first measured run
    does not pay for either."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "reader")],
                   cwd=REPO, env=installed_env(), check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    subprocess.run([sys.executable, "-c", "import reader.core.ingest as i; i.load_formats(); i.load_name_lists()"],
                   cwd=REPO, env=installed_env(), check=True)  # fmt: skip


PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Adopt the child's orphans (Linux), so their memory can be read when they exit.

    The importer parses in a forkserver pool; the forkserver outlives the import process by a
    moment and is never reaped by it, so getrusage(RUSAGE_CHILDREN) there would not see it.
    """
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reap_orphans() -> tuple[int, float]:
    """Wait for adopted orphans to exit; the largest peak RSS among them, in KiB, and the CPU
    seconds they (and the children they reaped, such as parsing workers) used."""
    peak, cpu = 0, 0.0
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return peak, cpu
        peak = max(peak, usage.ru_maxrss)
        cpu += usage.ru_utime + usage.ru_stime


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    wall = statistics.median(r["wall_s"] for r in runs)
    work = statistics.median(r["import_s"] for r in runs)
    files = runs[0]["files"]
    peak = max(r["peak_rss_mb"] for r in runs)
    return {
        "within_budget": files / wall >= BUDGET_FILES_PER_S and peak <= BUDGET_RSS_MB,
        "files_per_s": files / wall,
        "median_wall_s": wall,
        "import_only_files_per_s": files / work,
        "median_import_s": work,
        "cpu_ms_per_file": statistics.median(r["cpu_s"] for r in runs) / files * 1000,
        # How much of the machine's cores' time the import filled: on a shared machine, how
        # much of the wall clock is the import's own (a busy machine gives it a small share).
        "cores_share": statistics.median(r["cpu_s"] / ((os.cpu_count() or 1) * r["wall_s"]) for r in runs),
        "peak_rss_mb": peak,
        "worker_peak_rss_mb": max(r["worker_peak_rss_mb"] for r in runs),
        "db_mb": statistics.median(r["db_mb"] for r in runs),
        "statuses": runs[-1]["statuses"],
        "problems": runs[-1]["problems"],
        "runs": runs,
    }


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "temp_dir": tempfile.gettempdir(),
        "load_avg_1min": os.getloadavg()[0],
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def reader_revision() -> str:
    """The commit measured, marked "+dirty" when reader/ had uncommitted changes."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True)
        return done.stdout.strip()

    return (git("rev-parse", "--short", "HEAD") or "unknown") + (
        "+dirty" if git("status", "--porcelain", "--", "reader") else ""
    )


def markdown(report: dict[str, Any]) -> str:
    rows = [
        "| Articles | Briefing Reader | Bare SQLite + FTS5 | Ours / bare | Import call only "
        "| Peak RSS (main / largest worker) | Library size | Bare DB size | CPU per file, all processes |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, result in report["sizes"].items():
        ours, bare = result.get("ours"), result["bare"]
        bare_cell = f"{bare['files_per_s']:,.0f} files/s ({bare['median_wall_s']:.2f} s)"
        if ours is None:
            rows.append(f"| {int(size):,} | n/a | {bare_cell} | n/a | n/a | n/a | n/a "
                        f"| {bare['db_mb']:.1f} MB | n/a |")
            continue
        rows.append(
            f"| {int(size):,} | {ours['files_per_s']:,.0f} files/s ({ours['median_wall_s']:.2f} s) "
            f"| {bare_cell} | {ours['files_per_s'] / bare['files_per_s']:.2f} "
            f"| {ours['import_only_files_per_s']:,.0f} files/s "
            f"| {ours['peak_rss_mb']:.0f} / {ours['worker_peak_rss_mb']:.0f} MB "
            f"| {ours['db_mb']:.1f} MB | {bare['db_mb']:.1f} MB "
            f"| {ours['cpu_ms_per_file']:.2f} / {bare['cpu_ms_per_file']:.2f} ms "
            f"({ours['cores_share']:.0%} of the cores' time) |"
        )
    m, c = report["machine"], report["corpus"]
    rows += [
        "",
        f"Median of {report['runs']} runs (at {LARGE:,} files and more: {report.get('large_runs', report['runs'])}), each a new process importing into a fresh data dir; "
        f"files/s over whole-process wall clock (start-up included), \"import call only\" over "
        f"`Store.open` + `import_paths` + close; CPU per file: user + system time of all of a run's "
        f"processes (ours / bare), and the share of all cores' time the import filled. Corpus: generated German/English pages, seed {c['seed']}, "
        f"mean {c['mean_kb']:.1f} KB. {m['cpu']}, {m['cores']} cores, Python {m['python']}, "
        f"SQLite {m['sqlite']}, {m['platform']}, load average {m['load_avg_1min']:.1f} at start; "
        f"reader at {report['reader']}, {m['date'][:10]}.",
    ]
    return "\n".join(rows) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_import",
                                     description="Measure import throughput against bare SQLite.")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large-runs", type=int, default=None,
                        help=f"runs at {LARGE:,} files and more (default: --runs)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "briefing-bench-corpus",
                        help="where generated corpora are cached (one folder per size and seed)")
    args = parser.parse_args(argv)

    subreaper = become_subreaper()
    kinds = KINDS if importlib.util.find_spec("reader.core.importer") else ("bare",)
    if kinds == ("bare",):
        print("reader.core.importer not found: measuring bare SQLite only", file=sys.stderr)
    else:
        warm_bytecode()
    report: dict[str, Any] = {"machine": machine_info(), "reader": reader_revision(),
                              "runs": args.runs, "large_runs": args.large_runs or args.runs,
                              "worker_memory_measured": subreaper, "sizes": {}}
    sizes_kb: list[float] = []
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = ensure_corpus(args.corpus_dir, size, args.seed)
        sizes_kb += [p.stat().st_size / 1024 for p in corpus.glob("*.txt")]
        runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
        runs_here = (args.large_runs or args.runs) if size >= LARGE else args.runs
        for run in range(runs_here):
            for kind in kinds:  # interleaved, so drift in the machine hits both alike
                runs[kind].append(measure(kind, corpus))
                print(f"{size} articles, run {run + 1}, {kind}: {runs[kind][-1]['wall_s']:.2f} s, "
                      f"CPU {runs[kind][-1]['cpu_s']:.2f} s, load average {os.getloadavg()[0]:.1f}",
                      file=sys.stderr)
        report["sizes"][str(size)] = {kind: summarise(r) for kind, r in runs.items()}
    report["machine"]["load_avg_1min_end"] = os.getloadavg()[0]
    report["corpus"] = {"seed": args.seed, "version": CORPUS_VERSION,
                        "mean_kb": statistics.fmean(sizes_kb)}

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "import.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    table = markdown(report)
    (RESULTS / "import.md").write_text(table, encoding="utf-8")
    print(table)
    ours = [r["ours"] for r in report["sizes"].values() if "ours" in r]
    for size, result in report["sizes"].items():
        if "ours" in result:
            o = result["ours"]
            print(f"{int(size):,} files: {o['files_per_s']:,.0f} files/s (≥ {BUDGET_FILES_PER_S:,.0f}), "
                  f"writer peak {o['peak_rss_mb']:.0f} MB (≤ {BUDGET_RSS_MB:.0f}): "
                  f"{'met' if o['within_budget'] else 'MISSED'}")
    return 0 if all(o["within_budget"] for o in ours) else MISSED_BUDGET


if __name__ == "__main__":
    sys.exit(main())
