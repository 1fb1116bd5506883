"""Edit metadata shows a news title whole, from its start: at 560 px a 60-character title was
shown from its end ("ne VW ID. SPACE VIZZION is a weird EV sports wagon with a secret …")."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.library.metadata_dialog import MetadataDialog

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_d259bef84eb4a67d.txt"
TITLE = "The VW ID. SPACE VIZZION is a weird EV sports wagon with a secret message"


def test_a_long_title_is_shown_whole_from_its_start(tmp_path: Path, qtbot) -> None:
    store = Store.open(tmp_path / "library.sqlite")
    (result,) = import_paths(store, [SEED], workers=1)
    source = dataclasses.replace(store.sources.get(result.source_id), title=TITLE)
    dialog = MetadataDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.editors["title"]
    assert field.cursorPosition() == 0
    assert field.fontMetrics().horizontalAdvance(TITLE) < field.contentsRect().width() - 8
