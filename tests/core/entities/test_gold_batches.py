"""The tools that keep the entity gold honest: `score_entities --batch` scores one batch of
pages alone (a session's blind pages, as totals), and `draw_entity_pages` draws pages not in the
gold yet, in their set's language, skipping a page whose text the gold holds under another name.
Real files in a temporary folder stand for the development sets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import draw_entity_pages  # noqa: E402
from score_entities import GOLD  # noqa: E402


def test_a_batch_is_scored_alone(scores) -> None:
    golds = [json.loads(p.read_text("utf-8")) for p in GOLD.glob("*.gold.json")]
    # a batch of the development part: which batch is held out changes every session
    batch = [g for g in golds if g.get("batch") == "s25" and g["split"] == "dev"]
    tallies, _ = scores("dev", batch="s25")
    for kind, tally in tallies.items():
        assert tally.gold == sum(len(g[kind]) for g in batch) > 0
    everything, _ = scores("dev")
    assert everything["orgs"].gold > tallies["orgs"].gold


_ENGLISH = (
    "The harbour authority of Valmora said on Tuesday that the new container terminal would "
    "open in the spring, after three years of building and a long quarrel over its cost. "
)
_GERMAN = (
    "Die Gemeinde Oberwiesen hat am Dienstag beschlossen, das alte Schwimmbad zu sanieren und "
    "im nächsten Sommer wieder zu öffnen, nachdem die Bürger lange dafür gekämpft hatten. "
)


def _devsets(tmp_path: Path) -> Path:
    devsets = tmp_path / "devsets"
    (devsets / "en-news").mkdir(parents=True)
    (devsets / "de-web").mkdir()
    pages = {
        "fresh": _ENGLISH * 4,
        "spanish": "El puerto de Valmora abrirá la nueva terminal en primavera, dijo el alcalde. " * 6,
        # a page the gold holds already, under another file name
        "again": (GOLD / "real_en_tennis.txt").read_text("utf-8"),
    }
    for name, body in pages.items():
        (devsets / "en-news" / f"{name}.txt").write_text(body, "utf-8")
        (devsets / "en-news" / f"{name}.gold.json").write_text(json.dumps({"body": body}), "utf-8")
    (devsets / "de-web" / "schwimmbad.txt").write_text(_GERMAN * 4, "utf-8")
    return devsets


def test_the_draw_takes_new_pages_in_their_sets_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "batch"
    argv = ["draw", "--seed", "1", "--out", str(out), "--devsets", str(_devsets(tmp_path)),
            "--min-words", "50", "--max-words", "3000", "--batch", "s99"]  # fmt: skip
    monkeypatch.setattr(sys, "argv", argv)
    draw_entity_pages.main()
    stubs = [json.loads(p.read_text("utf-8")) for p in sorted(out.glob("*.gold.json"))]
    assert sorted(s["source"] for s in stubs) == ["de-web/schwimmbad.txt", "en-news/fresh.txt"]
    assert all(s["split"] == "heldout" and s["batch"] == "s99" and not s["people"] for s in stubs)
    english = next(out.glob("real_en_*.txt")).read_text("utf-8")
    assert "Valmora" in english
