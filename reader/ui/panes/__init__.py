"""The three panes of the window: library, article, notes."""
