"""The Qt shell: the only package that imports PySide6. It calls the core and paints results.

Grouped by what the user sees: `article/` (the reading view), `library/` (the left pane and
getting files in), `notes/` (the right pane), `highlights/` (View ▸ Highlights), `briefing/`
(the composer and its menus), `export/`; the window itself (`app`, `main_window`, `session`,
`actions`, `window_state`), its look (`appearance`, `theme`) and shared plumbing (`tasks`,
`undoable`, `dialogs`, `flushing_edit`, `label_names`) sit at the top.
"""

# Start-up: what loads before PySide6 does not pay for PySide6's import hook, which reads the
# source of every module imported after it (600 modules of the core: 0.12 s of CPU of a 0.9 s
# start on 2 cores). And sqlite_utils is loaded without numpy, which it only uses to map numpy's
# number types to columns — the library never hands it a numpy value — and which cost another
# 0.12 s; the language guess of an import, which needs numpy, loads it later as usual.
import sys as _sys

if "sqlite_utils" not in _sys.modules and "numpy" not in _sys.modules:
    _sys.modules["numpy"] = None  # type: ignore[assignment]  # `import numpy` fails just here
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del _sys.modules["numpy"]

import reader.core.entities  # noqa: E402, F401
import reader.core.export  # noqa: E402, F401
import reader.core.importer  # noqa: E402, F401
import reader.core.render  # noqa: E402, F401
import reader.core.search  # noqa: E402, F401
import reader.core.store  # noqa: E402, F401
