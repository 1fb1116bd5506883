"""View ▸ Highlights: every highlight in the library as a filtered, grouped tree, and the
switch between it and the reading view.
"""
