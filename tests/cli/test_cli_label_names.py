"""A label `highlight add --label` or `highlight label` does not know is answered with the
labels there are (key, digit and name): "use a key, a name or a digit 1–5" named none of them,
and neither did --help."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from reader.cli.main import build_parser

if TYPE_CHECKING:
    from tests.cli.conftest import Run

THE_LABELS = ("the labels: 1 key “Key point”, 2 evidence “Evidence/figure”, 3 risk “Risk”, "
              "4 client “Quote for client”, 5 question “Question”")  # fmt: skip


@pytest.mark.parametrize("argv", [["highlight", "label", "1", "Risiko!"],
                                  ["highlight", "add", "1", "--quote", "neue Phase", "--label", "purple"]])  # fmt: skip
def test_an_unknown_label_names_the_labels(lib: list[str], run: Run, argv: list[str]) -> None:
    assert run(*lib, "highlight", "add", "1", "--quote", "hochrangigen Treffen in Tokio")[0] == 0
    before = run(*lib, "highlight", "list", "1", "--json").out
    code, out, err = run(*lib, *argv)
    typed = argv[-1]
    assert (code, out, err) == (1, "", f"briefing: unknown label “{typed}”; {THE_LABELS}\n")
    assert run(*lib, "highlight", "list", "1", "--json").out == before


def test_the_help_names_the_label_keys(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    for argv in (["highlight", "add", "--help"], ["highlight", "label", "--help"]):
        with pytest.raises(SystemExit):
            build_parser().parse_args(argv)
        assert "key, evidence, risk, client, question, a label's name or its digit 1–5" in capsys.readouterr().out
