"""The library on disk: one SQLite file, its schema and migrations, one repository per concept.

The face is `Store` (open a library, then `store.sources`, `.tags`, `.highlights`, `.notes`,
`.content`, `.briefings`, `.stories`, `.entities`, `.revisions`, `.saved_searches`), the errors
it raises, and the few values and helpers that other packages need to speak about stored things
(orderings, search-index row kinds, highlight queries, export records, name cleaning, the
library table's rows and filters, revisions, saved searches), the damage check's error, and
backups (made, verified, rotated, listed, restored). Everything else is private to the package.

sqlite-utils and raw SQL, and why: the connection is a `sqlite_utils.Database`, and the store
uses its table API where it says more than SQL would and nobody waits on it — tag look-ups
(`Table.lookup`), the export records (`upsert`, `get`), and new schema migrations
(`create_table`, `add_column`, `transform`; released migrations stay as written, see `schema`).
The paths a user waits on — importing thousands of files, the library list, search, opening an
article — stay raw SQL with `executemany` and hand-written indexes, as measured in `make bench`.
The `sqlite-utils` command is the power user's way to look into a library (read-only, see the
README).
"""

# sqlite_utils is loaded without numpy, which it only uses to map numpy's number types to
# columns (the library never hands it a numpy value) and which cost every process that opens a
# library about 0.1 s of CPU: the window's start, every `briefing` command, an import's start
# before its workers fork. Hidden here, where the core first loads sqlite_utils; the language
# guess of an import (py3langid), which needs numpy, loads it later as usual.
import sys as _sys
from typing import TYPE_CHECKING

if "sqlite_utils" not in _sys.modules and "numpy" not in _sys.modules:
    _sys.modules["numpy"] = None  # type: ignore[assignment]  # `import numpy` fails just here
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del _sys.modules["numpy"]

from reader.core.store.backup import (  # noqa: E402
    DAMAGED,
    Backup,
    BackupError,
    Counts,
    back_up,
    backups_dir,
    due,
    list_backups,
    restore,
    verify,
    write_backup,
)
from reader.core.store.backup_choice import RestoreChoice, restore_choice, way_back
from reader.core.store.backup_daily import daily_backup
from reader.core.store.bin import BinnedSource, Lost, Restorable
from reader.core.store.briefing_repo import clean_name
from reader.core.store.connection import LOCKED, ChangedElsewhereError, library_busy
from reader.core.store.damage import LibraryDamagedError
from reader.core.store.database import Store
from reader.core.store.export_records import (
    content_hash,
    ever_written,
    record,
    record_many,
    recorded_hash,
)
from reader.core.store.fingerprint import Fingerprint, data_version
from reader.core.store.highlights import marking
from reader.core.store.highlights_query import (
    GroupBy,
    HighlightFilter,
    HighlightGroup,
    HighlightRow,
    group_highlights,
    outlets,
    paragraph_numbers,
    query_highlights,
)
from reader.core.store.revision_rows import Revision, Version
from reader.core.store.saved_searches import (
    DuplicateSavedSearchError,
    SavedSearch,
    clean_search_name,
)
from reader.core.store.schema import SCHEMA_VERSION, StoreTooNewError
from reader.core.store.search_index import (
    ARTICLE,
    HIGHLIGHT,
    KIND_CODES,
    NOTE,
    kind_of,
    rebuild,
    terms_starting,
)
from reader.core.store.source_table import (
    COLUMN_KEYS,
    FilterChoices,
    SourceFilter,
    SourceRow,
    filter_choices,
    opened_states,
    restore_opened,
    set_read,
    table_ids,
    table_rows,
)
from reader.core.store.sources import EDITABLE_FIELDS, ORDERINGS, DuplicateSourceError
from reader.core.store.story_repo import Membership, ProfileText
from reader.core.store.tags import attach_tags, clean_tag, closest_tag, stored_tag

if TYPE_CHECKING:  # the UI names a planned correction's type; loading it would load the entity rules
    from reader.core.store.entity_corrections import Edit as CorrectionEdit
    from reader.core.store.entity_corrections import Made as CorrectionMade

__all__ = [
    "LOCKED",
    "CorrectionEdit",  # for type annotations only (see above)
    "CorrectionMade",  # the same
    "Fingerprint",
    "data_version",
    "ARTICLE",
    "COLUMN_KEYS",
    "FilterChoices",
    "SourceFilter",
    "SourceRow",
    "filter_choices",
    "opened_states",
    "restore_opened",
    "set_read",
    "table_ids",
    "table_rows",
    "DAMAGED",
    "Backup",
    "BinnedSource",
    "Lost",
    "Restorable",
    "BackupError",
    "ChangedElsewhereError",
    "Counts",
    "LibraryDamagedError",
    "back_up",
    "backups_dir",
    "daily_backup",
    "due",
    "library_busy",
    "list_backups",
    "RestoreChoice",
    "restore_choice",
    "restore",
    "terms_starting",
    "verify",
    "way_back",
    "write_backup",
    "EDITABLE_FIELDS",
    "HIGHLIGHT",
    "KIND_CODES",
    "Membership",
    "NOTE",
    "ORDERINGS",
    "ProfileText",
    "SCHEMA_VERSION",
    "DuplicateSourceError",
    "Revision",
    "Version",
    "DuplicateSavedSearchError",
    "SavedSearch",
    "clean_search_name",
    "GroupBy",
    "HighlightFilter",
    "HighlightGroup",
    "HighlightRow",
    "Store",
    "StoreTooNewError",
    "attach_tags",
    "clean_name",
    "clean_tag",
    "closest_tag",
    "stored_tag",
    "content_hash",
    "ever_written",
    "group_highlights",
    "kind_of",
    "marking",
    "outlets",
    "paragraph_numbers",
    "query_highlights",
    "rebuild",
    "record",
    "record_many",
    "recorded_hash",
]
