"""The reading view of one article: its document built from the core's blocks, the header,
highlight painting, the selection bar, find, and the UTF-16 boundary to Qt's text positions.
"""
