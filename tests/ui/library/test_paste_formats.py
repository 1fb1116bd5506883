"""Paste and drop take the richest form a browser offers: its HTML and the page's address;
a dropped link is refused with what to do instead; the file picker offers the new formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui import dialogs
from reader.ui.library.clippings import clipping_of, is_bare_link, page_url
from tests.ui.library.tag_offer import tagged_by_the_offer

SELECTION = """<meta http-equiv="content-type" content="text/html; charset=utf-8">
<h1>Reederei plant neue Containerterminals</h1>
<p>Die Reederei will in Hamburg und Bremerhaven zwei neue Terminals bauen und dafür mehr als
eine Milliarde Euro investieren, wie das Unternehmen am Dienstag mitteilte.</p>
<ul><li>Baubeginn im Frühjahr</li><li>Fertigstellung bis 2028</li></ul>
<p>Gewerkschaften begrüßten die Pläne, forderten aber Zusagen für die bestehenden Arbeitsplätze
an beiden Standorten und eine Beteiligung der Beschäftigten.</p>
"""
PLAIN = "Reederei plant neue Containerterminals\n\nDie Reederei will in Hamburg und Bremerhaven bauen."
URL = "https://example.org/wirtschaft/reederei-terminals"


def browser_copy(url_format: str | None = "text/x-moz-url-priv") -> QMimeData:
    mime = QMimeData()
    mime.setHtml(SELECTION)
    mime.setText(PLAIN)
    if url_format:
        mime.setData(url_format, QByteArray(URL.encode("utf-16-le")))
    return mime


@pytest.fixture
def shown(monkeypatch) -> list[object]:
    seen: list[object] = []

    def answer(dialog: object) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    return seen


def test_paste_takes_the_html_and_the_pages_address(make_window, shown) -> None:
    window = make_window()
    store = window.session.store
    before = store.sources.count()
    QApplication.clipboard().setMimeData(browser_copy())
    window.paste_action.trigger()
    assert store.sources.count() == before + 1
    source = store.sources.get(window.library.current_source_id())
    assert source.format == "html" and source.file_name.endswith(".html")
    assert source.url == URL
    assert source.title == "Reederei plant neue Containerterminals"
    assert "Fertigstellung bis 2028" in " ".join(b.text for b in source.blocks)  # nothing lost
    assert "Beteiligung der Beschäftigten" in source.reading_text
    assert "<p>" not in source.reading_text
    assert shown == []
    window.undo_action.trigger()
    assert store.sources.count() == before


def test_paste_of_plain_text_only_still_works(make_window, shown) -> None:
    window = make_window()
    QApplication.clipboard().setText(PLAIN)
    window.paste_action.trigger()
    source = window.session.store.sources.get(window.library.current_source_id())
    assert source.format == "text" and source.url is None


@pytest.mark.parametrize("url_format", ["text/x-moz-url-priv", "chromium/x-source-url"])
def test_the_pages_address_is_read_where_browsers_put_it(url_format: str) -> None:
    mime = browser_copy(url_format)
    if url_format.startswith("chromium"):
        mime.setData(url_format, QByteArray(URL.encode("utf-8")))
    assert page_url(mime) == URL


def test_windows_html_format_source_url_header() -> None:
    mime = QMimeData()
    mime.setHtml(f"Version:0.9\nStartHTML:000\nSourceURL:{URL}\n<html><body><p>x</p></body></html>")
    assert page_url(mime, mime.html()) == URL


def test_a_dropped_selection_becomes_a_source(make_window, qtbot, shown) -> None:
    window = make_window()
    before = window.session.store.sources.count()
    assert window.importer.accepts_drop(browser_copy())
    window.importer.drop(browser_copy())
    qtbot.waitUntil(lambda: window.session.store.sources.count() == before + 1)
    source = window.session.store.sources.get(window.library.current_source_id())
    assert source.url == URL
    assert "zwei neue Terminals" in source.reading_text
    assert window.import_tagger.button.text() == "Tag the dropped source…"  # its offer names it
    assert tagged_by_the_offer(window) == [source.id]


def test_a_dropped_link_is_refused_with_how_to_save_the_page(make_window, qtbot, shown) -> None:
    window = make_window()
    before = window.session.store.sources.count()
    link = QMimeData()
    link.setUrls([QUrl(URL)])
    link.setText(URL)
    assert is_bare_link(link) and window.importer.accepts_drop(link)
    window.importer.drop(link)
    qtbot.waitUntil(lambda: bool(shown))
    box = shown[-1]
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Links are not downloaded"
    assert "Save Page As" in box.text() and "drop the saved file here" in box.text()
    assert window.session.store.sources.count() == before


def test_a_dropped_saved_page_is_imported_with_its_address(make_window, qtbot, tmp_path: Path, shown) -> None:
    page = tmp_path / "Reederei.html"
    page.write_text(f'<html><head><link rel="canonical" href="{URL}"></head><body>{SELECTION}</body></html>', encoding="utf-8")
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    assert not is_bare_link(mime) and window.importer.accepts_drop(mime)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as blocker:
        window.importer.drop(mime)
    source = window.session.store.sources.get(blocker.args[0][0].source_id)
    assert source.url == URL and source.format == "html"


def test_nothing_to_take_is_not_accepted(make_window) -> None:
    window = make_window()
    assert not window.importer.accepts_drop(QMimeData())
    assert clipping_of(QMimeData()) is None


def test_import_files_offers_the_new_formats(make_window, monkeypatch) -> None:
    window = make_window()
    filters: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_files", lambda _w, _t, name_filter: filters.append(name_filter) or [])
    window.importer.choose_files()
    offered = filters[0].split(";;")
    assert "Saved web pages (*.html *.htm *.xhtml *.mhtml *.mht)" in offered
    assert "Markdown clippings (*.md *.markdown)" in offered
    every = next(f for f in offered if f.startswith("Article files"))
    for suffix in ("*.html", "*.htm", "*.xhtml", "*.mhtml", "*.md", "*.markdown", "*.txt"):
        assert suffix in every


@pytest.mark.parametrize("text", [URL, f"  {URL}\n"])
def test_a_pasted_address_alone_is_refused_with_how_to_save_the_page(make_window, qtbot, shown, text: str) -> None:
    """An address copied from the address bar and pasted was refused as "no article text (one
    word, no sentence)", which said nothing of what to do: it is told as a dropped link is."""
    window = make_window()
    before = window.session.store.sources.count()
    QApplication.clipboard().setText(text)
    window.paste_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    box = shown[-1]
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Links are not downloaded"
    assert "Save Page As" in box.text()
    assert window.session.store.sources.count() == before


def test_a_title_over_its_address_pasted_becomes_a_source_keeping_the_address(make_window, qtbot, shown) -> None:
    """A headline and the page's address under it, a reading list's entry: it was refused as
    "no article text (7 words, no sentence)", or its address set aside."""
    window = make_window()
    QApplication.clipboard().setText(f"Reederei bestellt zwei neue Terminals\n{URL}\n")
    window.paste_action.trigger()
    assert shown == []
    source = window.session.store.sources.get(window.library.current_source_id())
    assert source.title == "Reederei bestellt zwei neue Terminals"
    assert source.reading_text == URL
