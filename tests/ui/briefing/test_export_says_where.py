"""The composer's Export… says which file it wrote, not a count.

Seen at 1366 x 768: after Export… the line under the composer read "1 written, 0 already up to
date." — no file name, and "written" of what? A consultant exporting a briefing wants to know
where it went; a file changed elsewhere and kept must say so too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from reader.core.store import Store
from reader.ui import i18n
from reader.ui.briefing.composer import BriefingComposer
from reader.ui.session import Session
from tests.ui.briefing.seed_composer import exported


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    yield session
    session.shutdown()
    store.close()


def test_export_names_the_file_it_wrote_kept_or_left(qtbot, session: Session, tmp_path: Path) -> None:
    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Memo")
    target = tmp_path / "Japan Q4 memo.md"
    exported(qtbot, composer, target)
    assert composer.status.text() == "Exported to Japan Q4 memo.md"
    assert composer.status.toolTip() == str(target)
    exported(qtbot, composer, target)
    assert composer.status.text() == "Japan Q4 memo.md is already up to date"
    target.write_text("edited elsewhere", encoding="utf-8")
    composer.ask = lambda _parent, _conflicts: False
    exported(qtbot, composer, target)
    assert composer.status.text() == "Japan Q4 memo.md was changed outside the app: kept as it was"
    composer.reload_items()  # the count comes back; the path no longer belongs to it
    assert composer.status.toolTip() == ""


def test_the_file_is_named_in_german_too(qtbot, qapp, session: Session, tmp_path: Path) -> None:
    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Memo")
    i18n.install(qapp, "de", QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        exported(qtbot, composer, tmp_path / "memo.md")
        assert composer.status.text() == "Exportiert nach memo.md"
    finally:
        i18n.install(qapp, "en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
