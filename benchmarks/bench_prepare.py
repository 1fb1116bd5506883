"""What a parsing worker spends on one article, step by step, in CPU µs.

    python -m benchmarks.bench_prepare [--count 500] [--rounds 7] [--seed 0] [--corpus-dir DIR]

`bench_import` says how fast a whole import is; this says where a worker's time goes, so a
change to one step can be judged on its own. The steps are those of
`reader.core.ingest.prepare.prepare_bytes`, run one at a time over the whole batch (each on
the previous step's results, computed beforehand), in rounds: every round runs every step
once, so a busy machine slows all steps alike, and each step's figure is its fastest round
(CPU time of this process, `time.process_time`). The search analysis caches are empty when
"index terms" first runs, as in a worker's first files: its "first round" is that cold cost
(the pickle step's first round also builds its input). Writes results/prepare.json and prints
the table.

The parser keeps per-line caches (a site's furniture lines recur from page to page). Rerunning
the same batch would find every line of every article cached and report half the real cost
(1.0 against 2.4 ms a parse, 2026-12-02), so they are emptied before every step: within a
round, lines that recur across the batch's pages still hit, as in a real import.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.cpu_steps import run_steps


def _steps(files: list[Path]) -> dict[str, Callable[[], object]]:
    """Each step of `prepare_bytes` as a loop over the batch, on precomputed inputs."""
    import reader.core.import_pool  # noqa: F401  (pickles handed-over files as the workers do)
    from reader.core.analysis import article_head, index_terms
    from reader.core.ingest.article import blocks_to_json
    from reader.core.ingest.decode import decode
    from reader.core.ingest.prepare import (
        body_fingerprint,
        fallback_title,
        format_of,
        prepare_bytes,
    )
    from reader.core.stories import make_profile
    from reader.core.text import normalise, text_hash

    named = [(f.name, f.read_bytes()) for f in files]
    parse = format_of("article.txt").parse  # the corpus is plain text
    assert parse is not None
    decoded = [decode(data).text for _name, data in named]
    texts = [normalise(text) for text in decoded]
    articles = [parse(text, name) for (name, _d), text in zip(named, texts, strict=True)]
    bodies = [article.body for article in articles]
    heads = [article_head(a.title or fallback_title(name), a.teaser) for (name, _d), a in zip(named, articles, strict=True)]
    prepared: list[object] = []  # built on first use: building it fills the analysis caches

    def pickled() -> object:
        if not prepared:
            prepared.extend(prepare_bytes(data, name).for_writer() for name, data in named)
        return [pickle.dumps(p, pickle.HIGHEST_PROTOCOL) for p in prepared]

    return {
        "read file": lambda: [f.read_bytes() for f in files],
        "decode": lambda: [decode(data) for _name, data in named],
        "normalise": lambda: [normalise(text) for text in decoded],
        "parse (ingest)": lambda: [parse(text, name) for (name, _d), text in zip(named, texts, strict=True)],
        "reading text": lambda: [article.body for article in articles],
        "blocks JSON": lambda: [blocks_to_json(article.blocks) for article in articles],
        "content hash": lambda: [hashlib.sha256(data).hexdigest() for _name, data in named],
        "body fingerprint": lambda: [body_fingerprint(body) for body in bodies],
        "text hash": lambda: [text_hash(body) for body in bodies],
        "index terms": lambda: [
            index_terms(head, body, article.lang) for head, body, article in zip(heads, bodies, articles, strict=True)
        ],
        "story profile": lambda: [
            make_profile(0, a.title or fallback_title(name), a.teaser, body, a.lang, a.published).to_json()
            for (name, _d), a, body in zip(named, articles, bodies, strict=True)
        ],
        "pickle for the writer": pickled,
        "prepare_bytes, whole": lambda: [prepare_bytes(data, name).for_writer() for name, data in named],
    }


def _forget_lines() -> None:
    """Empty the per-line and per-name caches of the app's modules (maxsize in the thousands);
    the loaders' caches (maxsize 1 or unbounded: word lists, gazetteers) stay filled."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("reader.core"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            maxsize = info().maxsize if callable(info) else None
            if maxsize is not None and maxsize >= 1024:
                value.cache_clear()


def run(files: list[Path], rounds: int) -> dict[str, dict[str, float]]:
    """µs per article of each step: fastest round, and the first round."""
    steps = _steps(files)
    timings: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(rounds):
        for name, step in steps.items():
            _forget_lines()
            started = time.process_time()
            step()
            timings[name].append((time.process_time() - started) / len(files) * 1e6)
    return {name: {"us": round(min(t), 1), "first_round_us": round(t[0], 1)} for name, t in timings.items()}


def main(argv: list[str] | None = None) -> int:
    return run_steps("prepare", "article", run, argv, (__doc__ or "").splitlines()[0], (500, "articles (a worker's share of 1,000)"), 7, not_summed=("prepare_bytes, whole",))


if __name__ == "__main__":
    sys.exit(main())
