"""The Entities view's two lists: the entities (a table, sortable, filtered by name) and the
mentions of the chosen one as keyword-in-context rows.

A mention carries offsets into its source's reading text and a context line made from it; the
name is emphasised in that line where the source words it ("USA" for the place listed as
"Vereinigte Staaten"), so the words are read from the source — only for the rows painted, and
once per source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.core.entities import EntityKind, EntitySummary, Mention

Index = QModelIndex | QPersistentModelIndex
EntityRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
MentionRole = Qt.ItemDataRole.UserRole + 3
SpanRole = Qt.ItemDataRole.UserRole + 4  # (start, end) of the name in the context line, or None

KIND_TITLES = {
    EntityKind.PERSON: QT_TRANSLATE_NOOP("EntityModels", "Person"),
    EntityKind.ORG: QT_TRANSLATE_NOOP("EntityModels", "Organisation"),
    EntityKind.PLACE: QT_TRANSLATE_NOOP("EntityModels", "Place"),
    EntityKind.FIGURE: QT_TRANSLATE_NOOP("EntityModels", "Figure"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("EntityModels", "Name"),
    QT_TRANSLATE_NOOP("EntityModels", "Kind"),
    QT_TRANSLATE_NOOP("EntityModels", "Roles"),
    QT_TRANSLATE_NOOP("EntityModels", "Sources"),
    QT_TRANSLATE_NOOP("EntityModels", "Mentions"),
)
NAME, KIND, ROLES, SOURCES, MENTIONS = range(len(COLUMNS))


def kind_title(kind: EntityKind) -> str:
    return QCoreApplication.translate("EntityModels", KIND_TITLES[kind])


class EntityTableModel(QAbstractTableModel):
    """Every entity of the library (of one kind), most sources first, as the store lists them."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._entities: list[EntitySummary] = []

    def set_entities(self, entities: Sequence[EntitySummary]) -> None:
        self.beginResetModel()
        self._entities = list(entities)
        self.endResetModel()

    def entity(self, row: int) -> EntitySummary | None:
        return self._entities[row] if 0 <= row < len(self._entities) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("EntityModels", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entity = self.entity(index.row()) if index.isValid() else None
        if entity is None:
            return None
        column = index.column()
        if role == EntityRole:
            return entity
        if role == SortRole:  # counts by number (ties by the other count), words by their letters
            if column == SOURCES:
                return (entity.sources, entity.mentions)
            if column == MENTIONS:
                return (entity.mentions, entity.sources)
            return str(self.data(index)).casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            return {NAME: entity.name, KIND: kind_title(entity.kind), ROLES: ", ".join(entity.roles),
                    SOURCES: QLocale().toString(entity.sources),
                    MENTIONS: QLocale().toString(entity.mentions)}[column]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SOURCES, MENTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, ROLES) and entity.roles:
            return f"{entity.name} — {', '.join(entity.roles)}"
        return None


class EntityFilter(QSortFilterProxyModel):
    """The table sorted by a clicked column and narrowed to names holding the typed text."""

    def __init__(self, source: EntityTableModel, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: Index, right: Index) -> bool:
        return bool(left.data(SortRole) < right.data(SortRole))


def name_span(context: str, surface: str) -> tuple[int, int] | None:
    """Where `surface` (the words as the source has them) stands in the context line."""
    wanted = " ".join(surface.split())
    at = context.find(wanted) if wanted else -1
    if at < 0:
        at = context.casefold().find(wanted.casefold()) if wanted else -1
    return (at, at + len(wanted)) if at >= 0 else None


class MentionModel(QAbstractListModel):
    """The mentions of one entity; `reading_text(source_id)` gives a source's text, read only
    for the rows painted and kept per source while the list shows this entity."""

    def __init__(self, reading_text: Callable[[int], str], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._reading_text = reading_text
        self._mentions: list[Mention] = []
        self._texts: dict[int, str] = {}

    def set_mentions(self, mentions: Sequence[Mention]) -> None:
        self.beginResetModel()
        self._mentions = list(mentions)
        self._texts = {}
        self.endResetModel()

    def mention(self, row: int) -> Mention | None:
        return self._mentions[row] if 0 <= row < len(self._mentions) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._mentions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        mention = self.mention(index.row()) if index.isValid() else None
        if mention is None:
            return None
        if role == MentionRole:
            return mention
        if role == SpanRole:
            return name_span(mention.context, self._surface(mention))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{mention.source_title}: {mention.context}"
        return None

    def _surface(self, mention: Mention) -> str:
        if mention.source_id not in self._texts:
            self._texts[mention.source_id] = self._reading_text(mention.source_id)
        return self._texts[mention.source_id][mention.start : mention.end]
