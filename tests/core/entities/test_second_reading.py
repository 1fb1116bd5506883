"""The second blind reading of eight development texts: the gold is consistent enough to hold
the extractor to the targets (a reader's organisations are the other's, 0.9 and more)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

from entity_agreement import GOLD, SECOND, agreement, compare  # noqa: E402


def test_second_readings_are_of_development_texts_and_written_in_them() -> None:
    paths = sorted(SECOND.glob("*.gold.json"))
    assert len(paths) == 8
    for path in paths:
        first = json.loads((GOLD / path.name).read_text(encoding="utf-8"))
        assert first["split"] == "dev", path.name  # a held-out text is never read twice
        text = (GOLD / path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        second = json.loads(path.read_text(encoding="utf-8"))
        assert second["lang"] == first["lang"]
        for kind in ("people", "orgs", "places", "figures"):
            for entry in second[kind]:
                names = [entry] if isinstance(entry, str) else [entry["name"], *entry["aliases"]]
                assert any(n in text for n in names), (path.name, kind, names)


def test_the_two_readers_agree_on_organisations_and_people() -> None:
    totals = agreement()
    for lang in ("de", "en"):
        for kind in ("orgs", "people"):
            first, second, both = totals[lang, kind]
            assert both / first >= 0.9 and both / second >= 0.9, (lang, kind, totals[lang, kind])


def test_entries_match_by_any_shared_form_once() -> None:
    first: list[object] = [{"name": "Europäische Union", "aliases": ["EU"]}, "CDU"]
    second: list[object] = [{"name": "EU", "aliases": []}, {"name": "eu", "aliases": []}, "CSU"]
    assert compare(first, second) == (1, ["eu", "csu"], ["cdu"])
