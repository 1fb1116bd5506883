"""What the import pool's forkserver loads before it forks a parsing worker (see
`reader.core.importer._pool_context`); nothing else imports this module.

The importer itself (the parsers, the analysers), then the word lists story profiles rate words
by: loaded lazily, as elsewhere, each worker paid 0.1 s of CPU for them on its first file.
Everything loaded is then frozen out of the garbage collector's sight, so a worker's
collections never walk (and so never copy, page by page) what it shares with the forkserver.
"""

import gc

import reader.core.importer  # noqa: F401  (the functions the workers are sent)
from reader.core.stories import load_word_lists

load_word_lists()
gc.freeze()
