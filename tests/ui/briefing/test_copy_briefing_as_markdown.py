"""Edit ▸ Copy as Markdown (`Ctrl+Shift+C`) in the briefing composer copies the briefing.

Seen in session 38 (an English walk-through): a consultant with a briefing open in the composer
pressed Ctrl+Shift+C to paste it into an e-mail, and the status bar said "Select a highlight to
copy it as Markdown"; the clipboard kept what it held. The only way out was Export… to a file.
With the keyboard in the composer the briefing is copied as its export reads, without the front
matter an e-mail has no use for; elsewhere the selected highlight is copied, as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader.core.briefing_model import ItemKind
from reader.core.ingest import prepare_bytes
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.briefing.preview import without_front_matter
from tests.ui.briefing.seed_composer import exported

ARTICLE = ("Berlin plant Wasserstoffnetz\n\nDie Bundesregierung will das Kernnetz für Wasserstoff mit "
           "2,5 Milliarden Euro fördern. Die Netzbetreiber sollen die Mittel bis 2030 abrufen.\n")  # fmt: skip
QUOTE = "Kernnetz für Wasserstoff"


def _window_with_briefing(make_window, qtbot):
    window = make_window()
    store = window.session.store
    source_id, _ = store.sources.add(prepare_bytes(ARTICLE.encode(), "wasserstoff.txt"))
    store.sources.update_metadata(source_id, title="Berlin plant Wasserstoffnetz", published="2025-12-03")
    text = store.sources.get(source_id).reading_text
    start = text.index(QUOTE)
    highlight, _ = store.highlights.add(source_id, start, start + len(QUOTE), "evidence", "")
    window.briefings.show(create_briefing(window.session, "Energy Q4"))
    composer = window.briefings.composer()
    composer.add_item(ItemKind.HEADING, "Why it matters")
    store.briefings.add_highlights(composer.briefing_id, [highlight.id])
    composer.reload_items()
    composer.add_item(ItemKind.TEXT, "")
    window.activateWindow()
    composer.editor.setFocus()
    qtbot.waitUntil(composer.editor.hasFocus)
    qtbot.keyClicks(composer.editor, "Funding is tied to 2030.")  # typed, not yet saved
    assert composer.editor.pending
    return window, source_id, highlight.id


def test_copy_as_markdown_in_the_composer_copies_the_briefing(make_window, qtbot, tmp_path) -> None:
    """Pressed while typing in the composer's editor: the text typed last is in the copy."""
    window, _source_id, _highlight_id = _window_with_briefing(make_window, qtbot)
    QGuiApplication.clipboard().setText("before")
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.briefings.composer().editor, Qt.Key.Key_C, keys)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("# Energy Q4\n")  # no front matter in an e-mail
    assert "reader_id" not in copied and "---" not in copied
    blocks = copied.split("\n\n")
    assert "## Why it matters" in blocks
    assert f"> {QUOTE}[^1]" in blocks
    assert "Funding is tied to 2030." in blocks  # the text typed just before is in it
    assert "## Sources" in blocks
    assert any(b.startswith("[^1]: ") and "“Berlin plant Wasserstoffnetz”" in b and "paragraph 1" in b for b in blocks)
    assert copied.endswith("\n\n")  # what is typed after pasting starts a paragraph
    assert window.statusBar().currentMessage() == "Copied the briefing “Energy Q4” as Markdown"
    exported(qtbot, window.briefings.composer(), tmp_path / "Energy Q4.md")
    body = without_front_matter((tmp_path / "Energy Q4.md").read_text(encoding="utf-8"))
    assert copied == body.strip("\n") + "\n\n"  # what Export… writes, its front matter left off


def test_copy_as_markdown_outside_the_composer_copies_the_highlight(make_window, qtbot) -> None:
    window, source_id, highlight_id = _window_with_briefing(make_window, qtbot)
    window.read_source(source_id)
    window.article.view.select_highlight(highlight_id)
    window.article.view.setFocus()
    qtbot.waitUntil(window.article.view.hasFocus)
    window.exports.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"> {QUOTE}")
    assert "Energy Q4" not in copied


def test_the_copy_is_said_in_german(make_window, qtbot, speak) -> None:
    speak("de")
    window, _source_id, _highlight_id = _window_with_briefing(make_window, qtbot)
    assert window.exports.copy_action.toolTip().startswith("Die ausgewählten Markierungen oder das Briefing")
    window.exports.copy_action.trigger()
    assert window.statusBar().currentMessage() == "Briefing „Energy Q4“ als Markdown kopiert"
