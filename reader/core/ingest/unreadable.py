"""Why a file named to be read cannot be read, in the same few words wherever it is said.

`briefing import`, `briefing inspect` and `briefing note set --file` each worded an OSError
their own way: a path through a file was "file not found" to import, "could not be read (Not a
directory)" to inspect, and a folder given to `note set --file` "cannot be read (Is a
directory)". One mapping keeps them alike: a user who mistyped a path reads the same reason.
"""

from __future__ import annotations


def why_unreadable(exc: OSError) -> str:
    """The reason for `exc`, raised opening or reading a file the user named."""
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError | NotADirectoryError):  # a path through a file is no file either
        return "file not found"
    return f"could not be read ({exc.strerror or exc})"
