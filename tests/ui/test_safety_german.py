"""The full-disk messages in the German window (the core's own words are English)."""

from __future__ import annotations

import sqlite3

from reader.ui import app
from reader.ui.core_messages import translated


def test_the_german_window_says_the_disk_is_full_in_german(qapp, speak) -> None:
    speak("de")
    reason = translated("not stored: the library could not be written (database or disk is full)")
    assert reason == "nicht gespeichert: in die Bibliothek konnte nicht geschrieben werden (Datenbank oder Datenträger voll)"
    said = app._unexpected_text(sqlite3.OperationalError("database or disk is full"))
    assert said.startswith("Der Datenträger der Bibliothek ist voll")
