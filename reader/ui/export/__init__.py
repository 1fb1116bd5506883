"""The window's ways out: File ▸ Export… with its dialog, and Copy as Markdown.
"""
