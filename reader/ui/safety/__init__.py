"""Keeping the library safe, as the window shows it: one window per library, the damage
dialog at start, daily backups, File ▸ Backups… with restore, the risky-location warning."""
