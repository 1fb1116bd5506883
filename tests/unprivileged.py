"""Running a command as a user the file permissions apply to. Tests run as root in CI, and
root reads and writes whatever the permissions say; a read-only library can only be tested
with root's overrides dropped."""

from __future__ import annotations

import os
import shutil

import pytest


def as_unprivileged() -> list[str]:
    """A prefix that runs a command without root's override of file permissions (nothing
    when the tests do not run as root)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    caps = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}"]
