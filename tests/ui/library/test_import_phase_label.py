"""After the last file the window's import strip says the import is grouping stories (it was
a full bar reading "Importing 5 of 5" for the seconds that takes on a large folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer import ImportPhase


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Grouping stories…"),
    ("de", "Geschichten werden gruppiert …"),
])  # fmt: skip
def test_the_grouping_phase_is_shown(make_window, speak, qtbot, tmp_path: Path, seeds_dir: Path, language, said) -> None:
    speak(language)
    window = make_window(start=False)
    strip = window.import_progress
    seen: list[tuple[str, str, bool, int]] = []
    with qtbot.waitSignal(window.importer.import_finished, timeout=30_000):
        task = window.importer.import_paths([seeds_dir])
        # After the strip's own slot (connected first): what the user sees as each step begins.
        task.signals.progressed.connect(lambda *_: seen.append(("count", strip.label.text(), True, 1)))
        task.signals.phase_began.connect(lambda phase: seen.append(
            (phase, strip.label.text(), strip.cancel_button.isEnabled(), strip.bar.maximum())))  # fmt: skip
    grouping = [s for s in seen if s[0] == ImportPhase.GROUPING]
    assert grouping == [(ImportPhase.GROUPING, said, False, 0)]  # a busy bar, nothing to cancel
    assert seen.index(grouping[0]) == len(seen) - 1  # after the last file's count
    assert any(s[0] == "count" for s in seen)
    assert not strip.isVisible()
