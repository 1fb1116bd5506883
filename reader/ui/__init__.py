"""The Qt shell: the only package that imports PySide6. It calls the core and paints results.

Grouped by what the user sees: `article/` (the reading view), `library/` (the left pane and
getting files in), `notes/` (the right pane), `highlights/` (View ▸ Highlights), `briefing/`
(the composer and its menus), `export/`; the window itself (`app`, `main_window`, `session`,
`actions`, `window_state`), its look (`appearance`, `theme`) and shared plumbing (`tasks`,
`undoable`, `dialogs`, `flushing_edit`, `label_names`) sit at the top.
"""

# Start-up: what loads before PySide6 does not pay for PySide6's import hook, which reads the
# source of every module imported after it (600 modules of the core: 0.12 s of CPU of a 0.9 s
# start on 2 cores). (sqlite_utils is loaded without numpy: see `reader.core.store`.)
import reader.core.entities  # noqa: F401
import reader.core.export  # noqa: F401
import reader.core.importer  # noqa: F401
import reader.core.render  # noqa: F401
import reader.core.search  # noqa: F401
import reader.core.store  # noqa: F401
