"""The Qt shell: the only package that imports PySide6. It calls the core and paints results."""
