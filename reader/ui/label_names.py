"""The names the user gave the five highlight labels, read from the session's settings."""

from __future__ import annotations

from reader.core.labels import label_name
from reader.ui.session import Session


def label_names(session: Session) -> dict[str, str]:
    return dict(session.settings.label_names)


def display_name(session: Session, key: str) -> str:
    return label_name(key, label_names(session))
