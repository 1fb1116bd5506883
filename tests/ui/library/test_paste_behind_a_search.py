"""A text pasted (or a single file imported) while the library's search finds nothing like it
is opened all the same.

Walking the window: with "Schuldenbrmse Lander" left in the search box, Paste as new source said
"„Chipmaker shares slide after export curbs“ eingefügt" and the reading view went on showing the
article read before; the new source was nowhere on screen until the search was cleared. The
library's list still follows its search; the new source is opened beside it, as one chosen in
the timeline or the table is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reader.ui import dialogs
from tests.ui.library.test_importing import ARTICLE

TITLE = "Tokio plant neue Halbleiter-Subventionen"


def test_a_paste_the_search_hides_is_opened(make_window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "run", lambda _dialog: 0)
    window = make_window()
    library = window.library
    library.search_box.setText("Schuldenbremse")  # no seed says it, nor the pasted text
    library.reload()
    before = window.open_source_id
    QApplication.clipboard().setText(ARTICLE)
    window.paste_action.trigger()
    opened = window.open_source_id
    assert opened is not None and opened != before
    assert window.session.store.sources.get(opened).title == TITLE
    assert "heimische Chipindustrie" in window.article.view.plain_text()  # on screen
    assert library.search_box.text() == "Schuldenbremse"  # the list keeps its search
