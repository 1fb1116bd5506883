"""`briefing search` (and the window's box, which parses alike) in a German user's words: a German
field name that is no filter (`titel:`) lists the filters by their German names, which it takes
(it listed only the English ones); `kategorie:` is `label:` (the German window calls a label a
Kategorie), `in:markierung` is `in:highlight`; `label:Beleg`, one side of "Beleg/Zahl", is that
label, and a label no name fits lists the labels by name (it said only "no highlight label", where `highlight label` lists them)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from reader import paths
from reader.core.settings import Settings

if TYPE_CHECKING:
    from tests.cli.conftest import Run

QUOTE = "hochrangigen Treffen in Tokio"


def test_a_german_field_name_lists_the_filters_in_german(lib: list[str], run: Run) -> None:
    assert run(*lib, "search", "titel:Japan") == (1, "", "briefing: invalid search: titel: is not a filter (filters: "
                                                  "schlagwort, medium, autor, agentur, kategorie, in, vor, nach)\n")  # fmt: skip
    assert run(*lib, "search", "title:Japan").err.endswith("(filters: tag, outlet, author, agency, label, in, before, "
                                                          "after)\n")  # fmt: skip


def test_the_german_words_for_label_and_in_and_a_side_of_a_label_s_name(lib: list[str], run: Run) -> None:
    assert run(*lib, "highlight", "add", "1", "--quote", QUOTE, "--label", "evidence").code == 0
    found = run(*lib, "search", "label:evidence", "--json")
    assert found.code == 0 and [hit["where"] for hit in json.loads(found.out)] == ["highlight"]
    for query in ("label:Beleg", "kategorie:Zahl", "Kategorie:Beleg in:markierung", "label:figure"):
        assert run(*lib, "search", query, "--json") == found, query


def test_a_label_no_name_fits_lists_the_labels(lib: list[str], run: Run) -> None:
    assert run(*lib, "search", "label:lila") == (1, "", "briefing: invalid search: no highlight label “lila”; the labels: "
                                                 "1 key “Key point”, 2 evidence “Evidence/figure”, 3 risk “Risk”, "
                                                 "4 client “Quote for client”, 5 question “Question”\n")  # fmt: skip
    Settings(language="de", label_names={"risk": "Gefahr"}).save(paths.resolve(lib[1]).settings_file)
    assert run(*lib, "search", "kategorie:lila").err == ("briefing: invalid search: no highlight label “lila”; the "
                                                        "labels: 1 key “Kernaussage”, 2 evidence “Beleg/Zahl”, 3 risk "
                                                        "“Gefahr”, 4 client “Zitat für Kunden”, 5 question “Frage”\n")  # fmt: skip
