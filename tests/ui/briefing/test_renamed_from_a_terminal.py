"""A briefing renamed with `briefing briefing rename` while the window is open on the library.

Briefing ▸ Open briefing… lists and opens it by the name the library holds now, before the
window has looked at the library again (that look, which shows it by itself, is
tests/ui/test_library_changed_elsewhere.py's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.ui import dialogs


def test_open_briefing_shows_the_name_a_terminal_gave(make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    window = make_window()
    store = window.session.store
    for name in ("Q4 Japan", "Öl-Markt"):
        window.session.apply(lambda name=name: store.briefings.create(name)[1])
    japan = store.briefings.find("Q4 Japan")
    assert japan is not None
    window.briefings.show(japan.id)
    composer = window.briefings.composer()
    assert composer.briefing_combo.currentText() == "Q4 Japan"

    assert main(["--data-dir", str(data_dir), "briefing", "rename", "q4 japan", "Q4 Japan (final)"]) == 0
    assert capsys.readouterr().out == "briefing “Q4 Japan” is now “Q4 Japan (final)”\n"
    offered: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, items: list[str]) -> int:
        offered.append(items)
        return next(i for i, text in enumerate(items) if text.startswith("Q4 Japan (final) · "))

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    window.briefings.open_action.trigger()  # Briefing ▸ Open briefing… (Ctrl+Shift+B)
    assert sorted(text.split(" · ")[0] for text in offered[0]) == ["Q4 Japan (final)", "Öl-Markt"]
    assert composer.briefing_combo.currentText() == "Q4 Japan (final)"
    assert composer.briefing_id == japan.id
