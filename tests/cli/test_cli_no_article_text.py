"""`briefing import` of a .txt of one word (or a few, no sentence) refuses it with the reason,
and the library gets no source of one word: it imported "Hallo" as an article."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_a_one_word_file_is_refused_with_its_reason(tmp_path: Path, seed_files: list[Path], run: Run) -> None:
    lib = ["--data-dir", str(tmp_path / "lib")]
    word, names = tmp_path / "hallo.txt", tmp_path / "liste.txt"
    word.write_text("Hallo\n", encoding="utf-8")
    names.write_text("bericht.txt\nnotiz.txt\n", encoding="utf-8")
    code, out, err = run(*lib, "import", str(word), str(names), str(seed_files[0]))
    assert code == 1
    assert out.splitlines()[:2] == [f"error        {word}: no article text (one word, no sentence)",
                                    f"error        {names}: no article text (2 words, no sentence)"]  # fmt: skip
    assert err.endswith("1 imported, 0 duplicate, 2 failed\n")
    assert run(*lib, "list").out.count("\n") == 1
    assert word.read_text(encoding="utf-8") == "Hallo\n"  # the file itself as it was


def test_inspect_says_the_same(tmp_path: Path, run: Run) -> None:
    word = tmp_path / "hallo.txt"
    word.write_text("Hallo", encoding="utf-8")
    assert run("inspect", str(word), "--json") == (
        1, f'{{"file": "{word}", "error": "no article text (one word, no sentence)"}}\n', "")  # fmt: skip


def test_a_one_word_web_page_is_refused_as_a_text_is(tmp_path: Path, run: Run) -> None:
    """A one-word .html was imported as a source of that word; the .txt beside it was refused."""
    lib = ["--data-dir", str(tmp_path / "lib")]
    text, page = tmp_path / "hallo.txt", tmp_path / "hallo.html"
    text.write_text("Hallo\n", encoding="utf-8")
    page.write_text("<html><body><p>Hallo</p></body></html>", encoding="utf-8")
    code, out, err = run(*lib, "import", str(text), str(page))
    assert code == 1
    assert out.splitlines() == [f"error        {text}: no article text (one word, no sentence)",
                                f"error        {page}: no article text (one word, no sentence)"]  # fmt: skip
    assert err.endswith("0 imported, 0 duplicate, 2 failed\n")
