"""Each report in the story view starts with its teaser, as the reading view shows it.

Seen in the window (session 26): the importer keeps a news article's lead apart from its body,
the reading view shows it above the text, and the story view left it out — the reports of the
Tokyo meeting read as if they began mid-story, the lead's news ("Gipfel in Tokio stärkt …")
nowhere."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from reader.core.stories.compare import story_view


def test_every_report_starts_with_its_teaser(make_window, qapp) -> None:
    window = make_window()
    store = window.session.store
    tokyo = next(s.id for s in store.sources.list() if s.file_name.startswith("004"))
    window.library.select_source(tokyo)  # the seeds' three reports of the Tokyo meeting
    window.stories.show_action.trigger()
    view = window.stories._view
    qapp.processEvents()
    columns = [view.columns.widget(i) for i in range(view.columns.count())]
    texts = [c.findChild(QTextBrowser).toPlainText() for c in columns]
    story = story_view(store, view.story_id)
    members = [store.sources.get(m.source_id) for m in story.members]  # in the columns' order
    assert len(texts) == 3 and sum(bool(m.teaser) for m in members) == 2  # two leads, one report without
    for member, text in zip(members, texts, strict=True):
        if member.teaser:
            assert text.startswith(member.teaser), (member.title, text[:80])
            assert text.count(member.teaser) == 1
        else:
            assert text.startswith(member.reading_text.split("\n")[0].strip()[:40])
    view.close()
