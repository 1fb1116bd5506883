"""Same-event groups ("stories"): sources that report one event, found by their words, names,
figures and dates, shown as one; the user can split and join them by hand.

The face: `group_new` (after an import), `regroup` and `add_profiles` (on demand), `join`,
`detach` and `restore` (by hand, undoable), `release` (from by hand back to grouping),
`story_view` (a story's members side by side with what each adds), `chronology_markdown` (a
dated list for a briefing), and the grouping itself (`group`, `make_profile`, `pair_scores`) for
measuring it, with its rules' version (`RULES_VERSION`, kept with a library's stories);
`load_word_lists` for a process that forks profile-making workers.
"""

from reader.core.stories.chronology import chronology_markdown
from reader.core.stories.compare import MemberView, StoryView, story_view
from reader.core.stories.grouping import LINK, MAX_DAYS, RULES_VERSION, Weights, group, pair_scores
from reader.core.stories.manage import (
    add_profiles,
    detach,
    group_new,
    join,
    regroup,
    release,
    restore,
)
from reader.core.stories.profile import Profile, day_of, load_word_lists, make_profile

__all__ = [
    "LINK",
    "MAX_DAYS",
    "MemberView",
    "Profile",
    "RULES_VERSION",
    "StoryView",
    "Weights",
    "add_profiles",
    "chronology_markdown",
    "day_of",
    "detach",
    "group",
    "group_new",
    "join",
    "load_word_lists",
    "make_profile",
    "pair_scores",
    "regroup",
    "release",
    "restore",
    "story_view",
]
