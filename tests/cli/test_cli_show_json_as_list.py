"""`briefing show ID --json` gives every key `list --json` gives the same source, with the same
value: `outlet`, `highlights`, `unread` (and `has_note`) were in `list --json` only, so a script
holding one source had to list the whole library to learn who ran it or whether it was read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run

PAGES = Path(__file__).resolve().parents[1] / "data" / "agency"


def test_show_json_has_what_list_json_says_of_the_source(lib: list[str], run: Run) -> None:
    assert run(*lib, "highlight", "add", "1", "--quote", "hochrangigen Treffen in Tokio")[0] == 0
    assert run(*lib, "note", "set", "2", "--text", "Worth quoting.")[0] == 0
    assert run(*lib, "note", "set", "3", "--text", " \n\t")[0] == 0  # blanks: no note, in both
    assert run(*lib, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    db = Path(lib[1]) / "library.sqlite"
    with Store.open(db) as store:
        store.sources.mark_opened(4)
        store.sources.update_metadata(6, site_name=None)  # a wire report without an outlet
    listed = json.loads(run(*lib, "list", "--json").out)
    assert len(listed) == 6
    for source in listed:
        code, out, _ = run(*lib, "show", str(source["id"]), "--json")
        assert code == 0
        shown = json.loads(out)
        assert {key: shown.get(key, "missing") for key in source} == source
    by_id = {source["id"]: source for source in listed}
    assert (by_id[1]["highlights"], by_id[2]["has_note"], by_id[3]["has_note"]) == (1, True, False)
    assert (by_id[4]["unread"], by_id[5]["unread"]) == (False, True)
    assert (by_id[6]["site_name"], by_id[6]["outlet"]) == (None, "dpa/lno")


def test_show_revision_json_names_that_versions_outlet(tmp_path: Path, run: Run) -> None:
    data = ("--data-dir", str(tmp_path / "lib"))
    assert run(*data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    assert run(*data, "import", "--update", str(PAGES / "hafen_v2.txt"))[0] == 0
    with Store.open(tmp_path / "lib" / "library.sqlite") as store:
        store.sources.update_metadata(1, site_name=None)
    assert json.loads(run(*data, "show", "1", "--json").out)["outlet"] == "Reuters"
    earlier = json.loads(run(*data, "show", "1", "--revision", "1", "--json").out)
    assert (earlier["site_name"], earlier["outlet"]) == ("DER SPIEGEL", "DER SPIEGEL")
