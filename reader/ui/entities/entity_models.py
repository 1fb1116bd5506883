"""The Entities view's two lists: the entities (a table, sortable, narrowed by name) and the
mentions of the chosen one as keyword-in-context rows.

A mention carries offsets into its source's reading text (or its teaser) and a context line
made from it; the name is emphasised in that line where the source words it ("USA" for the
place listed as "Vereinigte Staaten"), so the words are read from the source — only for the rows
painted, and once per source.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from reader.core.entities import (
    BODY,
    TEASER,
    EntityKind,
    EntitySummary,
    Mention,
    merge_roles,
    sort_name,
    titled_name,
)
from reader.core.models import Source
from reader.core.text import without_accents
from reader.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
EntityRole = Qt.ItemDataRole.UserRole + 1
MentionRole = Qt.ItemDataRole.UserRole + 3
SpanRole = Qt.ItemDataRole.UserRole + 4  # (start, end) of the name in the context line, or None
LeadRole = Qt.ItemDataRole.UserRole + 5  # the source's words before a whole sentence's start, or ""
LEAD_CHARS = 120  # as many as the left column can show

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


_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def bare(text: str) -> str:
    """`text` as the name filters compare it: casefolded, accents dropped ("Köln" → "koln")."""
    return without_accents(text.casefold())


def name_keys(name: str) -> tuple[str, str]:
    """What a typed filter is looked for in: the name bare, and with its umlauts spelled out
    ("koeln"). "Konig" found no "Vereinigtes Königreich" while the library's search, typed
    the same way, finds "Zölle" for "Zolle"; an English keyboard types no umlaut."""
    folded = name.casefold()
    if folded.isascii():  # most names: a quarter of the time, at each reading of the list
        return folded, folded
    return bare(folded), bare(folded.translate(_SPELLED))


def entity_keys(entity: EntitySummary) -> tuple[str, ...]:
    """What a typed filter is looked for in for an entity: its name's keys, and a place's in its
    other language ("turkey" for "Türkei" in the German list)."""
    return tuple(key for name in (entity.name, *entity.aliases) for key in name_keys(name))


def matches(wanted: str, keys: tuple[str, ...]) -> bool:
    """`wanted` (already `bare`) is in any of a name's `keys`."""
    return any(wanted in key for key in keys)


def kind_title(kind: EntityKind) -> str:
    return QCoreApplication.translate("EntityModels", str(KIND_TITLES[kind]))  # the stub types a NOOP object


