"""The Entities view's Name column sorts people by surname: it sorted by the name the index
keeps, so "Dr. Ina Berger" (kept as "Ina Berger", the title a role) went under "I" between
"Anna Zeller" and "Prof. Dr. Karl Adler" (under "K"). A real library, imported and indexed by
the real window; the command line and the who's who: tests/cli/test_cli_entities_surname_order.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from reader.core.entities import EntityKind
from reader.ui.entities.entity_models import NAME
from tests.cli.test_cli_entities_surname_order import BY_SURNAME, CLINIC


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    from reader import paths
    from reader.core import importer
    from reader.core.store import Store

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "klinik.txt").write_text(CLINIC, encoding="utf-8")
    with Store.open(paths.resolve(data_dir).ensure().db_path) as store:
        importer.import_paths(store, [texts], workers=1)
    return data_dir


def _names(view) -> list[str]:
    return [view.model.index(r, NAME).data() for r in range(view.model.rowCount())]


def test_the_name_column_sorts_people_by_surname(library, make_window, qtbot) -> None:
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    view = mode.view
    view.kind_box.setCurrentIndex(view.kind_box.findData(EntityKind.PERSON))
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2))  # fmt: skip
    assert header.sortIndicatorSection() == NAME
    names = [n for n in _names(view) if n in BY_SURNAME]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        names.reverse()
    assert names == BY_SURNAME, _names(view)
