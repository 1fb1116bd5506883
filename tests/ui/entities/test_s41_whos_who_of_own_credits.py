"""Briefing ▸ Insert who's who on sources naming nobody but their own wire inserts nothing and
says so (session 41): the Hamburg port report's only body is "dpa" in its own dateline
"(dpa/lno)", no body of the report's, and the block had been its heading alone."""

from __future__ import annotations

from pathlib import Path

from reader import paths
from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.briefing.add_menu import create_briefing

PAGE = Path(__file__).resolve().parents[2] / "data" / "agency" / "hafen_v1.txt"


def test_no_block_of_a_wire_reports_own_credit(make_window, qtbot, data_dir: Path) -> None:
    with Store.open(paths.resolve(data_dir).ensure().db_path) as store:
        import_paths(store, [PAGE], workers=1)
    window = make_window()
    briefing_id = create_briefing(window.session, "Hafen")
    window.briefings.show(briefing_id)
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):  # its names found first
        window.entities.whos_who.action.trigger()
    qtbot.wait(50)
    assert window.session.store.briefings.items(briefing_id) == []
    assert window.statusBar().currentMessage() == "No people or organisations found in these sources."
