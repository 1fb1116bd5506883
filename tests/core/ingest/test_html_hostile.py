"""Web pages are untrusted: nothing is fetched, nothing runs, and a huge or malicious page
costs a clear one-line error for that file, quickly — never a hang, never a crash."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.ingest import IngestError, prepare_bytes, prepare_file
from reader.core.models import ImportStatus
from reader.core.store import Store

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + ']>\n<html><body><p>Bombe: &lol9;</p></body></html>'
)


def outcome(data: bytes, name: str = "page.html") -> str:
    """The body, or the error's reason: either is fine for hostile input, a hang or crash is not."""
    try:
        return prepare_bytes(data, name).article.body
    except IngestError as exc:
        return f"error: {exc}"


def test_entity_expansion_is_not_performed() -> None:
    result = outcome(LAUGHS.encode(), "bombe.xhtml")
    assert "lollollol" not in result
    assert len(result) < 1000


def test_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Kontonummer 12345")
    page = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><p>Geheim: &xxe;</p></body></html>'
    assert "Kontonummer" not in outcome(page.encode(), "x.xhtml")


def test_deep_nesting_neither_recurses_nor_hangs() -> None:
    for tag in ("div", "b", "blockquote", "li"):
        page = f"<html><body>{'<' + tag + '>' * 0}" + f"<{tag}>" * 100_000 + "<p>Tief.</p>" + f"</{tag}>" * 100_000 + "</body></html>"
        outcome(page.encode())  # no RecursionError, no crash: text or a reason


def test_scripts_styles_and_hidden_text_are_not_read() -> None:
    page = (
        "<html><head><title>T</title><style>.a{color:red}</style></head><body>"
        "<script>var geheim = 'Skriptinhalt';</script><noscript>Bitte JavaScript aktivieren</noscript>"
        "<div hidden>Versteckter Text</div><div style='display: none'>Auch versteckt</div>"
        "<p>Der sichtbare Absatz eines Artikels mit ausreichend vielen Wörtern darin.</p>"
        "<template><p>Vorlage</p></template></body></html>"
    )
    prepared = prepare_bytes(page.encode(), "p.html")
    every_block = " ".join(b.text for b in prepared.article.blocks)
    for hidden in ("Skriptinhalt", "JavaScript aktivieren", "Versteckter", "Auch versteckt", "Vorlage", "color:red"):
        assert hidden not in every_block
    assert "sichtbare Absatz" in prepared.article.body


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the importer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = (
        '<html><head><link rel="stylesheet" href="https://example.org/a.css">'
        '<script src="https://example.org/a.js"></script><base href="https://example.org/"></head>'
        '<body><iframe src="https://example.org/frame"></iframe><img src="https://example.org/b.png">'
        "<p>Ein Absatz, der ohne Netz gelesen wird, wie jeder andere auch.</p></body></html>"
    )
    assert "ohne Netz" in prepare_bytes(page.encode(), "n.html").article.body


def test_a_fifty_megabyte_page_is_refused_by_size_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "riesig.html"
    with big.open("wb") as out:
        out.write(b"<html><body>")
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(IngestError, match=r"too large \(50\.0 MB; an article file is at most 25 MB\)"):
        prepare_file(big)


def test_a_page_with_a_book_of_text_is_refused_with_its_size() -> None:
    page = "<html><body>" + "<p>Absatz mit etwas Text darin und noch mehr Wörtern.</p>" * 40_000 + "</body></html>"
    with pytest.raises(IngestError, match=r"too much text for one article \(2\.0 million characters"):
        prepare_bytes(page.encode(), "buch.html")


def test_inline_images_do_not_weigh_on_the_page() -> None:
    page = '<html><body><p>Ein Absatz mit Text.</p><img src="data:image/png;base64,' + "A" * 12_000_000 + '"></body></html>'
    started = time.perf_counter()
    assert prepare_bytes(page.encode(), "bild.html").article.body == "Ein Absatz mit Text."
    assert time.perf_counter() - started < 30  # a guard against a hang, not a speed test


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n%\xe2\xe3", "not a web page (PDF document)"),
        (b"<html><body><script>only()</script></body></html>", "no text in the web page"),
        (b"   \n  ", "empty file"),
        # A few stray bytes under a page's name: too short for the binary sniff, no markup.
        (b"\x00\x01PK", "no readable text"),
    ],
)
def test_bad_pages_get_a_clear_reason(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as caught:
        prepare_bytes(data, "kaputt.html")
    assert str(caught.value) == reason


def test_plain_text_under_a_pages_name_is_still_read() -> None:
    text = "Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek länger zu öffnen.\n"
    assert prepare_bytes(text.encode(), "notiz.html").article.body == text.strip()


def test_a_bad_page_costs_only_itself_in_an_import(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b"%PDF-1.4 not a page")
    (tmp_path / "b.html").write_text("<html><body><p>Ein gutes Stück Text in einer gespeicherten Seite.</p></body></html>")
    with Store.open(tmp_path / "lib.sqlite") as store:
        results = import_paths(store, [tmp_path / "a.html", tmp_path / "b.html"], workers=1)
    assert [r.status for r in results] == [ImportStatus.ERROR, ImportStatus.IMPORTED]
    assert results[0].reason == "not a web page (PDF document)"
