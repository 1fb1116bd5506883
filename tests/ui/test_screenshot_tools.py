"""`make screenshot` renders the README's pictures from a fresh library: the story view's broke
when the library's list came to be read off the window's thread after an import (the tool chose
the Tokyo report before its row was listed, and no story window opened)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def test_the_story_screenshot_shows_the_story_window(tmp_path: Path) -> None:
    out = tmp_path / "story.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(REPO / "tools" / "screenshot_views.py"), "story", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    picture = QImage(str(out))
    assert (picture.width(), picture.height()) == (1440, 900)  # the story window, as the tool sizes it
