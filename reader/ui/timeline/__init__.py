"""View ▸ Timeline: the sources of the library's current filter laid out by publication date,
painted with Qt; and Briefing ▸ Insert chronology."""
