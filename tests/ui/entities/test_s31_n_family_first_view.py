"""The Entities view's Name column files a Chinese or Korean name written family name first
under its first word ("Kim Jong Un" under K, "Xi Jinping" under X) among names sorted by
surname. A real library, imported and indexed by the real window; the command line:
tests/cli/test_s31_n_family_first_listing.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from reader.core.entities import EntityKind
from reader.ui.entities.entity_models import NAME
from tests.cli.test_s31_n_family_first_listing import BY_FAMILY_NAME, SUMMIT


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    from reader import paths
    from reader.core import importer
    from reader.core.store import Store

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "summit.txt").write_text(SUMMIT, encoding="utf-8")
    with Store.open(paths.resolve(data_dir).ensure().db_path) as store:
        importer.import_paths(store, [texts], workers=1)
    return data_dir


def test_the_name_column_files_names_under_the_family_name(library, make_window, qtbot) -> None:
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
    rows = [view.model.index(r, NAME).data() for r in range(view.model.rowCount())]
    names = [n for n in rows if n in BY_FAMILY_NAME]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        names.reverse()
    assert names == BY_FAMILY_NAME, rows
