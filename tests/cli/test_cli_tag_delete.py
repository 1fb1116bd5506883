"""`briefing tag delete NAME`: the tag off every source, those in the bin too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_tag_delete_takes_the_tag_off_every_source_binned_too(
    tmp_path: Path, seeds_dir: Path, run: Run
) -> None:
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "import", str(seeds_dir), "--tag", "Japan")[0] == 0
    assert run("--data-dir", data, "tag", "add", "1", "Kept")[0] == 0
    code, out, _ = run("--data-dir", data, "list", "--json")
    count = len(json.loads(out))
    with Store.open(paths.resolve(Path(data)).db_path) as store:
        store.sources.delete(2)  # in the bin
    code, out, _ = run("--data-dir", data, "tag", "delete", "japan")
    assert code == 0 and out.strip() == f"deleted tag “japan” from {count} sources"
    with Store.open(paths.resolve(Path(data)).db_path) as store:
        store.sources.undelete(2)
        assert store.tags.names() == ["Kept"]
    code, out, _ = run("--data-dir", data, "list", "--json")
    assert {item["id"]: item["tags"] for item in json.loads(out) if item["tags"]} == {1: ["Kept"]}
    code, _, err = run("--data-dir", data, "tag", "delete", "Japan")
    assert code != 0 and "no tag “Japan”" in err
