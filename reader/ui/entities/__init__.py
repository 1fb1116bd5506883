"""View ▸ Entities (who and what the sources name, every mention in context, the library narrowed
to one) and Briefing ▸ Insert who's who."""
