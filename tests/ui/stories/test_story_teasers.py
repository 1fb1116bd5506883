"""Each report in the story view starts with its teaser, as the reading view shows it.

Seen in the window (session 26): the importer keeps a news article's lead apart from its body,
the reading view shows it above the text, and the story view left it out — the reports of the
Tokyo meeting read as if they began mid-story, the lead's news ("Gipfel in Tokio stärkt …")
nowhere."""

from __future__ import annotations

from tests.ui.stories.tokyo_story import open_tokyo_story


def test_every_report_starts_with_its_teaser(make_window, qapp) -> None:
    view, members, columns = open_tokyo_story(make_window(), qapp)
    texts = [c.toPlainText() for c in columns]
    assert len(texts) == 3 and sum(bool(m.teaser) for m in members) == 2  # two leads, one report without
    for member, text in zip(members, texts, strict=True):
        if member.teaser:
            assert text.startswith(member.teaser), (member.title, text[:80])
            assert text.count(member.teaser) == 1
        else:
            assert text.startswith(member.reading_text.split("\n")[0].strip()[:40])
    view.close()
