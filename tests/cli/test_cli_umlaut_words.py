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


def test_names_beyond_a_to_z_are_one_in_any_case_and_form(filled: list[str], run: Run) -> None:
    """"Öl-Markt" and "öl-markt" were two briefings, `briefing show öl-markt` found neither, and a
    label's German name pasted with a combining mark was an unknown label."""
    assert run(*filled, "briefing", "create", "Öl-Markt") == (0, "briefing #2 “Öl-Markt” created\n", "")
    assert run(*filled, "briefing", "show", "öl-markt") == (0, "Öl-Markt\n", "“Öl-Markt” has no items yet: briefing "
                                                             "briefing add Öl-Markt --highlight ID | --heading TEXT | "
                                                             "--text MD\n")  # fmt: skip
    assert run(*filled, "briefing", "create", "ÖL-MARKT") == (
        1, "", "briefing: there is already a briefing called “Öl-Markt” (a name is the same in any case)\n")  # fmt: skip
    assert run(*filled, "saved", "add", "Ökonomie", "Japan")[0] == 0
    assert run(*filled, "saved", "add", "ökonomie", "China") == (
        1, "", "briefing: there is already a saved search called “Ökonomie”\n")  # fmt: skip
    pasted = unicodedata.normalize("NFD", "Zitat für Kunden")
    assert run(*filled, "highlight", "label", "1", pasted) == (0, "highlight #1: Quote for client\n", "")
