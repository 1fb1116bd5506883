"""The library pane: the list of sources (model, row painting), search while typing and its
results, getting files in (pickers, drops, paste, import report), editing and deleting sources.
"""
