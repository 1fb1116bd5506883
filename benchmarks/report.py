"""One table of every benchmark figure by library size, against the issue's targets.

    python -m benchmarks.report [--results DIR] [--no-readme]

Reads the JSON the benchmarks wrote (import, search, window, article, stall, html_import) and writes
results/summary.md; the same table replaces what stands between the `<!-- bench:start -->` and
`<!-- bench:end -->` markers in README.md. A figure whose benchmark has not run shows "—".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
README = ROOT / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SIZES = ("1000", "10000", "100000")
KINDS = ("import", "search", "window", "article", "stall", "html_import")
# Benchmarks of one size each, given by a count in their JSON rather than by "sizes".
ONE_SIZE = {"stall": "files", "html_import": "pages"}

Results = dict[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Figure:
    """One row: how to read it for a size, how to show it, and its target (if any)."""

    name: str
    value: Callable[[Results, str], float | None]
    show: Callable[[float], str]
    target: str = "—"
    meets: Callable[[float], bool] | None = None


def _at(results: Results, kind: str, size: str, *keys: str) -> Any:
    node: Any = results.get(kind, {}).get("sizes", {}).get(size)
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def _one_size(kind: str, key: str) -> Callable[[Results, str], float | None]:
    def value(results: Results, size: str) -> float | None:
        found = results.get(kind)
        return found.get(key) if found and str(found.get(ONE_SIZE[kind])) == size else None

    return value


FIGURES = (
    Figure("Import, whole process (files/s)",
           lambda r, s: _at(r, "import", s, "ours", "files_per_s"), lambda v: f"{v:,.0f}",
           "≥ 1,000", lambda v: v >= 1000),
    Figure("Bare SQLite + FTS5 import, no parsing (files/s)",
           lambda r, s: _at(r, "import", s, "bare", "files_per_s"), lambda v: f"{v:,.0f}"),
    Figure("Import: ours / bare",
           lambda r, s: _ratio(_at(r, "import", s, "ours", "files_per_s"),
                               _at(r, "import", s, "bare", "files_per_s")),
           lambda v: f"{v:.2f}", "≥ 0.33 (within 3×)", lambda v: v >= 1 / 3),
    Figure("Import peak RSS, writer (MB)",
           lambda r, s: _at(r, "import", s, "ours", "peak_rss_mb"), lambda v: f"{v:.0f}",
           "≤ 300", lambda v: v <= 300),
    Figure("Library on disk after import (MB)",
           lambda r, s: _at(r, "import", s, "ours", "db_mb"), lambda v: f"{v:,.0f}"),
    Figure("Bare table + FTS5 on disk (MB)",
           lambda r, s: _at(r, "import", s, "bare", "db_mb"), lambda v: f"{v:,.0f}"),
    Figure("Search p50 (ms)", lambda r, s: _at(r, "search", s, "ours", "p50_ms"),
           lambda v: f"{v:.1f}"),
    Figure("Search p95 (ms)", lambda r, s: _at(r, "search", s, "ours", "p95_ms"),
           lambda v: f"{v:.1f}", "≤ 30", lambda v: v <= 30),
    Figure("Bare FTS5 search p50 / p95 (ms)", lambda r, s: _at(r, "search", s, "bare", "p95_ms"),
           lambda v: f"{v:.1f}"),
    Figure("Search: ours / bare (p95, same queries)", lambda r, s: _at(r, "search", s, "ratio_p95"),
           lambda v: f"{v:.1f}×"),
    Figure("Window start → interactive (s)",
           lambda r, s: _at(r, "window", s, "interactive_s_median"), lambda v: f"{v:.2f}",
           "≤ 1.5", lambda v: v <= 1.5),
    Figure("Window peak RSS (MB)", lambda r, s: _at(r, "window", s, "peak_rss_mb_median"),
           lambda v: f"{v:.0f}", "≤ 300", lambda v: v <= 300),
    Figure("Open an article with 200 highlights (ms)",
           lambda r, s: _at(r, "article", s, "median_ms"), lambda v: f"{v:.1f}",
           "≤ 50", lambda v: v <= 50),
    Figure("Benchmark library on disk, with highlights, notes, tags (MB)",
           lambda r, s: _at(r, "window", s, "library_mb"), lambda v: f"{v:,.0f}"),
    Figure("Longest event-loop stall while the window imports (ms)",
           _one_size("stall", "max_stall_ms_median"), lambda v: f"{v:.0f}", "≤ 100", lambda v: v <= 100),
    Figure("99th percentile stall while the window imports (ms)",
           _one_size("stall", "p99_stall_ms_median"), lambda v: f"{v:.0f}"),
    Figure("Saved web pages of 100 KB imported on 2 cores (pages/s)",
           _one_size("html_import", "pages_per_second"), lambda v: f"{v:,.0f}",
           "≥ 100", lambda v: v >= 100),
)  # fmt: skip


def _cell(figure: Figure, results: Results, size: str) -> str:
    if figure.name.startswith("Bare FTS5 search"):
        p50, p95 = _at(results, "search", size, "bare", "p50_ms"), _at(results, "search", size, "bare", "p95_ms")
        return f"{p50:.1f} / {p95:.1f}" if p50 is not None and p95 is not None else "—"
    value = figure.value(results, size)
    return "—" if value is None else figure.show(value)


def _verdict(figure: Figure, results: Results, sizes: Sequence[str]) -> str:
    if figure.meets is None:
        return ""
    values = {s: figure.value(results, s) for s in sizes}
    measured = {s: v for s, v in values.items() if v is not None}
    if not measured:
        return "not measured"
    missed = [f"{int(s):,}" for s, v in measured.items() if not figure.meets(v)]
    return f"**missed** at {', '.join(missed)}" if missed else "met"


def render(results: Results, sizes: Sequence[str] = SIZES) -> str:
    """The Markdown table, with a line on the machine and how the figures were taken."""
    lines = [
        "| figure | " + " | ".join(f"{int(s):,} sources" for s in sizes) + " | target | |",
        "|---|" + "---:|" * len(sizes) + "---|---|",
    ]
    for figure in FIGURES:
        cells = " | ".join(_cell(figure, results, s) for s in sizes)
        lines.append(f"| {figure.name} | {cells} | {figure.target} | {_verdict(figure, results, sizes)} |")
    return "\n".join(lines) + "\n\n" + _footer(results) + "\n"


def _footer(results: Results) -> str:
    machine = next((r["machine"] for r in results.values() if isinstance(r.get("machine"), dict)), None)
    parts = []
    if machine:
        parts.append(f"Measured on {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
                     f"SQLite {machine['sqlite']}, {machine['platform']}, {machine['date'][:10]}")  # fmt: skip
    loads = [r["machine"]["load_avg_1min"] for r in results.values() if isinstance(r.get("machine"), dict)]
    if loads:
        parts.append(f"load average {min(loads):.1f}–{max(loads):.1f} at the start of each benchmark")
    revisions = sorted({r["reader"] for r in results.values() if r.get("reader")})
    if revisions:
        parts.append(f"reader at {', '.join(revisions)}")
    runs = []
    if "import" in results:
        imp = results["import"]
        large = imp.get("large_runs")
        runs.append(f"import median of {imp['runs']} runs"
                    + (f" ({large} at 100,000)" if large and large != imp["runs"] else ""))
    if "search" in results:
        runs.append(f"search {results['search']['rounds']} runs of each of 30 queries")
    if "window" in results:
        runs.append(f"window median of {results['window']['runs']} starts")
    if "article" in results:
        first = next(iter(results["article"]["sizes"].values()), None)
        if first:
            runs.append(f"article median of {first['runs']} opens")
    if "stall" in results:
        runs.append(f"stall median of {len(results['stall']['runs'])} imports")
    if "html_import" in results:
        runs.append(f"web pages median of {len(results['html_import']['seconds'])} imports")
    return "; ".join(parts) + ". " + "; ".join(runs).capitalize() + "."


def load(folder: Path) -> Results:
    results: Results = {}
    for kind in KINDS:
        path = folder / f"{kind}.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            if kind in ONE_SIZE or "sizes" in data:  # results of the old one-size format are skipped
                results[kind] = data
    return results


def replace_between_markers(text: str, table: str) -> str:
    start, end = text.index(START), text.index(END)
    return text[: start + len(START)] + "\n" + table + text[end:]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--no-readme", action="store_true", help="only write results/summary.md")
    args = parser.parse_args(argv)
    table = render(load(args.results))
    (args.results / "summary.md").write_text(table, encoding="utf-8")
    if not args.no_readme and START in README.read_text(encoding="utf-8"):
        README.write_text(replace_between_markers(README.read_text(encoding="utf-8"), table), encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
