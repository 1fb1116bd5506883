"""The story view's reports start level: side by side is for reading across.

Seen in the window: the third report's title took two lines, the others one, so its text began
a line lower than its neighbours' and the eye lost its place going across."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser


def test_the_reports_texts_start_at_one_height(make_window, qapp, qtbot) -> None:
    window = make_window()
    tokyo = next(s.id for s in window.session.store.sources.list() if s.file_name.startswith("004"))
    window.library.select_source(tokyo)  # the seeds' three reports of the Tokyo meeting
    window.stories.show_action.trigger()
    view = window.stories._view
    view.resize(1200, 760)
    qapp.processEvents()
    texts = view.columns.findChildren(QTextBrowser)
    tops = {t.mapTo(view, t.rect().topLeft()).y() for t in texts}
    assert len(texts) == 3 and len(tops) == 1, tops
    view.columns.setSizes([500, 350, 350])  # a column dragged wider: its title takes fewer lines
    qapp.processEvents()
    assert len({t.mapTo(view, t.rect().topLeft()).y() for t in texts}) == 1
    view.detach_requested.emit(tokyo)  # the columns made anew, in the window as it is
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: len({t.mapTo(view, t.rect().topLeft()).y() for t in view.columns.findChildren(QTextBrowser)}) == 1)
    view.close()
