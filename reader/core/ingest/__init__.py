"""File → decoded text → parsed article: everything an import does before touching the library.

`prepare` turns a file into a `PreparedFile`; `article` is the shape every format parser
returns. This package file imports nothing, so code that only needs the article model (the
store, the window) does not load the parsers.
"""
