"""The theme's palette is the whole palette: nothing of the desktop's own shows through.

Only some roles were set; the others (a frame's light, midlight, dark and shadow edges, the
style's accent, a visited link) were filled from the desktop's palette — a dark desktop's under
the light theme, a light desktop's under the dark one.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from reader.ui.appearance import palette

ROLES = [r for r in QPalette.ColorRole if r not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles)]
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)


def _desktop(ground: str, ink: str) -> QPalette:
    """A desktop's palette: every role in one of two colours."""
    desktop = QPalette()
    for number, role in enumerate(ROLES):
        desktop.setColor(role, QColor(ground if number % 2 else ink))
    return desktop


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_no_role_is_left_to_the_desktop(theme: str) -> None:
    ours = palette(theme)
    on_dark = ours.resolve(_desktop("#101010", "#f0f0f0"))  # as Qt fills it on a dark desktop
    on_light = ours.resolve(_desktop("#fafafa", "#202020"))
    differing = [(group.name, role.name) for group in GROUPS for role in ROLES
                 if on_dark.color(group, role) != on_light.color(group, role)]  # fmt: skip
    assert differing == []
