"""Source ▸ Edit metadata: a form for the fields an import may have got wrong.

Validation is the core's (`clean_metadata`); the dialog shows the first problem under the form
and keeps the focus on that field instead of closing. `changes()` returns only what the user
actually changed, so the undo step restores exactly that.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import Source
from reader.core.user_metadata import FIELD_NAMES, MetadataError, clean_metadata
from reader.ui.date_display import typed_date
from reader.ui.language_names import language_name
from reader.ui.letters import letter_of

_PLACEHOLDERS = cast("dict[str, str]", {  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    "published": QT_TRANSLATE_NOOP("MetadataDialog", "e.g. 11.04.2024, 11. April 2024 or 2024-04-11 14:30"),
    "url": "https://…",
    "lang": QT_TRANSLATE_NOOP("MetadataDialog", "e.g. de, en, en-GB"),
    "site_name": QT_TRANSLATE_NOOP("MetadataDialog", "e.g. Handelsblatt"),
    "agency": QT_TRANSLATE_NOOP("MetadataDialog", "news agency of a wire story, e.g. dpa, Reuters"),
})
# The core names fields and problems in English; the dialog says them in the window's language.
_FIELDS = cast("dict[str, str]", {  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    "title": QT_TRANSLATE_NOOP("MetadataDialog", "Title"),
    "teaser": QT_TRANSLATE_NOOP("MetadataDialog", "Teaser"),
    "byline": QT_TRANSLATE_NOOP("MetadataDialog", "Byline"),
    "site_name": QT_TRANSLATE_NOOP("MetadataDialog", "Outlet"),
    "agency": QT_TRANSLATE_NOOP("MetadataDialog", "Agency"),
    "published": QT_TRANSLATE_NOOP("MetadataDialog", "Date"),
    "url": QT_TRANSLATE_NOOP("MetadataDialog", "URL"),
    "lang": QT_TRANSLATE_NOOP("MetadataDialog", "Language"),
})
_PROBLEMS = (
    QT_TRANSLATE_NOOP("MetadataDialog", "cannot be edited"),
    QT_TRANSLATE_NOOP("MetadataDialog", "a source needs a title"),
    QT_TRANSLATE_NOOP("MetadataDialog", "a web address starting with http:// or https://"),
    QT_TRANSLATE_NOOP("MetadataDialog", "a language code such as “de”, “en” or “en-GB”"),
    QT_TRANSLATE_NOOP("MetadataDialog", "at most 500 characters"),
    QT_TRANSLATE_NOOP("MetadataDialog", "a date such as 2024-04-11, 11.04.2024 or 11. April 2024"),
    QT_TRANSLATE_NOOP("MetadataDialog", "there is no such day in the calendar"),
)


MAX_WIDTH = 900  # px: a longer title scrolls in its field


def _with_letter(label: str, taken: set[str | None]) -> str:
    """`label` with an Alt+letter no other field or button has, its first free one: F2 then
    Alt+D went to the date without eight Tabs, in either language, with no new words to
    translate (the field names are also the error messages')."""
    for at, char in enumerate(label):
        if char.isalpha() and char.casefold() not in taken:
            taken.add(char.casefold())
            return f"{label[:at]}&{label[at:]}"
    return label


class MetadataDialog(QDialog):
    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit metadata"))
        self.source = source
        self._cleaned: dict[str, str | None] = {}
        self._build_fields()
        self._build_layout()
        # Wide enough for the whole title (up to a point), shown from its start: a news title
        # of 60 characters was cut to "ne VW ID. SPACE VIZZION is a weird EV …" at 560 px.
        title = self.editors["title"]
        assert isinstance(title, QLineEdit)  # only the teaser is a QPlainTextEdit
        needed = title.fontMetrics().horizontalAdvance(title.text()) + self.sizeHint().width() - title.sizeHint().width() + 24
        self.resize(min(max(560, needed), MAX_WIDTH), self.sizeHint().height())
        title.setCursorPosition(0)

    def _build_fields(self) -> None:
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in FIELD_NAMES:
            value = getattr(self.source, name) or ""
            if name == "published":
                value = typed_date(value)  # 28.10.2025 for a German eye; read back the same
            editor: QLineEdit | QPlainTextEdit
            if name == "teaser":
                teaser = QPlainTextEdit(value, self)
                teaser.setTabChangesFocus(True)
                teaser.setFixedHeight(teaser.fontMetrics().lineSpacing() * 4 + 12)
                editor = teaser
            else:
                line = QLineEdit(value, self)
                line.setPlaceholderText(self.tr(_PLACEHOLDERS.get(name, "")) if name in _PLACEHOLDERS else "")
                editor = line
            editor.setObjectName(f"field_{name}")
            self.editors[name] = editor

    def _build_layout(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        taken = {letter_of(button.text()) for button in self.buttons.buttons()}
        form = QFormLayout()
        for name, editor in self.editors.items():
            label = QLabel(_with_letter(self.tr("%1:").replace("%1", self.tr(_FIELDS.get(name, FIELD_NAMES[name]))), taken), self)
            label.setBuddy(editor)
            form.addRow(label, self._language_row(editor) if name == "lang" else editor)
        if self.source.title_derived:
            hint = QLabel(self.tr("The title was taken from the text; type the real one."), self)
            hint.setObjectName("hint")
            form.insertRow(1, "", hint)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _language_row(self, editor: QLineEdit | QPlainTextEdit) -> QHBoxLayout:
        """The code field with the language's name beside it ("en" — Englisch), which says
        what the code means and whether it was typed right."""
        self.language_name = QLabel(self)
        self.language_name.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(editor, 1)
        row.addWidget(self.language_name, 2)
        if isinstance(editor, QLineEdit):
            editor.textChanged.connect(lambda code: self.language_name.setText(language_name(code)))
            self.language_name.setText(language_name(editor.text()))
        return row

    def values(self) -> dict[str, str]:
        return {
            name: editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            for name, editor in self.editors.items()
        }

    def accept(self) -> None:
        try:
            cleaned = clean_metadata(self.values())
        except MetadataError as exc:
            field = self.tr(_FIELDS.get(exc.field, exc.field))
            self.error.setText(self.tr("%1: %2").replace("%1", field).replace("%2", self.tr(exc.reason)))
            self.error.show()
            self.editors.get(exc.field, self.editors["title"]).setFocus()
            return
        self._cleaned = cleaned
        super().accept()

    def changes(self) -> dict[str, str | None]:
        """The validated fields whose value differs from the source's."""
        return {
            name: value
            for name, value in self._cleaned.items()
            if value != (getattr(self.source, name) or None)
        }
