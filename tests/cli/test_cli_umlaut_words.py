"""The commands a slip's answer shows are quoted only where a shell needs it: a German word
was quoted for its umlaut (`briefing search 'Münchner'`, `--text 'Überblick'`), as if it
needed quotes that an English word did not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from reader.cli.common import shell_word

if TYPE_CHECKING:
    from tests.cli.conftest import UsageError


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
