"""The page's address in the article header: shown as a link, escaped, opened only through
the safe handler (http and https in the system's browser)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from reader.core.ingest import Block, BlockKind
from reader.core.models import Source
from reader.ui.article.header import ArticleHeader

URL = "https://example.org/wirtschaft/reederei-terminals"


def source(url: str | None) -> Source:
    return Source(
        id=1, title="Reederei plant neue Terminals", title_derived=False, teaser=None,
        byline="Anna Schmidt", published="2025-03-14", site_name="Beispiel-Zeitung", lang="de",
        url=url, file_name="r.html", format="html", encoding="utf-8", content_hash="c",
        text_hash="t", imported_at="2025-03-14T10:00:00", updated_at="2025-03-14T10:00:00",
        opened_at=None, raw_text="", blocks=(Block(BlockKind.PARAGRAPH, "Text."),), tags=(),
    )  # fmt: skip


def test_the_address_is_shown_and_opens_in_the_browser(qtbot, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    header = ArticleHeader()
    qtbot.addWidget(header)
    header.show_source(source(URL), original=False)
    assert not header.address.isHidden()
    assert f'href="{URL}"' in header.address.text() and URL in header.address.toolTip()
    header.address.linkActivated.emit(URL)
    assert [u.toString() for u in opened] == [URL]


def test_no_address_no_line(qtbot) -> None:
    header = ArticleHeader()
    qtbot.addWidget(header)
    header.show_source(source(None), original=False)
    assert header.address.isHidden() and header.address.text() == ""


def test_a_hostile_address_is_text_and_never_opened(qtbot, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    header = ArticleHeader()
    qtbot.addWidget(header)
    hostile = 'javascript:alert(1)"><img src=x onerror=alert(2)>'
    header.show_source(replace(source(URL), url=hostile), original=False)
    assert "<img" not in header.address.text() and "&lt;img" in header.address.text()
    header.address.linkActivated.emit(hostile)
    assert opened == []


def test_a_long_address_is_shortened_in_the_middle(qtbot) -> None:
    header = ArticleHeader()
    qtbot.addWidget(header)
    long_url = "https://example.org/" + "a" * 200 + "/ende"
    header.show_source(source(long_url), original=False)
    assert "…" in header.address.text() and "/ende</a>" in header.address.text()


def test_an_encoded_address_reads_decoded_and_links_exactly(qtbot, monkeypatch) -> None:
    """`…/wiki/M%C3%BCnchen` was shown raw; a browser shows "…/wiki/München". The link and
    what opens stay the address as stored."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    encoded = "https://de.wikipedia.org/wiki/M%C3%BCnchen"
    header = ArticleHeader()
    qtbot.addWidget(header)
    header.show_source(source(encoded), original=False)
    text = header.address.text()
    assert f'href="{encoded}"' in text and ">https://de.wikipedia.org/wiki/München</a>" in text
    assert "wiki/München" in header.address.toolTip() and "%C3" not in header.address.toolTip()
    header.address.linkActivated.emit(encoded)
    assert [u.toString(QUrl.ComponentFormattingOption.FullyEncoded) for u in opened] == [encoded]


def test_a_long_address_fits_the_column_it_is_shown_in(qtbot) -> None:
    """Seen pasting a Brazilian blog page at 1280 px: the address line ended in
    "…/a-fantastica-loja-dos-materiais-", cut off at the column's edge — shortened to 90
    characters, it was still wider than the column, and its end was never seen."""
    from PySide6.QtGui import QFontMetrics

    long_url = "http://comoeducarseusfilhos.com.br/blog/a-fantastica-loja-dos-materiais-educativos/"
    header = ArticleHeader()
    qtbot.addWidget(header)
    for width in (420, 300, 900):
        header.resize(width, 300)
        header.show_source(source(long_url), original=False)
        header.show()
        qtbot.waitExposed(header)
        shown = header.address.text().split(">", 1)[1].removesuffix("</a>")
        assert QFontMetrics(header.address.font()).horizontalAdvance(shown) <= width  # not cut off
        assert shown.endswith("educativos/") and shown.startswith("http://comoeducar")  # both ends seen
        assert f'href="{long_url}"' in header.address.text()  # the link stays whole
    header.resize(300, 300)  # a narrower column, the source unchanged (the splitter dragged)
    shown = header.address.text().split(">", 1)[1].removesuffix("</a>")
    assert "…" in shown and QFontMetrics(header.address.font()).horizontalAdvance(shown) <= 300
    from reader.ui.theme import theme

    zoomed = header.font()
    zoomed.setPointSizeF(24)  # Ctrl + a few times: the address's letters grow with the text
    header.apply_style(theme("light"), zoomed)
    shown = header.address.text().split(">", 1)[1].removesuffix("</a>")
    assert QFontMetrics(header.address.font()).horizontalAdvance(shown) <= 300
