"""Draw a batch of real dev-set pages, not used before, for blind entity annotation.

Each session holds out a fresh batch (see tests/data/entities/README.md). This draws it the same
way every time: pages of the development sets in `../shared/devsets/` (or `--devsets`) whose text
shares at most 30 % of its five-word shingles with any text already in the gold (the dev sets hold
some pages twice, under other file names), of `--min-words`..`--max-words` words, picked with a
fixed seed, in the language of their set (the entity index reads German and English). It writes each page's text as `real_<lang>_<word>.txt` into `--out` with a stub
`.gold.json` naming its source — the annotator fills in the gold by reading the text, without
ever running the entity extraction on it. English texts are the en-news gold's article body,
German ones the importer's reading text of the de-web page (as `briefing inspect` gives it).

    .venv/bin/python tools/draw_entity_pages.py --seed 2121 --out /tmp/s21 --batch s21 [--per-language 8]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest import prepare_file  # noqa: E402
from reader.core.ingest.language import detect_language  # noqa: E402

GOLD = ROOT / "tests" / "data" / "entities"
WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in WORD.findall(text)]
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def _overlaps(text: str, known: list[set[tuple[str, ...]]]) -> bool:
    mine = _shingles(text)
    return not mine or any(len(mine & theirs) > 0.3 * len(mine) for theirs in known)


def _english(page: Path) -> str:
    return str(json.loads(page.with_suffix(".gold.json").read_text("utf-8"))["body"])


def _german(page: Path) -> str:
    return prepare_file(page).article.body


def _name(lang: str, text: str, taken: set[str]) -> str:
    for word in WORD.findall(text):
        stem = word.casefold()
        if len(stem) >= 5 and stem.isalpha() and stem.isascii():
            name = f"real_{lang}_{stem}"
            if name not in taken:
                return name
    raise ValueError("no name for this text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--devsets", type=Path, default=ROOT.parent / "shared" / "devsets")
    parser.add_argument("--per-language", type=int, default=8)
    parser.add_argument("--min-words", type=int, default=200)
    parser.add_argument("--max-words", type=int, default=1500)
    parser.add_argument("--batch", default="", help="the batch's name in the stubs (s21)")
    args = parser.parse_args()

    known = [_shingles(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.txt"))]
    used = {
        json.loads(p.read_text("utf-8")).get("source") for p in sorted(GOLD.glob("*.gold.json"))
    }
    taken = {p.name.split(".")[0] for p in GOLD.glob("*.txt")}
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    for lang, folder, read in (("en", "en-news", _english), ("de", "de-web", _german)):
        pages = sorted((args.devsets / folder).glob("*.txt"))
        rng.shuffle(pages)
        drawn = 0
        for page in pages:
            source = f"{folder}/{page.name}"
            if drawn == args.per_language or source in used:
                continue
            text = read(page).strip()
            if not args.min_words <= len(WORD.findall(text)) <= args.max_words:
                continue
            if detect_language(text) != lang:  # en-news holds Spanish, Malay … pages too
                continue
            if _overlaps(text, known):
                continue
            known.append(_shingles(text))
            name = _name(lang, text, taken)
            taken.add(name)
            (args.out / f"{name}.txt").write_text(text + "\n", "utf-8")
            stub = {"lang": lang, "split": "heldout", "source": source, "batch": args.batch,
                    "people": [], "orgs": [], "places": [], "figures": []}  # fmt: skip
            (args.out / f"{name}.gold.json").write_text(
                json.dumps(stub, ensure_ascii=False, indent=1) + "\n", "utf-8"
            )
            drawn += 1
            print(f"{name}\t{source}\t{len(WORD.findall(text))} words")
        if drawn < args.per_language:
            print(f"{lang}: only {drawn} pages left in {args.min_words}..{args.max_words} words")


if __name__ == "__main__":
    main()
