"""Briefings in the window: the Briefing menu, "Add to briefing", and the composer where a
briefing is ordered and written.
"""
