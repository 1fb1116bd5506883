"""Pasting a text says which source it became, by its title, in each language's words and
quotes; the stored file keeps its time stamp name ("Pasted 2025-03-31 14:05.txt").

Seen in the German window: "Eingefügt am “Bank of Japan hebt Leitzins an”" — one pattern for
the file name ("… am <date>") and the status line (a title), with English quotes. Real window
on the seeds, the real clipboard, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reader.ui import dialogs
from tests.ui.library.test_importing import ARTICLE

TITLE = "Tokio plant neue Halbleiter-Subventionen"


@pytest.fixture
def no_dialog(monkeypatch) -> list[object]:
    """Any dialog the paste runs (there should be none), closed as the user would."""
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: seen.append(dialog) or 0)
    return seen


@pytest.mark.parametrize(("language", "said", "named"), [
    ("en", f"Pasted “{TITLE}”", "Pasted "),
    ("de", f"„{TITLE}“ eingefügt", "Eingefügt am "),
])  # fmt: skip
def test_pasting_says_the_title_and_names_the_file_by_time(make_window, speak, no_dialog, language, said, named) -> None:
    speak(language)
    window = make_window()
    QApplication.clipboard().setText(ARTICLE)
    window.paste_action.trigger()
    assert window.statusBar().currentMessage() == said
    source = window.session.store.sources.get(window.library.current_source_id())
    assert source.title == TITLE and source.file_name.startswith(named)
    assert no_dialog == []
