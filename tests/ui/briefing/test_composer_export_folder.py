"""The composer's Export… opens where the briefing lives, not where the sources went last.

Seen in the window: a briefing exported to Vault/Briefings, then the library exported with File ▸
Export… to Vault/Quellen; the next Export… offered Vault/Quellen/Memo.md, and saying yes wrote
a second copy of the briefing among the sources, the first one left behind, stale. The folder
the briefing's file is in is offered while the file is there; else the last export's, as before.
"""

from __future__ import annotations

from pathlib import Path

from reader.ui import dialogs
from reader.ui.briefing.composer import BriefingComposer
from tests.ui.briefing.seed_composer import exported


def _offered(composer: BriefingComposer, monkeypatch) -> Path:
    offered: list[Path] = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda _parent, _title, path, _suffix: offered.append(path))
    composer._export_clicked()
    assert len(offered) == 1
    return offered[0]


def test_export_offers_the_briefings_own_folder(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    window = make_window()
    briefings, sources = tmp_path / "Vault" / "Briefings", tmp_path / "Vault" / "Quellen"
    briefings.mkdir(parents=True)
    sources.mkdir()
    composer = window.briefings.composer()
    composer.create_briefing("Memo")
    exported(qtbot, composer, briefings / "Kundenmemo.md")
    window.state.set_export_folder(str(sources))  # what File ▸ Export… of the sources leaves
    assert _offered(composer, monkeypatch) == briefings / "Kundenmemo.md"

    composer.create_briefing("Neu")  # never exported: the last export's folder, as before
    assert _offered(composer, monkeypatch) == sources / "Neu.md"


def test_a_briefing_file_gone_from_its_folder_is_not_followed(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    window = make_window()
    briefings, sources = tmp_path / "Briefings", tmp_path / "Quellen"
    briefings.mkdir()
    sources.mkdir()
    composer = window.briefings.composer()
    composer.create_briefing("Memo")
    exported(qtbot, composer, briefings / "Memo.md")
    (briefings / "Memo.md").rename(tmp_path / "moved away.md")
    window.state.set_export_folder(str(sources))
    assert _offered(composer, monkeypatch) == sources / "Memo.md"
