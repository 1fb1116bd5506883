"""`--language de|en` starts the window in that language this once.

A new user (and a reviewer showing the German window on an English system) had to open
Preferences, choose the language, restart, and then live with the setting changed for good;
`--help` named no language option. The option wins over the setting and the system, and the
setting stays as it was.
"""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QMessageBox

from reader import __main__ as entry
from reader import paths
from reader.core.settings import Settings
from reader.ui import app, i18n


def test_the_option_is_read_and_named_in_help(capsys) -> None:
    args, rest = entry.parse_args(["--language", "de", "--data-dir", "/tmp/lib"])
    assert args.language == "de" and rest == []
    assert entry.parse_args([])[0].language is None
    with pytest.raises(SystemExit):
        entry.parse_args(["--help"])
    assert "--language {de,en}" in capsys.readouterr().out


@pytest.mark.parametrize(("setting", "option", "title"), [("en", "de", "Start nicht möglich"),
                                                          ("de", "en", "Cannot start")])  # fmt: skip
def test_the_option_wins_over_the_setting_and_leaves_it(tmp_path, qapp, monkeypatch, setting, option, title) -> None:
    """The first window run speaks (the "cannot start" box) is in the language asked for."""
    where = paths.resolve(tmp_path / "lib")
    where.config_dir.mkdir(parents=True)
    where.settings_file.write_text(f'language = "{setting}"\n', encoding="utf-8")

    def read_only(_self):
        raise OSError(errno.EROFS, "Read-only file system", str(where.state_dir))

    seen: list[str] = []
    monkeypatch.setattr(paths.Paths, "ensure", read_only)
    monkeypatch.setattr(app, "create_application", lambda _argv: qapp)
    monkeypatch.setattr(app, "apply_theme", lambda _app, _name: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, shown, _text: seen.append(shown))
    assert app.run(str(tmp_path / "lib"), language=option) == 1
    assert seen == [title] and i18n.current_language() == option
    assert Settings.load(where.settings_file).language == setting
