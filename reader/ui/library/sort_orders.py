"""The library's orders and their titles: one list for the pane's sort box (made here) and Preferences.

The keys are what `Settings.library_sort` and `search.source_ids` take; the titles are
translated when asked for (context LibraryPane, where the sort box shows them).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from reader.ui.eliding_combo import ElidingComboBox

SORTS: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    ("published", QT_TRANSLATE_NOOP("LibraryPane", "Newest published")),
    ("imported", QT_TRANSLATE_NOOP("LibraryPane", "Recently added")),
    ("title", QT_TRANSLATE_NOOP("LibraryPane", "Title A–Z")),
)


def sort_titles() -> list[tuple[str, str]]:
    """The library's orders with their titles in the window's language."""
    return [(key, QCoreApplication.translate("LibraryPane", title)) for key, title in SORTS]


def sort_box(parent: QWidget) -> ElidingComboBox:
    """The library pane's box of orders, each item's data its key."""
    box = ElidingComboBox(parent)  # squeezed, it reads "Newest pu…", not "Newest pu"
    box.setObjectName("librarySort")
    for key, title in sort_titles():
        box.addItem(title, key)
    box.setToolTip(QCoreApplication.translate("LibraryPane", "Sort the library"))
    box.setAccessibleName(box.toolTip())  # its text is its value: "Newest published"
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box
