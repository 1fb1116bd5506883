"""List the dev pages whose gold title, byline, date or outlet the copied text prints and the
importer misses, field by field: what a rule on the copied text can still reach.

    python3 ../shared/devsets/score.py en-news --save-preds /tmp/en.jsonl   (and de-web)
    .venv/bin/python tools/metadata_reach.py en-news /tmp/en.jsonl [--devsets ../shared/devsets]
        [--field title|byline|date|site]

A gold value counts as printed when, after the scorer's normalisation (NFC, typographic quotes
made plain, whitespace runs one space, casefolded), it stands in the `.txt`: a title as a line
that matches it (en-news: the scorer's fuzzy ratio ≥ 0.9) or inside one, a byline's every name
word (de-web) or the byline whole (en-news, without "By"), an outlet as a word, a date as its
day in the numeric, English and German forms pages print ("19.11.2019", also glued to its
time as in "19.11.201916:00", "Nov. 19, 2019",
"19. November 2019", "2019-11-19", "11/19/2019", Korean and Japanese year-month-day). Dates in
other languages' month names are not looked for, so the importer hits dates this does not
count as printed. Hits and misses, the fuzzy title ratio and the byline's name words are the
scorer's own matchers (`score.py`), loaded from the dev sets' folder: the project itself never
reads it. The month names are the importer's own list (`date_lines.MONTHS`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

from reader.core.ingest.date_lines import MONTHS

# A line whose length is this far off the title's cannot reach the scorer's fuzzy ratio (0.9).
_TITLE_LENGTH_SLACK = 0.3


def load_scorer(devsets: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("devset_score", devsets / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {devsets / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def date_printed(day: str | None, text: str) -> bool:
    """Whether the ISO `day` ("2019-11-19") is printed in `text` (already normalised)."""
    if not day:
        return False
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    if not 1 <= m <= 12:
        return False
    patterns = [
        rf"\b0?{d}\.\s?0?{m}\.\s?({y}|{y % 100:02d})\b", rf"\b0?{d}\.0?{m}\.{y}", rf"\b{y}-{m:02d}-{d:02d}",
        rf"\b0?{m}/0?{d}/({y}|{y % 100:02d})\b", rf"\b0?{d}/0?{m}/{y}\b", rf"\b{y}/{m:02d}/{d:02d}\b",
        rf"{y}\s*년\s*0?{m}\s*월\s*0?{d}\s*일", rf"{y}\s*年\s*0?{m}\s*月\s*0?{d}\s*日",
    ]  # fmt: skip
    month = "|".join(sorted((name for name, n in MONTHS.items() if n == m), key=len, reverse=True))
    patterns.append(rf"\b(?:{month})\b\.?\s+0?{d}(st|nd|rd|th)?,?\s+{y}")
    patterns.append(rf"\b0?{d}(st|nd|rd|th)?\.?\s+(of\s+)?(?:{month})\b\.?,?\s+{y}")
    return any(re.search(p, text) for p in patterns)


def title_printed(score: ModuleType, gold: str, lines: list[str], fuzzy: bool) -> bool:
    wanted = score.snorm(gold).casefold()
    if not wanted:
        return False
    for line in lines:
        if wanted in line:
            return True
        close = abs(len(line) - len(wanted)) < _TITLE_LENGTH_SLACK * len(wanted)
        if fuzzy and close and score.title_fuzzy(line, wanted):
            return True
    return False


def checks(
    score: ModuleType, dataset: str, gold: dict, pred: dict, text: str
) -> list[tuple[str, str | None, bool | None, bool, object]]:
    """(field, gold value, hit or None without gold, printed, prediction) per field."""
    folded = score.snorm(text).casefold()
    lines = [score.snorm(line).casefold() for line in text.splitlines()]
    if dataset == "en-news":
        rows = []
        for field, key, match in (("title", "title", score.title_fuzzy), ("byline", "byline", score.byline_match),
                                  ("date", "published", score.date_match), ("site", "site_name", score.site_match)):  # fmt: skip
            value = gold.get(key)
            hit = bool(match(pred.get(key), value)) if value else None
            if field == "title":
                printed = bool(value) and title_printed(score, value, lines, fuzzy=True)
            elif field == "byline":
                printed = bool(value) and score.norm_byline(value) in score.norm_byline(text)
            elif field == "date":
                printed = date_printed(score.iso_day(value), folded)
            else:
                word = re.escape(score.snorm(value or "").casefold())
                printed = bool(value) and re.search(rf"(?<!\w){word}(?!\w)", folded) is not None
            rows.append((field, value, hit, printed, pred.get(key)))
        return rows
    ref = score.de_ref_meta(gold)
    row = score.de_page(pred, {**gold, "_with": [], "_without": []})
    return [
        ("title", ref["title"], row["title"], title_printed(score, ref["title"] or "", lines, fuzzy=False), pred.get("title")),
        ("byline", ref["byline"], row["byline"], bool(ref["byline"]) and score.de_byline_ok(text, ref["byline"]), pred.get("byline")),
        ("date", ref["published"], row["published"], date_printed(ref["published"], folded), pred.get("published")),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", choices=("en-news", "de-web"))
    parser.add_argument("preds", type=Path, help="score.py --save-preds output")
    parser.add_argument("--devsets", type=Path, default=Path("../shared/devsets"))
    parser.add_argument("--field", choices=("title", "byline", "date", "site"))
    args = parser.parse_args()
    score = load_scorer(args.devsets)
    with args.preds.open(encoding="utf-8") as lines:
        preds = {p["name"]: p for p in map(json.loads, lines)}
    folder = args.devsets / args.dataset
    misses: dict[str, list[str]] = {}
    counts: dict[str, list[int]] = {}
    for gold_file in sorted(folder.glob("*.gold.json")):
        name = gold_file.name.removesuffix(".gold.json")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (folder / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
        for field, value, hit, printed, predicted in checks(score, args.dataset, gold, preds.get(name, {}), text):
            if hit is None or (args.field and field != args.field):
                continue
            count = counts.setdefault(field, [0, 0, 0])  # with gold, printed, printed and hit
            count[0] += 1
            count[1] += printed
            count[2] += printed and hit
            if printed and not hit:
                misses.setdefault(field, []).append(f"  {name[:40]:40} gold={value!r:.80}  got={predicted!r:.80}")
    for field, (with_gold, printed, hit) in counts.items():
        print(f"{field}: gold on {with_gold} pages, printed on {printed}, hit {hit}, missed {printed - hit}")
        print("\n".join(misses.get(field, [])))


if __name__ == "__main__":
    main()
