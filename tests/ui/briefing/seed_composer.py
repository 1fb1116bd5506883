"""A briefing composer on its own, offscreen, over a real library in a temp dir holding the first
seed article, with a briefing "Japan" open: what the preview tests start from."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.briefing.composer import BriefingComposer
from reader.ui.export.background import ExportOutcome
from reader.ui.session import Session

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@contextmanager
def seed_composer(qtbot, tmp_path: Path, height: int) -> Iterator[BriefingComposer]:
    store = Store.open(tmp_path / "library.sqlite")
    import_paths(store, sorted(SEEDS.glob("*.txt"))[:1], workers=1)
    session = Session(store)
    widget = BriefingComposer(session)
    qtbot.addWidget(widget)
    widget.resize(440, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.create_briefing("Japan")
    try:
        yield widget
    finally:
        session.shutdown()
        store.close()


def exported(qtbot, composer: BriefingComposer, path: Path) -> ExportOutcome:
    """Export the briefing to `path` and wait for the worker to write it (or say why not)."""
    with qtbot.waitSignal(composer.export_finished, timeout=10_000) as finished:
        composer.export_to(path)
    return finished.args[0]
