"""`briefing entities --kind` takes a kind as a user names it: the plural (`people`, `orgs`,
`places`), a common synonym, the Entities view's German names; only `person`, `org`, `place`
and `figure` were taken, and `--kind people` was refused without a hint of `person`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from reader.cli.entity_commands import _KIND_WORDS
from reader.core.entities import EntityKind
from tests.cli.test_cli_slips import refused

if TYPE_CHECKING:
    from tests.cli.conftest import Run

SAID = {"person": ("people", "persons", "Personen", " PERSON "), "org": ("orgs", "organisations", "Organizations",
        "Organisationen"), "place": ("places", "locations", "Orte"), "figure": ("figures", "numbers", "Zahlen")}  # fmt: skip


def test_every_kind_has_its_words() -> None:
    assert list(_KIND_WORDS) == [kind.value for kind in EntityKind]


def test_plurals_synonyms_and_german_names_list_that_kind(lib: list[str], run: Run) -> None:
    for kind, words in SAID.items():
        code, out, _ = run(*lib, "entities", "--kind", kind, "--json")
        assert code == 0
        listed = json.loads(out)
        assert listed and {entity["kind"] for entity in listed} == {kind}
        for word in words:
            assert run(*lib, "entities", "--kind", word, "--json") == (0, out, ""), word


@pytest.mark.parametrize(("word", "hint"), [("pepole", "; did you mean person?"), ("organistions", "; did you mean org?"),
                                            ("stuff", "")])  # fmt: skip
def test_another_word_is_refused_naming_the_kinds_and_the_nearest(word: str, hint: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    err = refused(capsys, "entities", "--kind", word)
    assert err.rstrip().endswith(f"the kinds are person, org, place and figure (plurals such as people and orgs, "
                                 f"and the German names: Personen, Organisationen, Orte, Zahlen){hint}")  # fmt: skip
