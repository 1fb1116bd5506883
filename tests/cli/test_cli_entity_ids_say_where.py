"""An entity's number or name no entity has says where the entities and their numbers are
listed, as a source's does (`no_source`): `entities --id 9999` said only "no entity #9999"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run

LISTED = "`briefing entities` lists the entities and their numbers"


def test_an_id_no_entity_has_says_where_they_are_listed(lib: list[str], run: Run) -> None:
    assert run(*lib, "entities", "--id", "9999") == (1, "", f"briefing: no entity #9999; {LISTED}\n")
    assert run(*lib, "entities", "--id", "9999", "--json") == (1, "", f"briefing: no entity #9999; {LISTED}\n")


def test_a_name_with_none_close_says_where_they_are_listed(lib: list[str], run: Run) -> None:
    assert run(*lib, "entities", "Qwxz", "Vbnm") == (1, "", f"briefing: no entity is called “Qwxz Vbnm”; {LISTED}\n")
    # one close is offered instead, and a saved search keeps its own pointer
    assert run(*lib, "entities", "Tokyoo").err == "briefing: no entity is called “Tokyoo”; did you mean “Tokio”?\n"
    assert run(*lib, "saved", "add", "X", "Japan", "--entity", "Qwxz").err == (
        "briefing: no entity is called “Qwxz” (see `briefing entities`); nothing was saved\n")  # fmt: skip


def test_the_other_options_naming_something_say_where_it_is_listed(lib: list[str], run: Run) -> None:
    assert run(*lib, "entities", "--take-back", "Japan").err == (
        "briefing: no correction was made on “Japan” (`briefing entities --corrections` lists them)\n")  # fmt: skip
    assert run(*lib, "entities", "--source", "99").err.endswith("; `briefing list` shows the sources and their numbers\n")


def test_a_name_given_to_id_says_where_a_name_goes(lib: list[str], run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    """`--id Tokio` said "not a number: 'Tokio'"."""
    with pytest.raises(SystemExit) as ended:
        run(*lib, "entities", "--id", "Donald Trump")
    assert ended.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "briefing entities: error: argument --id: “Donald Trump” is no entity's number; a name goes without --id "
        f"(briefing entities 'Donald Trump'), and {LISTED}")  # fmt: skip


def test_source_and_tag_together_are_refused(lib: list[str], run: Run) -> None:
    """`--source 1 --tag x` listed source 1's entities, the tag (none of the library's) unread."""
    assert run(*lib, "entities", "--source", "1", "--tag", "x") == (
        1, "", "briefing: --source and --tag do not go together (see `briefing entities --help`)\n")  # fmt: skip
