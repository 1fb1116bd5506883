"""Same-event groups in the window: story rows in the library, the story view side by side,
and Source ▸ Take out of story / Join with…, each an undoable step."""
