"""Opened at a passage, the article shows its title whole or not at all, never cut under the
"Similar to #2 …" strip.

Seen walking through the app: an article opened from an entity's mention (or a highlight) near
its top was scrolled to put the passage a third down, which left the title half scrolled away,
its top line cut right under the strip, as if the strip lay over it. Real window on the seeds,
two of them linked as similar in the real store."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from reader.core.entities.model import Mention
from reader.ui.article.passage_in_view import clear_of_header


def _open_with_a_similar_strip(window):
    store = window.session.store
    by_file = {s.file_name[:3]: s for s in store.sources.list()}
    shown, other = store.sources.get(by_file["002"].id), by_file["000"]
    window.session.apply(lambda: store.revisions.link_similar([(shown.id, other.id, 0.9)]))
    return shown


def test_a_passage_anywhere_leaves_the_title_whole_or_out_of_view(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 600)
    source = _open_with_a_similar_strip(window)
    text, view = source.reading_text, window.article.view
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    tops = set()
    for start in starts:
        end = start + len(text[start:].split(" ")[0])
        window.entities._open(Mention(source.id, source.title, start, end, ""))
        assert window.article.versions.isVisible()  # the strip is there, above the article
        header = view.header.geometry()
        tops.add(view.verticalScrollBar().value())
        assert header.top() >= 0 or header.bottom() < 0, (start, header)  # whole, or gone
        cursor = QTextCursor(view.document())
        cursor.setPosition(view._qt_spans(start, end)[0][0])
        assert view.viewport().rect().contains(view.cursorRect(cursor))  # and the passage in view
    assert len(tops) > 2  # it did scroll, to several places


def test_the_scroll_value_cuts_no_header_line() -> None:
    # The header ends at 270 on the page, the view is 590 high.
    assert clear_of_header(100, 400, 270, 590) == 0  # the passage in view at the top: the page's top
    assert clear_of_header(100, 700, 270, 590) == 270  # lower: the header just out of view
    assert clear_of_header(400, 900, 270, 590) == 400  # below the header: as asked
    assert clear_of_header(-20, 100, 270, 590) == 0
