"""Which source the library list makes current when a new listing of it comes.

The one current, when it is listed. When it is not: in the same narrowing its neighbour (a
source deleted, or untagged in its tag's list, gives way to the next one); in a new narrowing
the first listed (the old row cut to the new length opened the last of an entity's 24 sources).
And once the same narrowing lists the source that gave way again while its neighbour is still
current — `Ctrl+Z` gave the tag back or brought the source out of the bin — that source again:
undone, the tag came back but the neighbour stayed open.
"""

from __future__ import annotations


class CurrentKept:
    def __init__(self) -> None:
        self._scope: tuple[object, ...] | None = None  # what the list shown was narrowed to (`Asked.scope`)
        self._gave_way: tuple[int, int] | None = None  # a source gone from the list, the neighbour current in its place
        self._same = False

    def tried(self, scope: tuple[object, ...], current: int | None, *, restoring: bool) -> list[int]:
        """The sources to make current for a listing of `scope`, the first listed first; only
        `restoring` (no source asked for, the change the window's own) brings one back."""
        self._same, self._scope = scope == self._scope, scope
        if not self._same:
            self._gave_way = None
        tried = [] if current is None else [current]
        if restoring and self._gave_way is not None and self._gave_way[1] == current:
            tried.insert(0, self._gave_way[0])
        return tried

    def kept(self, source_id: int) -> None:
        """`source_id`, one of `tried`, is current."""
        if self._gave_way is not None and self._gave_way[0] == source_id:
            self._gave_way = None

    def fallback_row(self, row: int, rows: int) -> int | None:
        """The row to make current when none of `tried` is listed: the neighbour, or the first."""
        return min(max(0, row) if self._same else 0, rows - 1) if rows else None

    def gave_way(self, gone: int | None, neighbour: int | None) -> None:
        """`gone`, current before, is no longer listed; `neighbour` is current in its place."""
        if self._same and gone is not None and neighbour is not None:
            self._gave_way = (gone, neighbour)
