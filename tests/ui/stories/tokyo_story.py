"""The story view of the seeds' three reports of the Tokyo meeting, opened as a reader would."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from reader.core.stories.compare import story_view


def open_tokyo_story(window, qapp) -> tuple[object, list, list[QTextBrowser]]:
    """The story view, its members in the columns' order and each column's text."""
    store = window.session.store
    tokyo = next(s.id for s in store.sources.list() if s.file_name.startswith("004"))
    window.library.select_source(tokyo)
    window.stories.show_action.trigger()
    view = window.stories._view
    qapp.processEvents()
    columns = [view.columns.widget(i).findChild(QTextBrowser) for i in range(view.columns.count())]
    members = [store.sources.get(m.source_id) for m in story_view(store, view.story_id).members]
    return view, members, columns
