"""The window and articles that change: importing a newer version of a source asks Update /
Import as new / Skip; Update moves the highlights with their words (offscreen, real library)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.models import AnchorStatus, ImportStatus
from reader.ui import dialogs
from reader.ui.library.versions import NewerVersionQuestion

DATA = Path(__file__).resolve().parents[2] / "data" / "revisions"


@pytest.fixture
def answers(monkeypatch) -> list[object]:
    """Dialogs the window runs; a newer-version question is answered with `answers.choice`."""
    seen: list[object] = []

    def run(dialog: object) -> int:
        seen.append(dialog)
        if isinstance(dialog, NewerVersionQuestion):
            dialog.chosen = {"update": dialog.update_button, "new": dialog.new_button,
                             "skip": dialog.skip_button}[answers_choice[0]]  # fmt: skip
        return 0

    answers_choice = ["update"]
    monkeypatch.setattr(dialogs, "run", run)
    seen.append(answers_choice)  # the test sets seen[0][0] to choose
    return seen


def _import(window, qtbot, path: Path) -> list[object]:
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as blocker:
        window.importer.import_paths([path])
    return blocker.args[0]


def _source_with_highlights(window, qtbot) -> tuple[int, dict[str, int]]:
    [result] = _import(window, qtbot, DATA / "ecb-v1.md")
    store = window.session.store
    text = store.sources.get(result.source_id).reading_text
    ids = {}
    for key, quote in {"moved": "the third increase this year", "figure": "4.5 percent in October",
                       "alpha": "Team Alpha raised its market share"}.items():  # fmt: skip
        start = text.index(quote)
        ids[key] = store.highlights.add(result.source_id, start, start + len(quote), "key")[0].id
    return result.source_id, ids


def test_update_from_the_window_moves_highlights_and_undo_brings_the_old_text_back(
    make_window, qtbot, answers
) -> None:
    window = make_window()
    source_id, ids = _source_with_highlights(window, qtbot)
    store = window.session.store
    before = store.sources.get(source_id).reading_text

    results = _import(window, qtbot, DATA / "ecb-v2.md")
    question = next(d for d in answers if isinstance(d, NewerVersionQuestion))
    assert "“ECB raises rates for the third time this year”" in question.text()
    assert f"(#{source_id})" in question.text()
    assert [r.status for r in results] == [ImportStatus.UPDATED]
    assert "1 highlights moved" not in window.statusBar().currentMessage()
    assert "1 highlight moved, 1 needs review" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.open_source_id == source_id)

    text = store.sources.get(source_id).reading_text
    placed = {h.id: h for h in store.highlights.for_source(source_id)}
    assert text[placed[ids["moved"]].start : placed[ids["moved"]].end] == "the third increase this year"
    assert text[placed[ids["figure"]].start : placed[ids["figure"]].end] == "4.75 percent in October"
    assert placed[ids["alpha"]].anchor_status is AnchorStatus.ORPHANED
    # the article shows the new text; the notes pane flags the figure for review
    assert "4.75 percent" in window.article.view.toPlainText()
    assert window.notes.delegate.review == {ids["figure"]}
    assert window.article.versions.isVisible()

    assert len(window.article.view.painter.spans) == 2  # the two placed highlights are painted
    # Show original, then the first revision: the old text, read only, without highlights
    window.article.show_original_action.trigger()
    chooser = window.article.versions.chooser
    assert chooser.isVisible() and chooser.count() == 2
    window.article.versions.revision_chosen.emit(1)
    assert "4.5 percent in October" in window.article.view.toPlainText()
    assert window.article.view.source.blocks == store.revisions.revision(source_id, 1).blocks
    assert window.article.view.painter.spans == []  # highlights belong to the current text
    assert not any(a.isEnabled() for a in window.article.highlight_actions.values())
    count = len(store.highlights.for_source(source_id))
    cursor = window.article.view.textCursor()
    cursor.setPosition(10)
    cursor.setPosition(30, cursor.MoveMode.KeepAnchor)
    window.article.view.setTextCursor(cursor)
    window.article.highlight_selection("key")
    assert len(store.highlights.for_source(source_id)) == count
    window.article.versions.revision_chosen.emit(2)  # back to the current text
    assert "4.75 percent" in window.article.view.toPlainText()

    window.undo_action.trigger()
    assert store.sources.get(source_id).reading_text == before
    assert len(store.revisions.revisions(source_id)) == 1
    window.redo_action.trigger()
    assert "4.75 percent" in store.sources.get(source_id).reading_text


def test_skip_leaves_the_source_alone_and_the_report_says_so(make_window, qtbot, answers) -> None:
    from reader.ui.library.import_dialogs import ImportReportDialog

    answers[0][0] = "skip"
    window = make_window()
    source_id, _ids = _source_with_highlights(window, qtbot)
    before = window.session.store.sources.get(source_id)
    _import(window, qtbot, DATA / "ecb-v2.md")
    assert window.session.store.sources.get(source_id) == before
    report = next(d for d in answers if isinstance(d, ImportReportDialog))
    assert report.table.item(0, 0).text() == "Newer version, skipped"


def test_import_as_new_makes_a_second_source(make_window, qtbot, answers) -> None:
    answers[0][0] = "new"
    window = make_window()
    source_id, _ids = _source_with_highlights(window, qtbot)
    count = window.session.store.sources.count()
    [result] = _import(window, qtbot, DATA / "ecb-v2.md")
    assert result.status is ImportStatus.IMPORTED and result.source_id != source_id
    assert window.session.store.sources.count() == count + 1
    window.undo_action.trigger()
    assert window.session.store.sources.count() == count


def test_a_similar_source_is_linked_in_the_article(make_window, qtbot, answers) -> None:
    window = make_window()
    source_id, _ids = _source_with_highlights(window, qtbot)
    [wire] = _import(window, qtbot, DATA / "ecb-wire-other-outlet.md")
    assert wire.similar_to == source_id
    qtbot.waitUntil(lambda: window.open_source_id == wire.source_id)
    links = window.article.versions.similar
    assert links.isVisible() and f"#{source_id}" in links.text()
    links.linkActivated.emit(f"source:{source_id}")
    assert window.open_source_id == source_id


def test_pasting_a_newer_version_asks_too(make_window, qtbot, answers) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    window = make_window()
    source_id, ids = _source_with_highlights(window, qtbot)
    count = window.session.store.sources.count()
    mime = QMimeData()
    mime.setText((DATA / "ecb-v2.md").read_text(encoding="utf-8").split("---", 2)[2])
    mime.setHtml("<html><head><title>ECB raises rates for the third time this year</title>"
                 '<meta property="og:site_name" content="Example News">'
                 '<link rel="canonical" href="https://example-news.com/economy/ecb-raises-rates/"></head>'
                 "<body><article><h1>ECB raises rates for the third time this year</h1>"
                 + "".join(f"<p>{p}</p>" for p in mime.text().strip().split("\n\n")[1:])
                 + "</article></body></html>")  # fmt: skip
    QApplication.clipboard().setMimeData(mime)
    window.paste_action.trigger()
    assert any(isinstance(d, NewerVersionQuestion) for d in answers)
    store = window.session.store
    assert store.sources.count() == count
    assert "4.75 percent" in store.sources.get(source_id).reading_text
    assert len(store.revisions.revisions(source_id)) == 2
    window.undo_action.trigger()
    assert "4.5 percent" in store.sources.get(source_id).reading_text
