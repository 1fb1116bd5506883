"""The composer's Export… says which file it wrote, not a count, and in which folder.

Seen at 1366 x 768: after Export… the line under the composer read "1 written, 0 already up to
date." — no file name, and "written" of what? A consultant exporting a briefing wants to know
where it went; a file changed elsewhere and kept must say so too. Then it read "Exported to
Japan und USA.md", the folder only in a tooltip and no way to open it, while File ▸ Export…
said "The files are in …" and offered Show folder: the composer now does both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices

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


def test_export_names_the_file_it_wrote_kept_or_left(qtbot, session: Session, tmp_path: Path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Memo")
    assert composer.folder_button.isHidden()  # nothing exported yet: no folder to show
    target = tmp_path / "Japan Q4 memo.md"
    exported(qtbot, composer, target)
    assert composer.status.text() == f"Exported to Japan Q4 memo.md\nThe file is in {tmp_path}"
    assert composer.status.toolTip() == str(target)
    assert not composer.folder_button.isHidden() and composer.folder_button.text() == "Show f&older"
    composer.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    exported(qtbot, composer, target)
    assert composer.status.text() == f"Japan Q4 memo.md is already up to date\nThe file is in {tmp_path}"
    target.write_text("edited elsewhere", encoding="utf-8")
    composer.ask = lambda _parent, _conflicts: False
    exported(qtbot, composer, target)
    assert composer.status.text() == f"Japan Q4 memo.md was changed outside the app: kept as it was\nThe file is in {tmp_path}"
    assert not composer.folder_button.isHidden()  # the file kept is there, in that folder
    composer.reload_items()  # the count comes back; the path no longer belongs to it
    assert composer.status.toolTip() == "" and composer.folder_button.isHidden()


def test_an_export_that_wrote_nothing_shows_no_folder(qtbot, session: Session, tmp_path: Path) -> None:
    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Memo")
    exported(qtbot, composer, tmp_path / "memo.md")
    assert not composer.folder_button.isHidden()
    blocked = tmp_path / "a file"
    blocked.write_text("in the folder's place", encoding="utf-8")
    exported(qtbot, composer, blocked / "memo.md")
    assert composer.status.text().startswith("Export failed: ") and "\n" not in composer.status.text()
    assert composer.folder_button.isHidden()  # the last export's folder is not this one's


def test_the_file_is_named_in_german_too(qtbot, qapp, session: Session, tmp_path: Path) -> None:
    i18n.install(qapp, "de", QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        composer = BriefingComposer(session)
        qtbot.addWidget(composer)
        composer.create_briefing("Memo")
        exported(qtbot, composer, tmp_path / "memo.md")
        assert composer.status.text() == f"Exportiert nach memo.md\nDie Datei liegt in {tmp_path}"
        assert composer.folder_button.text() == "Ordne&r anzeigen"
    finally:
        i18n.install(qapp, "en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
