"""`briefing entities` takes a name and a kind as a German user types or pastes them: a name
with an umlaut as a letter and a combining mark ("Du\\u0308sseldorf", from a PDF or a macOS
file name) is the entity of that name, as tags and search queries already were — it was "no
entity is called “Düsseldorf”; did you mean “Düsseldorf”?" —, and `--kind Firmen` (or
Unternehmen, Länder …) the kind it names, where it was refused with "did you mean figure?"."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError

PASTED = "Du\u0308sseldorf"  # "Düsseldorf" with a combining diaeresis, as a PDF pastes it


def test_a_name_pasted_with_a_combining_mark_is_that_entity(lib: list[str], run: Run) -> None:
    typed = run(*lib, "entities", "Düsseldorf", "--json")
    assert typed.code == 0 and json.loads(typed.out)["name"] == "Düsseldorf"
    assert run(*lib, "entities", PASTED, "--json") == typed


def test_a_correction_is_taken_back_by_its_pasted_name(lib: list[str], run: Run) -> None:
    from reader.core.store import Store

    assert run(*lib, "entities", "--limit", "1")[0] == 0  # indexed
    with Store.open(lib[1] + "/library.sqlite") as store:
        fix = store.entities.corrections
        fix.put(fix.hide([store.entities.find("Düsseldorf")[0].id]).after)
    code, out, err = run(*lib, "entities", "--take-back", PASTED)
    assert (code, err) == (0, "") and out.startswith("took back “Düsseldorf” (place)")


@pytest.mark.parametrize(("word", "kind"), [("Firmen", "org"), ("Unternehmen", "org"), ("firma", "org"),
                                            ("Länder", "place"), ("La\u0308nder", "place"), ("Städte", "place"),
                                            ("Leute", "person")])  # fmt: skip
def test_german_words_for_a_kind_list_that_kind(word: str, kind: str, lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "entities", "--kind", word, "--json")
    assert code == 0
    assert {entity["kind"] for entity in json.loads(out)} == {kind}


def test_a_mistyped_german_kind_is_offered_the_kind_it_is_near(lib: list[str], usage_error: UsageError) -> None:
    said = usage_error(*lib, "entities", "--kind", "Firmenn")
    assert said.endswith("German names: Personen, Organisationen, Orte, Zahlen); did you mean org?")


def test_a_saved_search_naming_an_entity_takes_its_pasted_name(lib: list[str], run: Run) -> None:
    """`saved add … --entity` looks the name up as `entities NAME` does: pasted, it was refused."""
    assert run(*lib, "entities", "--limit", "1").code == 0  # indexed
    assert run(*lib, "saved", "add", "DUS", "", "--entity", PASTED) == (0, "saved “DUS”: naming: Düsseldorf\n", "")
