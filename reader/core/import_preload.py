"""What the import pool's forkserver loads before it forks a parsing worker (see
`reader.core.import_pool._forkserver_context`); nothing else imports this module.

The pool's own module (the parsers, the analysers, story profiles), every format's reader
(the forkserver starts before it is told which files an import has), then the word lists
profiles rate words by and the first names a name-shaped line is checked against: loaded
lazily, as elsewhere, each worker paid 0.1 s and 0.04 s of CPU for them on its first file.
Everything loaded is then frozen out of the garbage collector's sight, so a worker's
collections never walk (and so never copy, page by page) what it shares with the forkserver.
"""

import gc

import reader.core.import_pool  # noqa: F401  (the functions the workers are sent)
from reader.core.ingest import load_formats, load_name_lists
from reader.core.stories import load_word_lists

load_formats()
load_word_lists()
load_name_lists()
gc.freeze()
