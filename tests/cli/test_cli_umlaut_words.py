"""The commands a slip's answer shows are quoted only where a shell needs it: a German word
was quoted for its umlaut (`briefing search 'Münchner'`, `--text 'Überblick'`), as if it
needed quotes that an English word did not."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import pytest

from reader.cli.common import shell_word

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError


@pytest.mark.parametrize(("word", "typed"), [
    ("Münchner", "Münchner"), ("Überblick", "Überblick"), ("Straße", "Straße"), ("日本", "日本"),
    ("Japan Gipfel", "'Japan Gipfel'"), ("Kunde's", "'Kunde'\"'\"'s'"), ("", "''"), ("$HOME", "'$HOME'"),
    ("a*", "'a*'"), ("~/Vault", "'~/Vault'"),
])  # fmt: skip
def test_a_word_is_quoted_only_where_a_shell_needs_it(word: str, typed: str) -> None:
    assert shell_word(word) == typed


def test_a_title_where_the_number_goes_is_searched_as_typed(lib: list[str], usage_error: UsageError) -> None:
    assert usage_error(*lib, "show", "Münchner").endswith("and `briefing search Münchner` finds")


def test_a_note_typed_without_text_is_shown_as_typed(lib: list[str], usage_error: UsageError) -> None:
    assert usage_error(*lib, "note", "set", "3", "Überblick").endswith(
        "the note goes after --text: briefing note set 3 --text Überblick")  # fmt: skip


def test_words_with_combining_marks_are_the_words_typed(lib: list[str], run: Run) -> None:
    """Umlauts as a letter and a combining mark (pasted from a PDF, a macOS file name): `search`
    found nothing, and `list --tag` said "no tag “Kunde Müller”; did you mean “Kunde Müller”?"."""
    assert run(*lib, "tag", "add", "1", "Kunde Müller")[0] == 0
    typed = unicodedata.normalize("NFD", "Kunde Müller")
    assert run(*lib, "list", "--tag", typed).out == run(*lib, "list", "--tag", "Kunde Müller").out != ""
    assert run(*lib, "tag", "add", "2", typed).out == "source #2: Kunde Müller\n"  # the one tag, not a second
    hits = run(*lib, "search", unicodedata.normalize("NFD", "Bündnis"), "--json").out
    assert hits == run(*lib, "search", "Bündnis", "--json").out != "[]\n"
