"""Same-event groups in the window: story rows in the library, the story view, split and join."""
