"""A library in a folder the user may not write says why it is read-only, and what to do.

Found starting the window on such a folder (as a user without write permission): the window
opened read-only with "Read-only" in the status bar and nothing else — no word of why, or of
how to work in that library. A damaged library the user chose to open read-only says nothing
more: the damage dialog said it all. The tests run as root, whom permissions do not stop, so
the folder's permission is what `os.access` answers for it, as it answers an ordinary user.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLabel

from reader.ui import read_only
from tests.ui.test_read_only_window import library, open_read_only  # noqa: F401  (fixtures)

SAID = {"en": "Read-only: you may not write to the library here. To work in it, copy it to a folder "
              "of your own (--data-dir).",
        "de": "Schreibgeschützt: Sie dürfen hier nicht in die Bibliothek schreiben. Zum Arbeiten kopieren "
              "Sie sie in einen eigenen Ordner (--data-dir)."}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_folder_one_may_not_write_is_named_with_the_way_out(
    open_read_only, library, speak, monkeypatch, language: str  # noqa: F811
) -> None:
    speak(language)
    folder = str(library.db_path.parent)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if os.fspath(path) == folder and mode == os.W_OK
                        else real_access(path, mode, **kw))  # fmt: skip
    window = open_read_only()
    assert window.statusBar().currentMessage() == SAID[language]
    mark = window.statusBar().findChild(QLabel, read_only.LABEL_NAME)
    assert mark.toolTip() == f"{SAID[language]}\n{library.db_path}"


def test_a_damaged_library_opened_read_only_by_choice_says_nothing_more(open_read_only) -> None:  # noqa: F811
    window = open_read_only()
    assert window.statusBar().currentMessage() == "The library is open read-only: nothing can be changed"
    mark = window.statusBar().findChild(QLabel, read_only.LABEL_NAME)
    assert mark.toolTip() == "The library is open read-only: nothing can be changed"
