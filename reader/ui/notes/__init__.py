"""The notes pane: the open source's tags, its highlights with their annotations, and its
Markdown summary note (editor, colouring, preview).
"""
