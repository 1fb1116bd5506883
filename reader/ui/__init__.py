"""The Qt shell: the only package that imports PySide6. It calls the core and paints results.

Grouped by what the user sees: `article/` (the reading view), `library/` (the left pane and
getting files in), `notes/` (the right pane), `highlights/` (View ▸ Highlights), `briefing/`
(the composer and its menus), `export/`; the window itself (`app`, `main_window`, `session`,
`actions`, `window_state`), its look (`appearance`, `theme`) and shared plumbing (`tasks`,
`undoable`, `dialogs`, `flushing_edit`, `label_names`) sit at the top.
"""
