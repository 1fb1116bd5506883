"""The Qt-free core: the article model and import, the library store, search, export, stories.

Packages meet only through their faces (their `__init__`); see docs/architecture.md.
"""
