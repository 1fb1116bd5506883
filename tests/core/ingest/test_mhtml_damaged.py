"""A web archive whose base64 page is broken is refused by name with its reason, never stored as
its encoded text or as the noise a shifted decoding gives; a cut-off archive is read as far as
it goes (the robustness audit of session 13)."""

from __future__ import annotations

import base64

import pytest

from reader.core.ingest import IngestError
from reader.core.ingest.prepare import prepare_bytes

PARAGRAPHS = [
    f"Absatz {n}: Der Stadtrat hat am Dienstag über den Haushalt beraten und den Ausbau der "
    f"Radwege in der Innenstadt beschlossen, berichtet unsere Redaktion."
    for n in range(1, 31)
]
PAGE = (
    "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Radwege</title></head>"
    "<body><article><h1>Der Stadtrat beschließt neue Radwege</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
)


def _lines() -> list[str]:
    """The page as Chrome writes it: base64 in lines of 76 characters."""
    encoded = base64.b64encode(PAGE.encode()).decode()
    return [encoded[i : i + 76] for i in range(0, len(encoded), 76)]


def _archive(lines: list[str], *, charset: str = "", closed: bool = True) -> bytes:
    head = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/radwege\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        f"------B\r\nContent-Type: text/html{charset}\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://example.org/radwege\r\n\r\n"
    )
    return (head + "\r\n".join(lines) + ("\r\n\r\n------B--\r\n" if closed else "")).encode()


def test_an_intact_base64_archive_is_read() -> None:
    article = prepare_bytes(_archive(_lines()), "Radwege.mhtml").article
    assert article.title == "Der Stadtrat beschließt neue Radwege"
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[-1] in article.body


@pytest.mark.parametrize("charset", ["", '; charset="utf-8"'])
@pytest.mark.parametrize("lost", [1, 2, 3])
def test_characters_lost_inside_a_line_refuse_the_file(charset: str, lost: int) -> None:
    lines = _lines()
    lines[5] = lines[5][:30] + lines[5][30 + lost :]
    with pytest.raises(IngestError) as caught:
        prepare_bytes(_archive(lines, charset=charset), "Radwege.mhtml")
    assert str(caught.value) == "the web archive is damaged (its page's base64 breaks in line 6)"


def test_a_character_outside_base64_refuses_the_file() -> None:
    lines = _lines()
    lines[3] = lines[3][:10] + "!" + lines[3][11:]
    with pytest.raises(IngestError, match=r"base64 breaks in line 4\)"):
        prepare_bytes(_archive(lines), "Radwege.mhtml")


@pytest.mark.parametrize("lost", [1, 2, 3])
def test_an_unwrapped_page_with_lost_characters_is_not_stored_as_noise(lost: int) -> None:
    joined = "".join(_lines())
    damaged = joined[:400] + joined[400 + lost :]
    with pytest.raises(IngestError, match="web archive is damaged"):
        prepare_bytes(_archive([damaged], charset='; charset="utf-8"'), "Radwege.mhtml")


def test_a_cut_off_archive_is_read_as_far_as_it_goes() -> None:
    lines = _lines()
    cut = lines[: len(lines) * 2 // 3]
    cut[-1] = cut[-1][:41]  # the download stopped inside a line, before the closing boundary
    article = prepare_bytes(_archive(cut, closed=False), "Radwege.mhtml").article
    assert article.title == "Der Stadtrat beschließt neue Radwege"
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[10] in article.body
    assert "\ufffd" not in article.body
