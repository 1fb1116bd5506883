"""The composer's Delete says what it deleted and how to get it back.

Seen at 1366 x 768: one click on Delete removed "Japan Q4" and its six items without a question
and without a word (the composer said only "Create a briefing."); Ctrl+Z did bring it back,
but nothing told the user so. Deleting a saved search says it in the status bar; so does this.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.store import Store
from reader.ui.briefing.composer import BriefingComposer
from reader.ui.session import Session


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    yield session
    session.shutdown()
    store.close()


def test_delete_says_ctrl_z_brings_it_back(qtbot, session: Session) -> None:
    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Japan Q4")
    notices: list[str] = []
    session.notice_posted.connect(notices.append)
    composer._delete_clicked()
    assert session.store.briefings.find("Japan Q4") is None
    assert notices == ["Deleted briefing “Japan Q4” (Ctrl+Z brings it back)"]
    session.undo_stack.undo()
    assert session.store.briefings.find("Japan Q4") is not None
