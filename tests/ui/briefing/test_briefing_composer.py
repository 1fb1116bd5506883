"""Compose a briefing from highlights in three seeds, reorder it, export it, check citations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex

from reader.core.briefing_model import ItemKind
from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.briefing.composer import BriefingComposer
from reader.ui.export.dialog import ExportDialog
from reader.ui.highlights.highlights_view import HighlightsView
from reader.ui.session import Session
from tests.ui.briefing.seed_composer import exported
from tests.ui.highlights_listed import listed

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
META = {
    1: {"title": "Goldenes Bündnis", "site_name": "Industrie-Blog", "byline": "Redaktion",
        "published": "2025-10-28"},
    2: {"title": "Gegengewicht zu China", "site_name": "DWN", "byline": None,
        "published": "2025-10-27"},
    3: {"title": "Asia Techonomics", "site_name": "Handelsblatt", "byline": "Nicole Bastian",
        "published": "2024-04-11"},
}  # fmt: skip
QUOTES = {
    1: "Ein Schwerpunkt liegt auf Schlüsseltechnologien wie Halbleitern",
    2: "Die USA und Japan wollen bei Förderung, Verarbeitung und Lieferung seltener Erden",
    3: "Fast drei Milliarden Dollar will das Unternehmen",
}


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    store = Store.open(tmp_path / "library.sqlite")
    import_paths(store, sorted(SEEDS.glob("*.txt")), workers=1)
    for source_id, values in META.items():
        store.sources.update_metadata(source_id, **values)
        text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
        start = text.index(QUOTES[source_id])
        store.highlights.add(source_id, start, start + len(QUOTES[source_id]), "key")
    store.tags.add([1, 3], "Japan")
    session = Session(store)
    yield session
    session.shutdown()  # as the window does when it closes: the undo steps go too
    store.close()


def select_all_highlights(view: HighlightsView) -> None:
    selection = view.tree.selectionModel()
    for group in range(view.model.rowCount()):
        head = view.model.index(group, 0)
        for row in range(view.model.rowCount(head)):
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.select(view.model.index(row, 0, head), flags)


def footnotes(text: str) -> dict[str, str]:
    return dict(re.findall(r"^\[\^(\d+)\]: (.*)$", text, flags=re.MULTILINE))


def test_compose_reorder_export(qtbot, qtmodeltester, session: Session, tmp_path: Path) -> None:
    view = listed(qtbot, HighlightsView(session))
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    assert view.count_label.text().startswith("3 highlights in 3 groups")

    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Client memo")
    composer.add_item(ItemKind.HEADING, "Supply chains")
    select_all_highlights(view)
    assert len(view.selected_ids()) == 3
    view.add_to_briefing(composer.briefing_id)  # type: ignore[arg-type]
    qtmodeltester.check(composer.items_list.model())
    assert composer.items_list.count() == 4

    # Drag the last quote (Handelsblatt) above the first one, as a drop does.
    model = composer.items_list.model()
    assert model.moveRow(QModelIndex(), 3, QModelIndex(), 1)
    qtbot.waitUntil(lambda: _quote_order(session, composer) == [3, 1, 2])
    session.undo_stack.undo()
    assert _quote_order(session, composer) == [1, 2, 3]
    session.undo_stack.redo()
    assert _quote_order(session, composer) == [3, 1, 2]

    report = exported(qtbot, composer, tmp_path / "out" / "memo.md")
    assert report.written and not report.conflicts
    text = (tmp_path / "out" / "memo.md").read_text(encoding="utf-8")
    notes = footnotes(text)
    for source_id in (3, 1, 2):
        number = re.search(re.escape(QUOTES[source_id]) + r"\[\^(\d+)\]", text).group(1)  # type: ignore[union-attr]
        source = session.store.sources.get(source_id)
        assert source is not None
        assert META[source_id]["site_name"] in notes[number]
        assert f"“{source.title}”" in notes[number]
        assert META[source_id]["published"] in notes[number]
        paragraph = (
            source.reading_text.count("\n\n", 0, source.reading_text.index(QUOTES[source_id])) + 1
        )
        assert notes[number].endswith(f"paragraph {paragraph}")
    assert text.index("## Supply chains") < text.index(QUOTES[3]) < text.index(QUOTES[1])


def test_export_conflict_is_asked_about(qtbot, session: Session, tmp_path: Path) -> None:
    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Memo")
    target = tmp_path / "memo.md"
    exported(qtbot, composer, target)
    target.write_text("edited elsewhere", encoding="utf-8")
    asked: list[int] = []
    composer.ask = lambda _parent, conflicts: asked.append(len(conflicts)) or False
    report = exported(qtbot, composer, target)
    assert (
        asked == [1]
        and report.conflicts
        and target.read_text(encoding="utf-8") == "edited elsewhere"
    )
    composer.ask = lambda _parent, _conflicts: True
    assert exported(qtbot, composer, target).written == [target.resolve()]


def test_highlights_view_filters_and_copy(qtbot, session: Session) -> None:
    view = HighlightsView(session)
    qtbot.addWidget(view)
    view.tag_combo.setCurrentIndex(view.tag_combo.findData("Japan"))
    listed(qtbot, view)
    assert view.count_label.text().startswith("2 highlights")
    view.text_edit.setText("MILLIARDEN")
    listed(qtbot, view)
    assert view.count_label.text().startswith("1 highlight ")
    select_all_highlights(view)
    text = view.copy_selected()
    assert text.startswith("> Fast drei Milliarden") and "Handelsblatt" in text
    view.text_edit.clear()
    view.group_combo.setCurrentIndex(1)
    listed(qtbot, view)
    assert view.model.rowCount() == 1  # all three carry the "key" label


def test_export_dialog_writes_a_tag(qtbot, session: Session, tmp_path: Path) -> None:
    dialog = ExportDialog(session, selected_ids=[2])
    qtbot.addWidget(dialog)
    dialog.tag_radio.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path / "vault"))
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
        dialog.export_button.click()
    assert sorted(p.name for p in (tmp_path / "vault").iterdir()) == [
        "Asia Techonomics.md", "Goldenes Bündnis.md"]  # fmt: skip
    assert dialog.result_label.text().startswith("2 written")


def _quote_order(session: Session, composer: BriefingComposer) -> list[int]:
    store = session.store
    items = store.briefings.items(composer.briefing_id)  # type: ignore[arg-type]
    return [store.highlights.get(i.highlight_id).source_id for i in items if i.highlight_id]  # type: ignore[union-attr]


def test_heading_rename_and_export_buttons_ask_through_the_dialog_seam(
    qtbot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The composer's own questions are real dialogs a test can answer, like a user would."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

    from reader.ui import dialogs

    answers = iter(["Outlook", "Board memo", str(tmp_path / "board")])
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        asked.append(dialog.windowTitle())
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(next(answers))
        elif isinstance(dialog, QFileDialog):
            dialog.selectFile(next(answers))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", answer)
    composer = BriefingComposer(session)
    qtbot.addWidget(composer)
    composer.create_briefing("Memo")
    composer._add_heading()
    composer._rename_clicked()
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):  # the worker writes
        composer._export_clicked()
    assert asked == ["Add heading", "Rename briefing", "Export briefing"]
    assert session.store.briefings.find("Board memo") is not None
    text = (tmp_path / "board.md").read_text(encoding="utf-8")
    assert "## Outlook" in text and "Board memo" in text
