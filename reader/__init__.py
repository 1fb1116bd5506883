"""Briefing Reader: an offline reader for building briefings from news articles."""

__version__ = "0.1.0"
APP_NAME = "Briefing Reader"
APP_ID = "io.github.briefingreader.BriefingReader"
# Folder name used by platformdirs; keep it stable, users' libraries live under it.
APP_DIR_NAME = "briefing-reader"
