"""The names of the five highlight labels as the window shows them: the user's renames, and
for a label left alone its default name in the window's language."""

from __future__ import annotations

from reader.core.labels import label_name, label_names_in
from reader.ui.i18n import current_language
from reader.ui.session import Session


def label_names(session: Session) -> dict[str, str]:
    return label_names_in(current_language(), session.settings.label_names)


def display_name(session: Session, key: str) -> str:
    return label_name(key, session.settings.label_names, current_language())
