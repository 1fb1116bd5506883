"""The names the user gave the five highlight labels, read from the session's settings.

The settings live on the session once the window has loaded them; a session without them (a
test, a tool) shows the default names.
"""

from __future__ import annotations

from reader.core.labels import label_name
from reader.ui.session import Session


def label_names(session: Session) -> dict[str, str]:
    settings = getattr(session, "settings", None)
    names = getattr(settings, "label_names", None)
    return dict(names) if isinstance(names, dict) else {}


def display_name(session: Session, key: str) -> str:
    return label_name(key, label_names(session))
