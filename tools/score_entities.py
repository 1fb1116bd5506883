"""Score the entity extraction against the hand-made gold in tests/data/entities/.

Each `NAME.txt` there is a source's reading text and `NAME.gold.json` what a reader marked in
it: people (with the other forms the text uses, and their roles), organisations, places, and
key figures as written. An extracted entity is right when its name is the gold name or one of
its listed forms (any case; in a German text also when the two differ only in the words' case
endings, compared by the Snowball stemmer: the gold writes "Bundesministeriums der Verteidigung"
as the text did, the index names it "Bundesministerium der Verteidigung"); each gold entity is
matched once. Precision and recall are
counted over all entities of a split: `dev` (used while writing the rules) and `heldout`
(kept for the report). Roles: the share of gold people found (with a gold role) that were
given a role containing one of theirs ("Japanese Prime Minister" has "Prime Minister").

    .venv/bin/python tools/score_entities.py [--split dev|heldout|all] [--prefix real_] [--batch s21] [--lang de] [--half A|B] [--errors] [--json]

`--lang` keeps the texts whose gold is labelled in that language (the German ones alone, say:
the users and most unseen pages are German, and a figure over both languages hides them).
`--half A` or `--half B` keeps one of two fixed halves of the texts (session 38): a text is in
half A when the first byte of the SHA-256 of its file name's stem (`000_ecb-2024-09`) is even.
A session reads the errors of half A only and checks on half B that what it wrote holds on text
it never read, as held-out text would.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import Stemmer  # noqa: E402

from reader.core.entities import EntityKind, extract  # noqa: E402
from reader.core.ingest.language import detect_language  # noqa: E402

GOLD = ROOT / "tests" / "data" / "entities"
KINDS = {
    EntityKind.PERSON: "people",
    EntityKind.ORG: "orgs",
    EntityKind.PLACE: "places",
    EntityKind.FIGURE: "figures",
}


@dataclass
class Tally:
    found: int = 0
    gold: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


_GERMAN = Stemmer.Stemmer("german")


def _forms(entry: object, german: bool = False) -> set[str]:
    """The gold entry's names, folded; in a German text their stems too (see the docstring)."""
    if isinstance(entry, str):
        names = [entry]
    else:
        assert isinstance(entry, dict)
        names = [entry["name"], *entry.get("aliases", [])]
    folded = {" ".join(n.split()).casefold() for n in names}
    return folded | {_stems(n) for n in folded} if german else folded


def _stems(name: str) -> str:
    return " ".join(_GERMAN.stemWords(name.split()))


def half(stem: str) -> str:
    """The fixed half a text is in, "A" or "B", by its file name (see the docstring)."""
    return "AB"[hashlib.sha256(stem.encode()).digest()[0] % 2]


def score(
    split: str = "all", prefix: str = "", batch: str = "", lang: str = "", part: str = ""
) -> tuple[dict[str, Tally], Tally]:
    """Per kind tallies and the roles tally (gold people found: `gold`; with a right role: `right`)."""
    tallies = {name: Tally() for name in KINDS.values()}
    roles = Tally()
    for gold_path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold["split"] != split or not gold_path.name.startswith(prefix):
            continue
        if batch and gold.get("batch") != batch or lang and gold["lang"] != lang:
            continue
        stem = gold_path.name.removesuffix(".gold.json")
        if part and half(stem) != part:
            continue
        text = (GOLD / f"{stem}.txt").read_text(encoding="utf-8")
        # The language the importer stores, read from the text as on import, not the gold's label.
        found = extract(text, detect_language(text) or gold["lang"])
        german = gold["lang"] == "de"
        for kind, key in KINDS.items():
            tally, entries = tallies[key], gold[key]
            open_entries = list(entries)
            tally.gold += len(entries)
            for entity in (f for f in found if f.kind is kind):
                tally.found += 1
                name = " ".join(entity.name.split()).casefold()
                keys = {name, _stems(name)} if german else {name}
                match = next((e for e in open_entries if keys & _forms(e, german)), None)
                if match is None:
                    tally.wrong.append(f"{stem}: {entity.name}")
                    continue
                tally.right += 1
                open_entries.remove(match)
                if kind is EntityKind.PERSON and isinstance(match, dict) and match["roles"]:
                    roles.gold += 1
                    wanted = {r.casefold() for r in match["roles"]}
                    # "Japanese Prime Minister" gives "Prime Minister": a role names one of them
                    hit = any(w in r.casefold() for r in entity.roles for w in wanted)
                    roles.right += hit
                    if not hit:
                        roles.misses.append(
                            f"{stem}: {entity.name} {entity.roles} want {match['roles']}"
                        )
            tally.misses += [f"{stem}: {sorted(_forms(e))[0]}" for e in open_entries]
    return tallies, roles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default=None)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong finds")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--prefix", default="", help="only the files whose name starts so (real_)")
    parser.add_argument("--batch", default="", help="only one batch of pages (s21)")
    parser.add_argument(
        "--lang", default="", help="only the texts whose gold is in this language (de)"
    )
    parser.add_argument("--half", choices=["A", "B"], default="", help="one fixed half (A)")
    args = parser.parse_args()
    splits = [args.split] if args.split else ["dev", "heldout", "all"]
    report = {}
    for split in splits:
        tallies, roles = score(split, args.prefix, args.batch, args.lang, args.half)
        report[split] = {k: {"precision": round(t.precision, 3), "recall": round(t.recall, 3), "found": t.found,
                             "gold": t.gold, "right": t.right} for k, t in tallies.items()}  # fmt: skip
        report[split]["roles"] = {"right": roles.right, "of": roles.gold}
        if args.json:
            continue
        print(f"{split:8} {'kind':8} {'P':>6} {'R':>6} {'found':>6} {'gold':>6}")
        for kind, t in tallies.items():
            print(f"{'':8} {kind:8} {t.precision:6.3f} {t.recall:6.3f} {t.found:6} {t.gold:6}")
        print(f"{'':8} roles: {roles.right}/{roles.gold} people with a gold role got one of them")
        if args.errors:
            for kind, t in tallies.items():
                for line in t.wrong:
                    print(f"  wrong {kind}: {line}")
                for line in t.misses:
                    print(f"  miss  {kind}: {line}")
            for line in roles.misses:
                print(f"  role: {line}")
    if args.json:
        print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