class EntityTableModel(QAbstractTableModel):
    """The library's entities (of one kind) as the store lists them — most sources first — narrowed
    to names holding the filter text and sorted by the clicked column.

    Filtering and sorting are done here over the Python list rather than by a proxy model, which
    asks `data()` for every row and comparison: 10-20 ms instead of seconds at 20,000 entities.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._all: list[EntitySummary] = []
        self._keys: dict[int, tuple[str, ...]] = {}
        self._name_keys: dict[int, str] = {}  # the Name column's order, worked out when first sorted by it
        self._shown: list[EntitySummary] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] = (SOURCES, Qt.SortOrder.DescendingOrder)

    def set_entities(self, entities: Sequence[EntitySummary]) -> None:
        self._all = list(entities)
        self._keys = {e.id: entity_keys(e) for e in self._all}  # once, not at each key typed
        self._name_keys = {}
        self._refresh()

    def set_filter(self, text: str) -> None:
        self._filter = bare(text.strip())
        self._refresh()

    def total(self) -> int:
        return len(self._all)

    def matching(self, entities: Sequence[EntitySummary]) -> int:
        """How many of `entities` (not this list's) hold the filter's words in their names."""
        return sum(1 for e in entities if matches(self._filter, entity_keys(e))) if self._filter else 0

    def shown(self) -> list[EntitySummary]:
        """The entities listed: those of the kind whose names hold the filter text."""
        return list(self._shown)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's header click; ties keep the store's order (Python's sort is stable)."""
        self._sort = (column, order)
        self._refresh()

    def _refresh(self) -> None:
        shown = [e for e in self._all if matches(self._filter, self._keys[e.id])] if self._filter else list(self._all)
        column, order = self._sort
        if (column, order) != (SOURCES, Qt.SortOrder.DescendingOrder):  # else: the store's order
            shown.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def _sort_key(self, column: int) -> Callable[[EntitySummary], str | tuple[int, int]]:
        """The clicked column's key; a surname's key is worked out once per listing, not at each
        key typed in the filter (180 ms at 50,000 entities)."""
        if column not in _SORT_KEYS or column == NAME:
            if not self._name_keys:
                self._name_keys = {e.id: sort_name(e.kind, e.name) for e in self._all}
            return lambda e: self._name_keys[e.id]
        return _SORT_KEYS[column]

    def entity(self, row: int) -> EntitySummary | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, entity_id: int) -> int | None:
        return next((row for row, e in enumerate(self._shown) if e.id == entity_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("EntityModels", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entity = self.entity(index.row()) if index.isValid() else None
        if entity is None:
            return None
        column = index.column()
        if role == EntityRole:
            return entity
        if role == Qt.ItemDataRole.DisplayRole:
            return {NAME: shown_name(entity), KIND: kind_title(entity.kind), ROLES: roles_text(entity),
                    SOURCES: QLocale().toString(entity.sources),
                    MENTIONS: QLocale().toString(entity.mentions)}[column]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SOURCES, MENTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and entity.hidden:  # "Show hidden": greyed, and why
            return QCoreApplication.translate("EntityModels", "Not a name (hidden): Restore lists it again")
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, ROLES) and (said := roles_text(entity)):
            return f"{shown_name(entity)} — {said}"  # none when its only "role" is a salutation ("Frau")
        if role == Qt.ItemDataRole.ForegroundRole and entity.hidden:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


def shown_name(entity: EntitySummary) -> str:
    """A person's name with the academic title among their roles before it ("Dr. Ina Berger"),
    as the who's who writes it: listed among the roles, "Dr." read as an office."""
    return titled_name(entity.name, entity.roles)


def roles_text(entity: EntitySummary) -> str:
    """A person's roles, one per office, in the window's language ("Premierministerin",
    "Prime Minister" and "prime minister" are one)."""
    return ", ".join(merge_roles(entity.roles, current_language(), entity.name))


# How a clicked column orders: counts by number (ties by the other count), words by their letters;
# the Name column by `sort_name` (a person by surname, never by "Dr." or "Frau"), see `_sort_key`.
_SORT_KEYS: dict[int, Callable[[EntitySummary], str | tuple[int, int]]] = {
    KIND: lambda e: kind_title(e.kind).casefold(),
    ROLES: lambda e: roles_text(e).casefold(),
    SOURCES: lambda e: (e.sources, e.mentions),
    MENTIONS: lambda e: (e.mentions, e.sources),
}


def name_span(context: str, surface: str) -> tuple[int, int] | None:
    """Where `surface` (the words as the source has them) stands in the context line."""
    wanted = " ".join(surface.split())
    at = context.find(wanted) if wanted else -1
    if at < 0:
        at = context.casefold().find(wanted.casefold()) if wanted else -1
    return (at, at + len(wanted)) if at >= 0 else None


def lead_before(text: str, start: int, context: str, span: tuple[int, int] | None) -> str:
    """The source's words before the context line when its left part is the sentence's whole
    beginning (not cut with "…"): "…47 Prozent." before "Die Zölle der USA …". A name that starts
    a sentence left the row's left half empty, and the line looked centred under its title.

    Only words of the mention's own block (paragraph or heading) lead, as the context line keeps
    to it: a heading's words before its paragraph's first sentence ("…Rohstoffstrategie Die USA
    und Japan wollen …") read as one line the reader never saw; a block's first sentence has none."""
    if span is None or context.startswith("…"):
        return ""
    said = context[: span[0]].rstrip()
    window = text[max(0, start - LEAD_CHARS - len(said) - 40) : start]
    before = " ".join(window[window.rfind("\n") + 1 :].split())  # from the block's start at most
    if not before.endswith(said):
        return ""
    lead = before[: len(before) - len(said)].rstrip()
    if len(lead) <= LEAD_CHARS:
        return lead
    cut = lead[-LEAD_CHARS:]  # from a word's start, not "rld War and …"
    return "…" + cut[cut.find(" ") + 1 :] if not lead[-LEAD_CHARS - 1].isspace() and " " in cut else "…" + cut


def source_parts(source: Source | None) -> dict[str, str]:
    """A source's parts as a mention's `part` names them: its reading text and its teaser."""
    return {BODY: source.reading_text, TEASER: source.teaser or ""} if source is not None else {}


class MentionModel(QAbstractListModel):
    """The mentions of one entity; `texts(source_id)` gives a source's parts by name (its
    reading text, its teaser: what a mention's `part` names), read only for the rows painted
    and kept per source while the list shows this entity."""

    def __init__(self, texts: Callable[[int], Mapping[str, str]], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._read = texts
        self._mentions: list[Mention] = []
        self._texts: dict[int, Mapping[str, str]] = {}

    def set_mentions(self, mentions: Sequence[Mention]) -> None:
        self.beginResetModel()
        self._mentions = list(mentions)
        self._texts = {}
        self.endResetModel()

    def row_of(self, mention: object) -> int:
        """The row of this mention, or 0 when the list no longer has it."""
        return self._mentions.index(mention) if mention in self._mentions else 0

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
            return self._span(mention)
        if role == LeadRole:
            return lead_before(self._text(mention), mention.start, mention.context, self._span(mention))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{mention.source_title}: {mention.context}"
        return None

    def _span(self, mention: Mention) -> tuple[int, int] | None:
        """The mention's own place in its line, as the index read it; a search for its words
        where a mention does not say (the first of two in one sentence, for both)."""
        return mention.at or name_span(mention.context, self._text(mention)[mention.start : mention.end])

    def _text(self, mention: Mention) -> str:
        """The part of its source the mention's offsets count in."""
        if mention.source_id not in self._texts:
            self._texts[mention.source_id] = self._read(mention.source_id)
        return self._texts[mention.source_id].get(mention.part, "")
