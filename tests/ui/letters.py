"""Reading a window's Alt+letters (mnemonics) as the keyboard meets them.

A keyboard walkthrough found whole menus (Edit's highlight and find entries) and windows (the
composer's, the story window's buttons) without a single underlined letter, and letters claimed
twice, where Alt+letter only moves the focus between the owners instead of acting. These
helpers say, for a menu or a window, which entries have no letter (or more than one) and which
letters two entries share, in words an assertion message can show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from reader.ui.letter_turns import LETTERED as RESTING

AMPERSAND = re.compile(r"&(.)")
HEADINGS = {"sectionTitle", "paneHeading"}  # over a pane's section, not a field's name
FIELDS = (QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def marks(text: str) -> list[str]:
    """The letters `text` underlines ("&&" is a literal ampersand, not a mark)."""
    return [m.casefold() for m in AMPERSAND.findall(text) if m != "&"]


def letter(text: str) -> str | None:
    found = marks(text)
    return found[0] if found else None


def menu_faults(menu: QMenu, path: str = "") -> list[str]:
    """Entries of `menu` (and its submenus) without exactly one letter, and letters shared."""
    faults: list[str] = []
    owners: dict[str, list[str]] = {}
    where = f"{path}{menu.title().replace('&', '')}"
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text().split("\t")[0]
        if len(marks(text)) != 1:
            faults.append(f"{where} ▸ {text!r}: {len(marks(text))} letters")
        else:
            owners.setdefault(marks(text)[0], []).append(text)
        if action.menu() is not None:
            faults += menu_faults(action.menu(), f"{where} ▸ ")
    faults += [f"{where}: {k.upper()} in {v}" for k, v in owners.items() if len(v) > 1]
    return faults


def _standard(button: QAbstractButton) -> bool:
    """A button Qt names itself (OK, Cancel, Close of a button box or message box)."""
    parent = button.parent()
    while parent is not None:
        if isinstance(parent, QDialogButtonBox):
            return parent.standardButton(button) is not QDialogButtonBox.StandardButton.NoButton
        if isinstance(parent, QMessageBox):
            return parent.standardButton(button) is not QMessageBox.StandardButton.NoButton
        parent = parent.parent()
    return False


def controls(top: QWidget) -> list[QWidget]:
    """The visible widgets of `top`'s window that own a letter or must have one."""
    found: list[QWidget] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top.window():
            continue
        if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and not _standard(widget):
            found.append(widget)
        elif isinstance(widget, QAbstractButton) and marks(widget.text()):
            found.append(widget)  # a tool button needs none, but one it has counts
        elif isinstance(widget, QLabel) and isinstance(widget.buddy(), QAbstractButton) and not marks(widget.text()):
            continue  # "Export:" before radio buttons that carry their own letters
        elif isinstance(widget, QLabel) and (widget.buddy() is not None or labelled_field(widget) is not None):
            found.append(widget)
    return found


def labelled_field(label: QLabel) -> QWidget | None:
    """The input a short label names: its field in a form, the cell right of it in a grid, the
    next widget in a row or column; None for headings and hints over other things."""
    if not label.text().strip() or label.wordWrap() or label.objectName() in HEADINGS:
        return None
    layout = _layout_of(label)
    field: QWidget | None = None
    if isinstance(layout, QFormLayout):
        row, role = layout.getWidgetPosition(label)
        item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole) if role is QFormLayout.ItemRole.LabelRole else None
        field = item.widget() if item is not None else None
    elif isinstance(layout, QGridLayout):
        row, column, _rows, _columns = layout.getItemPosition(layout.indexOf(label))
        item = layout.itemAtPosition(row, column + 1)
        field = item.widget() if item is not None else None
    elif layout is not None:
        index = layout.indexOf(label)
        item = layout.itemAt(index + 1) if 0 <= index < layout.count() - 1 else None
        field = item.widget() if item is not None else None
    return field if isinstance(field, FIELDS) and field.isVisible() else None


def _layout_of(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    return _holding(parent.layout(), widget)


def _holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None and (found := _holding(inner, widget)) is not None:
            return found
    return None


def window_faults(top: QWidget, menu_titles: Sequence[str] = ()) -> list[str]:
    """Controls of `top`'s window without exactly one letter, labels not tied to the field they
    name, and letters two owners share (the menu bar's titles included)."""
    faults: list[str] = []
    owners: dict[str, list[str]] = {}
    for title in menu_titles:
        owners.setdefault(letter(title) or "", []).append(f"menu {title}")
    for widget in controls(top):
        text = widget.text()  # type: ignore[attr-defined]
        kind = type(widget).__name__
        resting = widget.property(RESTING)
        if isinstance(resting, str) and not marks(text) and len(marks(resting)) == 1:
            continue  # its letter rests while the keyboard is in the other region (letter_turns)
        if len(marks(text)) != 1:
            faults.append(f"{kind} {text!r}: {len(marks(text))} letters")
        else:
            owners.setdefault(marks(text)[0], []).append(f"{kind} {text!r}")
        if isinstance(widget, QLabel) and (field := labelled_field(widget)) is not None and widget.buddy() is not field:
            faults.append(f"{kind} {text!r} names a {type(field).__name__} but is not its buddy")
    faults += [f"{k.upper()} in {v}" for k, v in owners.items() if k and len(v) > 1]
    return faults
