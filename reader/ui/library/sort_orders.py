"""The library's orders and their titles: one list for the pane's sort box and Preferences.

The keys are what `Settings.library_sort` and `search.source_ids` take; the titles are
translated when asked for (context LibraryPane, where the sort box shows them).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SORTS: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    ("published", QT_TRANSLATE_NOOP("LibraryPane", "Newest published")),
    ("imported", QT_TRANSLATE_NOOP("LibraryPane", "Recently added")),
    ("title", QT_TRANSLATE_NOOP("LibraryPane", "Title A–Z")),
)


def sort_titles() -> list[tuple[str, str]]:
    """The library's orders with their titles in the window's language."""
    return [(key, QCoreApplication.translate("LibraryPane", title)) for key, title in SORTS]
