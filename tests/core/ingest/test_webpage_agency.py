"""A saved web page's news agency: trafilatura names none, so it is read from the story's
dateline, else from the page's author or source metadata when that is only a known wire.
The pages are written by hand; the expected agency is what each page prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.core.ingest.webpage import parse_page

LEAD = ("Der Hamburger Hafen hat im dritten Quartal deutlich weniger Container umgeschlagen als ein"
        " Jahr zuvor. Nach Angaben der Hafen Hamburg Marketing sank der Umschlag um 4,2 Prozent.")  # fmt: skip
MORE = ("Als Gründe nannte der Verband die schwache Nachfrage aus China und die Umleitung von"
        " Schiffen um das Kap der Guten Hoffnung, sagte ein Sprecher am Dienstag in Hamburg.")  # fmt: skip


def page(head: str = "", dateline: str = "") -> str:
    return (
        f"<html lang='de'><head><title>Hafen</title>{head}"
        "<meta property='og:site_name' content='DER SPIEGEL'></head><body><article>"
        "<h1>Hamburger Hafen meldet weniger Containerumschlag</h1>"
        f"<p>{dateline}{LEAD}</p><p>{MORE}</p><p>{MORE.replace('Dienstag', 'Mittwoch')}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "dateline", "agency"),
    [
        # the dateline, with its desk, before what the metadata says
        ("<meta name='author' content='Anna Schmidt'>", "Hamburg (dpa/lno) – ", "dpa/lno"),
        ("<meta name='author' content='Anna Schmidt, dpa'>", "Hamburg (dpa/lno) – ", "dpa/lno"),
        ("", "WASHINGTON (Reuters) - ", "Reuters"),
        # no dateline: a wire the author or source metadata names alone
        ("<meta name='author' content='Anna Schmidt, dpa'>", "", "dpa"),
        ("<meta name='author' content='Reuters Staff'>", "", "Reuters"),
        ("<meta name='source' content='AFP'>", "", "AFP"),
        ("<meta property='article:author' content='By Associated Press'>", "", "Associated Press"),
        # a person, or a person whose name starts like a wire, is no agency
        ("<meta name='author' content='Anna Schmidt'>", "", None),
        ("<meta name='author' content='Apa Sherpa'>", "", None),
        ("<meta name='author' content='Reuters Breakingviews columnist Anna Schmidt'>", "", None),
        ("", "", None),
    ],
)
def test_agency_of_a_saved_page(head: str, dateline: str, agency: str | None) -> None:
    assert parse_page(page(head, dateline)).agency == agency


def test_only_the_first_body_block_is_read_for_a_dateline() -> None:
    later = page().replace(f"<p>{MORE}</p>", f"<p>Berlin (dpa) – {MORE}</p>", 1)
    assert parse_page(later).agency is None


def test_inspect_and_import_keep_the_agency(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hafen.html"
    path.write_text(page("<meta name='author' content='Anna Schmidt'>", "Hamburg (dpa/lno) – "), "utf-8")
    assert main(["--data-dir", str(tmp_path / "lib"), "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "lib"), "show", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Anna Schmidt · DER SPIEGEL · dpa/lno"
