"""The composer's Export… offers the file name `briefing export --briefing` writes: a name made
valid for every system and for Obsidian, in the folder of the last export, or the file this
briefing was exported to there before (seen in the window: "Japan/USA: Rohstoffe" was offered as
"USA: Rohstoffe.md" in a folder "Japan" that does not exist, and ":" is no file name character
on Windows nor in an Obsidian vault)."""

from __future__ import annotations

from pathlib import Path

from reader.core.export import export_briefing
from reader.ui import dialogs
from reader.ui.briefing.composer import BriefingComposer
from tests.ui.briefing.seed_composer import exported


def _offered(composer: BriefingComposer, monkeypatch) -> Path:
    offered: list[Path] = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda _parent, _title, path, _suffix: offered.append(path))
    composer._export_clicked()
    assert len(offered) == 1
    return offered[0]


def test_export_offers_the_command_lines_file_name(make_window, monkeypatch, tmp_path: Path) -> None:
    window = make_window()
    vault = tmp_path / "vault"
    vault.mkdir()
    composer = window.briefings.composer()
    window.state.set_export_folder(str(vault))  # the window's last export went there
    composer.create_briefing("Japan/USA: Rohstoffe")
    offered = _offered(composer, monkeypatch)
    store = window.session.store
    briefing_id = store.briefings.find("Japan/USA: Rohstoffe").id
    written = export_briefing(store, briefing_id, tmp_path / "cli").written  # what the command writes
    assert offered.parent == vault and offered.name == written[0].name == "Japan USA Rohstoffe.md"


def test_export_offers_the_file_the_briefing_went_to_before(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    window = make_window()
    vault = tmp_path / "vault"
    composer = window.briefings.composer()
    window.state.set_export_folder(str(vault))  # the window's last export went there
    composer.create_briefing("Memo")
    exported(qtbot, composer, vault / "Client memo.md")  # saved under a name of the user's own
    (vault / "Memo.md").write_text("someone else's note\n", encoding="utf-8")
    assert _offered(composer, monkeypatch) == vault / "Client memo.md"  # updated, not a second copy


def test_export_offers_an_untitled_briefings_name_in_the_export_language(
    make_window, monkeypatch, tmp_path: Path
) -> None:
    """A briefing named with link syntax alone was offered as "Untitled.md" while exports were
    German and `briefing export --briefing` wrote "Ohne Titel.md"."""
    window = make_window()
    window.session.settings.export_language = "de"  # Preferences ▸ export in German
    vault = tmp_path / "vault"
    vault.mkdir()
    composer = window.briefings.composer()
    window.state.set_export_folder(str(vault))  # the window's last export went there
    composer.create_briefing("[#]")
    offered = _offered(composer, monkeypatch)
    store = window.session.store
    briefing_id = store.briefings.find("[#]").id
    written = export_briefing(store, briefing_id, tmp_path / "cli", language="de").written
    assert offered.name == written[0].name == "Ohne Titel.md"
