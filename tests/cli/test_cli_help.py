"""Every `briefing` command's own --help says what the command does, explains each argument,
and fits an 80-column terminal.

`briefing backups --help` printed a bare usage line; `briefing tag add --help` listed SOURCE
and TAG without a word on either; `briefing export --help` opened with an 87-column line."""

from __future__ import annotations

import argparse
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli.main import build_parser


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from commands(sub, (*path, name))


def test_every_command_describes_itself() -> None:
    assert all(parser.description for _path, parser in commands(build_parser()))


def test_every_help_fits_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for path, parser in commands(build_parser()):
        text = parser.format_help()
        wide = [line for line in text.splitlines() if len(line) > 80]
        assert not wide, (path, wide)


def test_every_command_explains_its_arguments() -> None:
    for path, parser in commands(build_parser()):
        bare = [a.metavar or a.dest for a in parser._actions
                if a.help is None and not isinstance(a, argparse._SubParsersAction | argparse._HelpAction)]  # fmt: skip
        assert not bare, (path, bare)


def test_tag_add_names_its_arguments(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["tag", "add", "--help"])
    out = capsys.readouterr().out
    assert 'Put a tag on sources: the tag comes last (briefing tag add 3 7 12 "Client X");' in out
    assert "a tag that is a number goes with --tag (briefing tag add 3 --tag 2025)." in out
    assert "SOURCE … TAG  one or more sources' numbers (see `briefing list`), then the" in out
    assert "--tag TAG     the tag, when it is a number;" in out


def test_export_usage_written_out_names_every_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    export = dict(commands(build_parser()))[("export",)]
    usage = export.format_usage()
    assert usage.startswith("usage: briefing export [-h] (--source ID")
    for action in export._actions:
        assert (action.option_strings[0] if action.option_strings else action.metavar) in usage


def test_every_argument_is_named_in_capitals() -> None:
    """As the README and the other commands write them: `entities` alone showed `[name ...]`."""
    for path, parser in commands(build_parser()):
        lower = [a.metavar or a.dest for a in parser._actions if not a.option_strings and not a.choices
                 and not (a.metavar or a.dest).isupper()]  # fmt: skip
        assert not lower, (path, lower)


def test_every_command_a_help_points_to_is_written_out_and_exists() -> None:
    """`highlight label --help` said "see `highlight list`", which no shell runs."""
    known = {path for path, _parser in commands(build_parser())}
    for path, parser in commands(build_parser()):
        helps = [parser.description or "", *(a.help or "" for a in parser._actions)]
        for named in re.findall(r"`([^`]*)`", " ".join(helps)):
            words = named.split()
            assert words[0] == "briefing", (path, named)
            assert any(tuple(words[1 : n + 1]) in known for n in (1, 2)), (path, named)


def _examples(text: str) -> list[str]:
    """The lines under "examples:" in a help text."""
    block = text.split("\nexamples:\n", 1)[1].split("\n\n", 1)[0] if "\nexamples:\n" in text else ""
    return [line.strip() for line in block.splitlines()]


def test_every_help_shows_examples_of_its_own_command_that_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The help never showed a whole command (how story:4 is written, a briefing's name in
    quotes, a query with filters quoted once); each example is the command itself and parses."""
    from reader.cli.main import query_words_last

    monkeypatch.setenv("COLUMNS", "80")
    for path, parser in [((), build_parser()), *commands(build_parser())]:
        examples = _examples(parser.format_help())
        assert examples, path
        for example in examples:
            words = shlex.split(example)
            assert words[0] == "briefing" and " ".join(path) in " ".join(words), (path, example)
            build_parser().parse_args(query_words_last(words[1:]))  # a slip would exit


def test_briefing_help_names_the_exit_statuses_as_the_readme_does() -> None:
    """Word for word: the help's list had fallen short of the README's table (no `restore`
    while the library is open, no full disk), and only the numbers were compared."""
    text = build_parser().format_help().split("\nexit status:\n", 1)[1]
    said = dict(re.findall(r"^  (\d+) +(.*?)(?=^  \d|\Z)", text, re.M | re.S))
    helped = {int(status): " ".join(meaning.split()) for status, meaning in said.items()}
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = {int(status): meaning for status, meaning in re.findall(r"^\| `(\d+)` \| (.*) \|$", readme, re.M)}
    assert list(helped) == [0, 1, 2, 130]
    assert helped == table
