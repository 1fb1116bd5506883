"""The desktop entry (packaging/install-desktop.sh) and the archive it travels in (pack.sh),
checked by running the scripts themselves: pack.sh on a stand-in build, install-desktop.sh from
the unpacked archive and from folders with odd names (an entry naming a path with a space or an
& unquoted was written, and the menu could not start it; the archive had come without the
script at all). Neither a display nor desktop-file-validate is needed (CI has neither); where
the latter is installed, every entry is validated too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
APP_ID = "io.github.briefingreader.BriefingReader"
_EXEC_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _exec_argv(value: str) -> list[str]:
    """An Exec= value as the Desktop Entry Specification has a launcher read it, and as strictly
    as GLib does, since CI has no desktop-file-validate: the string's escapes first (any other,
    such as \\" or \\$, makes GLib drop the whole key), then arguments split at spaces, "…"
    quoting one in which \\ escapes " ` $ and \\, then %% read as % (a lone % starts a field
    code; GLib drops an unknown one together with its letter)."""

    def unescape(match: re.Match[str]) -> str:
        assert match[1] in _EXEC_ESCAPES, f"invalid escape \\{match[1]} in the value: {value}"
        return _EXEC_ESCAPES[match[1]]

    text = re.sub(r"\\(.?)", unescape, value, flags=re.DOTALL)
    argv: list[str] = []
    word: str | None = None
    chars = iter(text)
    for char in chars:
        if char == " ":
            if word is not None:
                argv.append(word)
            word = None
        elif char == '"':
            word = word or ""
            for inner in chars:
                if inner == '"':
                    break
                if inner == "\\":
                    inner = next(chars)
                    assert inner in '"`$\\', f"\\{inner} inside quotes: {value}"
                else:
                    assert inner not in "`$", f"{inner} unescaped inside quotes: {value}"
                word += inner
            else:
                raise AssertionError(f"unclosed quote: {value}")
        else:
            assert char not in '"`$\\', f"{char} outside quotes: {value}"
            word = (word or "") + char
    if word is not None:
        argv.append(word)
    for arg in argv:
        assert re.fullmatch(r"%[fFuU]|(?:[^%]|%%)*", arg), f"a lone % in {arg}: {value}"
    return [arg if re.fullmatch(r"%[fFuU]", arg) else arg.replace("%%", "%") for arg in argv]


def _fake_program(path: Path) -> Path:
    path.parent.mkdir(parents=True)
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def _installed_entry(home: Path) -> dict[str, str]:
    text = (home / ".local/share/applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", home / ".local/share/applications" / f"{APP_ID}.desktop"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stdout + checked.stderr
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def _install_desktop(
    script: Path, home: Path, *args: str, cwd: Path, status: int = 0, **env: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        ["bash", str(script), *args], cwd=cwd, capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), **env},
    )  # fmt: skip
    assert done.returncode == status, done.stderr
    return done


@pytest.mark.parametrize(
    "folder", ["Meine Programme", "Kunden & Projekte", 'R&D "alt" $HOME `x` \\ 100%']
)
def test_the_menu_entry_starts_the_program_wherever_it_lies(tmp_path: Path, folder: str) -> None:
    """The menu runs the program the entry names, whatever its folder is called and however the
    path was typed (relative to the folder the script was run in)."""
    program = _fake_program(tmp_path / folder / "briefing-reader" / "briefing-reader")
    home = tmp_path / "home"
    _install_desktop(REPO / "packaging" / "install-desktop.sh", home,
                     f"{folder}/briefing-reader/briefing-reader", cwd=tmp_path)  # fmt: skip
    entry = _installed_entry(home)
    assert _exec_argv(entry["Exec"]) == [str(program), "%F"]
    assert entry["Icon"] == APP_ID
    icon = home / ".local/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert icon.read_bytes() == (REPO / "resources/icons/briefing-reader.svg").read_bytes()


def test_the_unpacked_archive_installs_its_own_menu_entry(tmp_path: Path) -> None:
    """Whoever unpacks the archive has no checkout: install-desktop.sh travels beside the
    executables and takes the entry, icon and metadata from the build's own folder."""
    built = tmp_path / "dist" / "briefing-reader"
    _fake_program(built / "briefing-reader")
    shutil.copytree(REPO / "resources", built / "_internal" / "resources")
    done = subprocess.run(["bash", str(REPO / "packaging" / "pack.sh"), str(tmp_path / "dist"), "9.9"],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (archive,) = (tmp_path / "dist").glob("briefing-reader-9.9-linux-*.tar.gz")
    unpacked = tmp_path / "Downloads"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    script = unpacked / "briefing-reader" / "install-desktop.sh"
    assert script.stat().st_mode & 0o111
    home = tmp_path / "home"
    _install_desktop(script, home, cwd=tmp_path)  # no argument: the build's own window
    window = unpacked / "briefing-reader" / "briefing-reader"
    assert _exec_argv(_installed_entry(home)["Exec"]) == [str(window), "%F"]
    metainfo = home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml"
    assert metainfo.read_bytes() == (REPO / "resources" / f"{APP_ID}.metainfo.xml").read_bytes()


@pytest.mark.parametrize("arguments", [[], ["dist"], ["dist", ""], ["", "9.9"], ["dist", "9.9", "extra"]])
def test_pack_without_its_two_arguments_says_how_to_run_it(tmp_path: Path, arguments: list[str]) -> None:
    """Run without arguments, pack.sh stopped with bash's "$1: unbound variable"; it names what
    it needs and exits 2, as a command given the wrong arguments does, and packs nothing."""
    done = subprocess.run(["bash", str(REPO / "packaging" / "pack.sh"), *arguments], cwd=tmp_path,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("usage: packaging/pack.sh DIST VERSION\n")
    assert "unbound" not in done.stderr and not list(tmp_path.iterdir())


def test_pack_help_prints_its_usage(tmp_path: Path) -> None:
    done = subprocess.run(["bash", str(REPO / "packaging" / "pack.sh"), "--help"], cwd=tmp_path,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("usage: packaging/pack.sh DIST VERSION\n")


def test_an_exported_cdpath_changes_nothing(tmp_path: Path) -> None:
    """With CDPATH exported, cd prints the folder it went to, and the scripts' $(cd …) had taken
    that in: pack.sh, run as packaging/pack.sh, and the archive's script looked for their files
    in a two-line path and failed."""
    built = tmp_path / "briefing-reader"
    program = _fake_program(built / "briefing-reader")
    shutil.copytree(REPO / "resources", built / "_internal" / "resources")
    done = subprocess.run(
        ["bash", "packaging/pack.sh", str(tmp_path), "9.9"], cwd=REPO, capture_output=True,
        text=True, check=False, env={"PATH": "/usr/bin:/bin", "CDPATH": "."},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    home = tmp_path / "home"
    _install_desktop(Path("briefing-reader/install-desktop.sh"), home,
                     "briefing-reader/briefing-reader", cwd=tmp_path, CDPATH=".")  # fmt: skip
    assert _exec_argv(_installed_entry(home)["Exec"]) == [str(program), "%F"]


@pytest.mark.parametrize("folder", ["neue\nProgramme", "Programme\n", "Programme\talt"])
def test_a_path_with_a_line_break_is_refused(tmp_path: Path, folder: str) -> None:
    """A desktop entry holds one key a line and no control characters: such a path is refused
    with a message, and no entry is written (one had been, cut in two, and the script said
    "installed")."""
    _fake_program(tmp_path / folder / "briefing-reader")
    home = tmp_path / "home"
    done = _install_desktop(REPO / "packaging" / "install-desktop.sh", home,
                            f"{folder}/briefing-reader", cwd=tmp_path, status=1)  # fmt: skip
    assert "line break" in done.stderr and "rename the folder" in done.stderr
    assert not (home / ".local/share/applications").exists()


def test_a_percent_sign_in_the_path_is_warned_of(tmp_path: Path) -> None:
    """The entry for "100%" is written as the specification has it, but GLib looks for the
    program with the %% still doubled and leaves it out of GNOME's menu: the user is told."""
    program = _fake_program(tmp_path / "100%" / "briefing-reader")
    home = tmp_path / "home"
    done = _install_desktop(REPO / "packaging" / "install-desktop.sh", home, str(program),
                            cwd=tmp_path)  # fmt: skip
    assert "warning" in done.stderr and "GNOME" in done.stderr
    assert _exec_argv(_installed_entry(home)["Exec"]) == [str(program), "%F"]
    plain = _fake_program(tmp_path / "Programme" / "briefing-reader")
    assert _install_desktop(REPO / "packaging" / "install-desktop.sh", home, str(plain),
                            cwd=tmp_path).stderr == ""  # fmt: skip
