"""The story commands of the Source menu: show the story, take a source out, join it with
another, and find the stories of a whole library (in the background).

Taking out and joining are undoable: each step keeps the memberships it found and puts them
back on undo, and the ones it made on redo (see `reader.core.stories.join`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from reader.core import stories
from reader.core.changes import Changes
from reader.core.models import Source, SourceSummary
from reader.core.store import Membership, Store
from reader.ui import dialogs
from reader.ui.actions import make_action
from reader.ui.core_messages import translated
from reader.ui.date_display import short_date
from reader.ui.session import Session
from reader.ui.side_window import read_in_main
from reader.ui.step_names import inside, named
from reader.ui.stories.story_view import StoryWindow

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

# Sources offered by "Join with…": those published this many days around the open one.
JOIN_WINDOW_DAYS = 14
JOIN_CHOICES = 60


class _StoryEdit:
    """One undoable join or take-out: `do` runs the edit first, then replays what it made."""

    def __init__(self, store: Store, edit: Callable[[], tuple[Changes, dict[int, Membership]]]) -> None:
        self._store, self._edit = store, edit
        self._before: dict[int, Membership] | None = None
        self._after: dict[int, Membership] = {}

    def do(self) -> Changes:
        if self._before is None:
            changes, self._before = self._edit()
            self._after = self._store.stories.memberships(self._before)
            return changes
        return stories.restore(self._store, self._after)

    def undo(self) -> Changes:
        assert self._before is not None
        return stories.restore(self._store, self._before)


class StoryCommands(QObject):
    def __init__(self, session: Session, window: MainWindow, open_source: Callable[[], int | None]) -> None:
        super().__init__(window)
        self._session, self._window = session, window
        self._open_source = open_source
        self._view: StoryWindow | None = None
        self.show_action = self._action(self.tr("Show &story"), self.show_story, "Ctrl+Shift+Y",
                                        self.tr("Read the reports of this source's event side by side"))  # fmt: skip
        self.join_action = self._action(self.tr("&Join with…"), self.choose_join, "Ctrl+Shift+J",
                                        self.tr("Put this source in one story with another"))  # fmt: skip
        self.detach_action = self._action(self.tr("&Take out of story"), self.take_out_open, None,
                                          self.tr("This source reports another event: keep it apart"))  # fmt: skip
        self.regroup_action = self._action(self.tr("&Find stories in the library"), self.regroup, None,
                                           self.tr("Group the sources that report the same event"))  # fmt: skip
        self.menu_actions = [self.show_action, self.join_action, self.detach_action, self.regroup_action]

    def _action(self, text: str, slot: Callable[[], object], keys: str | None, tip: str) -> QAction:
        return make_action(self._window, text, slot, keys, tip)

    @property
    def store(self) -> Store:
        return self._session.store

    def _story_of_open(self) -> tuple[int | None, int | None]:
        source_id = self._open_source()
        if source_id is None:
            return None, None
        return source_id, self.store.stories.story_of([source_id]).get(source_id)

    def _say(self, text: str) -> None:
        self._session.notice_posted.emit(text)

    # -- showing ----------------------------------------------------------------------------

    def show_story(self) -> None:
        source_id, story_id = self._story_of_open()
        if source_id is None:
            return
        if story_id is None:
            self._say(self.tr("This source is not part of a story. Source ▸ Join with… makes one."))
            return
        self._show(story_id)

    def _show(self, story_id: int, *, forward: bool = True) -> None:
        """Show the story's reports; `forward` brings the window to the front with the keyboard,
        which only the user's own asking does — a refresh behind their back redraws in place."""
        view = stories.story_view(self.store, story_id)
        if view is None:
            if self._view is not None:
                self._view.close()
            return
        if self._view is None:
            self._view = StoryWindow(self._window)
            self._view.open_requested.connect(lambda source_id: read_in_main(self._window, source_id))
            self._view.detach_requested.connect(self.take_out)
            self._session.changes_applied.connect(self._refresh_view)
        self._view.show_story(view)
        self._view.show()
        if forward:
            self._view.raise_()
            self._view.activateWindow()

    def _refresh_view(self, changes: Changes) -> None:
        """Show the open story again when its members may differ, a member's text or title, or
        the highlights it shows (one made or relabelled in the main window beside it): not for
        a highlight in a source outside the story, which rebuilt every column for nothing. It
        redraws in place: raised, it took the keyboard from the main window at every highlight.
        A highlight in one of its reports repaints that report's text alone, where it was
        scrolled to: the whole window was rebuilt (the reports compared anew) for each one."""
        view = self._view
        if view is None or not view.isVisible() or view.story_id is None:
            return
        if changes.stories or changes.sources_updated or changes.sources_removed:
            self._show(view.story_id, forward=False)
        elif marked := changes.highlights & view.source_ids:
            view.show_marks(marked)

    # -- editing ----------------------------------------------------------------------------

    def take_out_open(self) -> None:
        source_id, story_id = self._story_of_open()
        if source_id is None:
            return
        if story_id is None:
            self._say(self.tr("This source is not part of a story."))
            return
        self.take_out(source_id)

    # Each edit says what it did and how to take it back, as deleting a tag does: the library's
    # rows changed under the user without a word (taken out from the story window, the change
    # happened in the main window behind it).
    def take_out(self, source_id: int) -> None:
        edit = _StoryEdit(self.store, lambda: stories.detach(self.store, [source_id]))
        source = self.store.sources.get(source_id)
        title = source.title if source is not None else ""
        self._session.perform(named(self.tr("Take %1 out of its story"), title), edit.do, edit.undo)
        self._say(inside(self.tr("Took “%1” out of its story (Ctrl+Z puts it back)"), title))

    def join(self, source_ids: list[int]) -> None:
        edit = _StoryEdit(self.store, lambda: stories.join(self.store, source_ids))
        self._session.perform(self.tr("Join %Ln source(s) into one story", "", len(source_ids)), edit.do, edit.undo)
        self._say(self.tr("Joined %Ln source(s) into one story (Ctrl+Z takes it back)", "", len(source_ids)))

    def choose_join(self) -> None:
        """Pick a source published near the open one (nearest dates first) to join it with."""
        source_id = self._open_source()
        if source_id is None:
            return
        choices = self._join_choices(source_id)
        if not choices:
            self._say(self.tr("No other source to join this one with."))
            return
        chosen = dialogs.ask_choice(self._window, self.tr("Join with"), self.tr("Report of the same event:"),
                                    [label for label, _id in choices])  # fmt: skip
        if chosen is not None:
            self.join([source_id, choices[chosen][1]])

    def _join_choices(self, source_id: int) -> list[tuple[str, int]]:
        source = self.store.sources.get(source_id)
        if source is None:
            return []
        mine = self.store.stories.story_of([source_id]).get(source_id)
        story_of = self.store.stories.story_of()
        others = [s for s in self.store.sources.list() if s.id != source_id
                  and (mine is None or story_of.get(s.id) != mine)]  # fmt: skip
        day = stories.day_of(source.published)

        def distance(published: str | None) -> int:
            other = stories.day_of(published)
            return abs(other - day) if other is not None and day is not None else 10_000

        if day is None:
            near = self._imported_with(source, others)
        else:
            near = sorted(others, key=lambda s: (distance(s.published), s.title.casefold()))
            near = [s for s in near if distance(s.published) <= JOIN_WINDOW_DAYS] or near
        # A story is offered once, by its report nearest the open one, and says so: each of its
        # reports was a line of its own ("Gegengewicht zu China …", "Japan–USA schmieden …"), two
        # choices that joined the same story, as if the source went with that report alone.
        sizes = Counter(story_of.values())
        offered: dict[object, SourceSummary] = {}
        for other in near:
            offered.setdefault(story_of.get(other.id, ("source", other.id)), other)
        return [(self._join_label(s, sizes[story_of[s.id]] if s.id in story_of else 1), s.id)
                for s in list(offered.values())[:JOIN_CHOICES]]  # fmt: skip

    def _join_label(self, source: SourceSummary, reports: int) -> str:
        day = short_date(source.published[:10]) if source.published else None
        story = self.tr("a story of %Ln report(s)", "", reports) if reports > 1 else None
        return " · ".join(x for x in (source.title, source.site_name, day, story) if x)

    def _imported_with(self, source: Source, others: list[SourceSummary]) -> list[SourceSummary]:
        """For a source without a date: the sources linked with it as similar, then those imported
        nearest in time and, among one import's, nearest in its order (a folder of one event's
        reports). By title, the first JOIN_CHOICES were the library's first letters, its report
        among them only by chance."""
        similar = set(self.store.revisions.similar_to(source.id))
        when = _seconds(source.imported_at)
        return sorted(others, key=lambda s: (s.id not in similar, abs(_seconds(s.imported_at) - when),
                                             abs(s.id - source.id)))  # fmt: skip

    # -- the whole library ------------------------------------------------------------------

    def regroup(self) -> None:
        task = self._session.task(lambda store, progress, _cancelled: stories.regroup(store, progress),
                                  "find stories")  # fmt: skip
        task.signals.finished.connect(self._regrouped)  # the library, timeline and story view follow
        task.signals.failed.connect(lambda message: self._session.error_raised.emit(translated(message)))
        self._say(self.tr("Finding stories…"))
        self._session.start(task)

    def _regrouped(self, changes: Changes) -> None:
        self._session.apply(lambda: changes)  # done on the worker; announced here, like an import
        count = len(self.store.stories.stories())
        self._say(self.tr("%Ln story(s) in the library", "", count))


def _seconds(stamp: str) -> float:
    """An ISO 8601 time as seconds (a malformed one as the epoch, far from any import)."""
    try:
        return datetime.fromisoformat(stamp).timestamp()
    except ValueError:
        return 0.0
