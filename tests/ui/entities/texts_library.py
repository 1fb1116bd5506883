"""Shared set-up of the Entities view's tests: texts imported into the window's library before
it opens (so no seeds), and the people's Name column as the user sorts it by a click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from reader.core.entities import EntityKind
from reader.ui.entities.entity_models import NAME, ROLES, EntityRole


def imported(data_dir: Path, tmp_path: Path, texts: dict[str, str]) -> Path:
    """`texts` (file name → text) written into a folder and imported; the folder."""
    from reader import paths
    from reader.core import importer
    from reader.core.store import Store

    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store.open(paths.resolve(data_dir).ensure().db_path) as store:
        importer.import_paths(store, [folder], workers=1)
    return folder


def people_by_name_column(window, qtbot) -> list[str]:
    """The Entities view's people, once indexed, in the order a click on the Name header gives
    (read ascending whichever way the header's first click sorts)."""
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    view = mode.view
    view.kind_box.setCurrentIndex(view.kind_box.findData(EntityKind.PERSON))
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2))  # fmt: skip
    assert header.sortIndicatorSection() == NAME
    rows = [view.model.index(r, NAME).data() for r in range(view.model.rowCount())]
    return rows[::-1] if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else rows


def roles_by_name(window, qtbot) -> dict[str, str]:
    """The Entities view's Roles column by entity name, once the view has indexed."""
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    model = mode.view.model
    return {
        model.index(r, NAME).data(EntityRole).name: model.index(r, ROLES).data()
        for r in range(model.rowCount())
    }
