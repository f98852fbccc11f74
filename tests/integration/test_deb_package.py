"""The Debian package tools/build_deb.py makes (make installer), built from a fake program folder.

Checked as dpkg sees it: the file name, the control fields, owners and modes of every path, the
control archive, the desktop file and AppStream metadata against their validators, and a real
install, remove and purge by dpkg into a scratch root (never the machine's own root).
"""

from __future__ import annotations

import configparser
import hashlib
import importlib.util
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "build_deb.py"
APP_ID = "io.github.acrm_desk.Desk"
SPEC = importlib.util.spec_from_file_location("build_deb", TOOL)
build_deb = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(build_deb)

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed")


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(TOOL), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stand-in for dist/acrm: the program, a library and its link, a helper, a data file."""
    folder = tmp_path_factory.mktemp("dist") / "acrm"
    (folder / "_internal").mkdir(parents=True)
    (folder / "acrm").write_text(f'#!/bin/sh\necho "acrm {__version__}"\n')
    (folder / "acrm").chmod(0o700)
    (folder / "_internal" / "libfake.so.1").write_bytes(b"\0" * 3000)
    (folder / "_internal" / "libfake.so.1").chmod(0o755)  # as PyInstaller copies them
    (folder / "_internal" / "data.json").write_text("{}")
    (folder / "_internal" / "data.json").chmod(0o600)
    (folder / "_internal" / "helper").write_text("#!/bin/sh\n")
    (folder / "_internal" / "helper").chmod(0o775)
    (folder / "_internal" / "libfake.so").symlink_to("libfake.so.1")
    return folder


@pytest.fixture(scope="module")
def deb(program: Path) -> Path:
    result = run_tool(str(program), "--out", str(program.parent / "out"))
    assert result.returncode == 0, result.stderr
    (path,) = (program.parent / "out").glob("*.deb")
    assert not list((program.parent / "out").glob("acrm-deb-*")), "staging left behind"
    return path


@pytest.fixture(scope="module")
def listing(deb: Path) -> dict[str, tuple[str, str, int, str]]:
    """path -> (mode, owner, size, link target) from `dpkg-deb --contents`."""
    out = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True)
    rows = {}
    for line in out.stdout.splitlines():
        mode, owner, size, _day, _time, rest = line.split(maxsplit=5)
        path, _, target = rest.partition(" -> ")
        rows[path.rstrip("/") or "."] = (mode, owner, int(size), target)
    return rows


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tree / "DEBIAN")], check=True)
    return tree


def system_packages(*groups: str) -> set[str]:
    """The packages tools/ensure-system-packages.sh installs for these groups."""
    script = (ROOT / "tools" / "ensure-system-packages.sh").read_text()
    names = set()
    for group in groups:
        block = re.search(rf"^\s+{group}\)\n(.*?)^\s+;;", script, re.M | re.S)
        assert block, f"no group {group} in ensure-system-packages.sh"
        names |= set(re.findall(r"^\s+need_\w+ \S+ (\S+)$", block.group(1), re.M))
    return names


def test_the_file_is_named_for_the_package_version_and_architecture(deb: Path) -> None:
    assert deb.name == f"acrm-desk_{__version__}_amd64.deb"


def test_control_fields(deb: Path, listing: dict) -> None:
    out = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True)
    fields = dict(re.findall(r"^([\w-]+): (.*)$", out.stdout, re.M))
    assert fields["Package"] == "acrm-desk"
    assert fields["Version"] == __version__
    assert fields["Architecture"] == "amd64"
    assert fields["Section"] == "misc" and fields["Priority"] == "optional"
    assert re.fullmatch(r".+ <[^@ ]+@[^@ ]+>", fields["Maintainer"])
    assert fields["Description"] == "Agent desktop for contact-centre consultants"
    alternatives = [set(p.strip() for p in d.split("|")) for d in fields["Depends"].split(",")]
    for package in system_packages("qt", "gui"):
        assert any(package in choice for choice in alternatives), package
    assert {"libglib2.0-0t64", "libglib2.0-0"} in alternatives
    # dpkg's count: each file's KiB rounded up, one per directory or link, the root not counted.
    expected = sum(
        1 if mode[0] in "dl" else -(-size // 1024)
        for path, (mode, _, size, _) in listing.items()
        if path != "."
    )
    assert int(fields["Installed-Size"]) == expected


def test_installed_size_counts_as_dpkg_does(tmp_path: Path) -> None:
    for name, size in (("empty", 0), ("one", 1), ("kib", 1024), ("more", 1025)):
        (tmp_path / name).write_bytes(b"x" * size)
    (tmp_path / "folder").mkdir()
    (tmp_path / "link").symlink_to("more")
    assert build_deb.installed_size_kib(tmp_path) == 0 + 1 + 1 + 2 + 1 + 1


def test_paths_owners_and_modes(listing: dict) -> None:
    assert {owner for _, owner, _, _ in listing.values()} == {"root/root"}
    share = "./usr/share"
    for path in (
        "./opt/acrm/acrm",
        "./opt/acrm/_internal/libfake.so.1",
        "./opt/acrm/_internal/data.json",
        f"{share}/applications/{APP_ID}.desktop",
        f"{share}/metainfo/{APP_ID}.metainfo.xml",
        f"{share}/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"{share}/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (48, 128, 256)),
        f"{share}/doc/acrm-desk/copyright",
        f"{share}/doc/acrm-desk/config.toml.example",
    ):
        assert listing[path][0] != "", path
    assert not any(p.startswith(("./etc", "./home", "./root")) for p in listing)
    assert listing["./usr/bin/acrm"][0] == "lrwxrwxrwx"
    assert listing["./usr/bin/acrm"][3] == "/opt/acrm/acrm"
    assert listing["./opt/acrm/_internal/libfake.so"][3] == "libfake.so.1"
    executables = {"./opt/acrm/acrm", "./opt/acrm/_internal/helper"}
    for path, (mode, _, _, _) in listing.items():
        if mode[0] == "d":
            assert mode == "drwxr-xr-x", path
        elif mode[0] == "-":
            assert mode == ("-rwxr-xr-x" if path in executables else "-rw-r--r--"), path


def test_control_archive(deb: Path, unpacked: Path) -> None:
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(control.stdout)) as archive:
        members = {m.name.removeprefix("./"): m for m in archive.getmembers() if m.isfile()}
    assert set(members) == {"control", "md5sums", "postinst", "postrm"}
    assert {(m.uname, m.gname) for m in members.values()} == {("root", "root")}
    assert {name: members[name].mode for name in members} == {
        "control": 0o644,
        "md5sums": 0o644,
        "postinst": 0o755,
        "postrm": 0o755,
    }
    for script in ("postinst", "postrm"):
        subprocess.run(["sh", "-n", str(unpacked / "DEBIAN" / script)], check=True)
    sums = {}
    for line in (unpacked / "DEBIAN" / "md5sums").read_text().splitlines():
        digest, path = line.split("  ", 1)
        sums[path] = digest
    files = {
        p.relative_to(unpacked).as_posix(): hashlib.md5(p.read_bytes()).hexdigest()
        for p in unpacked.rglob("*")
        if p.is_file() and not p.is_symlink() and p.parts[len(unpacked.parts)] != "DEBIAN"
    }
    assert sums == files


def desktop_entry(unpacked: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(unpacked / "usr/share/applications" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_launcher_agrees_with_the_desk(unpacked: Path, qapp: object) -> None:
    from app.views.shell.desk_app import application

    entry = desktop_entry(unpacked)
    app = application()
    assert entry["StartupWMClass"] == app.applicationName()
    assert app.desktopFileName() == APP_ID
    assert entry["Exec"] == "acrm desk"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false" and entry["Categories"] == "Office;"
    for key in ("Name", "GenericName", "Comment"):
        assert entry[key] and entry[f"{key}[pl]"] and entry[f"{key}[ru]"], key
    assert entry["GenericName[pl]"] != entry["GenericName"] != entry["GenericName[ru]"]


def test_the_metainfo_names_the_release_and_the_licence(unpacked: Path) -> None:
    text = (unpacked / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml").read_text()
    license_ = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert f"<project_license>{license_}</project_license>" in text
    assert re.search(
        rf'<release version="{re.escape(__version__)}" date="\d{{4}}-\d\d-\d\d"/>', text
    )
    assert "@" not in text


@pytest.mark.parametrize(
    ("validator", "path"),
    [
        (["desktop-file-validate"], f"usr/share/applications/{APP_ID}.desktop"),
        (["appstreamcli", "validate", "--no-net"], f"usr/share/metainfo/{APP_ID}.metainfo.xml"),
    ],
)
def test_the_desktop_file_and_metainfo_validate(unpacked: Path, validator: list, path: str) -> None:
    if shutil.which(validator[0]) is None:
        pytest.skip(f"{validator[0]} not installed (tools/ensure-system-packages.sh installer)")
    result = subprocess.run([*validator, str(unpacked / path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_the_icons_are_the_sizes_their_folders_say(unpacked: Path) -> None:
    for size in (48, 128, 256):
        png = unpacked / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """dpkg on a scratch root: scripts run here with DPKG_ROOT set, never chrooted."""
    env = {**os.environ, "PATH": f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin"}
    command = [
        "dpkg",
        f"--root={root}",
        f"--log={root / 'var/log/dpkg.log'}",  # not the machine's own log
        "--force-script-chrootless",
        "--force-depends",
        "--force-not-root",
        "--force-unsafe-io",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def test_install_remove_and_purge_in_a_scratch_root(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    for folder in ("var/lib/dpkg/updates", "var/lib/dpkg/info", "var/lib/dpkg/triggers", "var/log"):
        (root / folder).mkdir(parents=True)
    (root / "var/lib/dpkg/status").write_text("")
    result = dpkg(root, "--install", str(deb))
    assert result.returncode == 0, result.stdout + result.stderr
    assert os.readlink(root / "usr/bin/acrm") == "/opt/acrm/acrm"
    version = subprocess.run([root / "opt/acrm/acrm", "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"acrm {__version__}"
    assert (root / "usr/share/applications" / f"{APP_ID}.desktop").is_file()
    # What an administrator and a consultant leave on the machine afterwards.
    (root / "etc/acrm").mkdir(parents=True)
    (root / "etc/acrm/config.toml").write_text('[desk]\nlanguage = "ru_RU"\n')
    home = root / "home/jkowalska"
    (home / ".local/share/acrm-desk").mkdir(parents=True)
    (home / ".local/share/acrm-desk/acrm.sqlite3").write_bytes(b"SQLite format 3\0")
    (home / ".config/acrm-desk").mkdir(parents=True)
    (home / ".config/acrm-desk/config.toml").write_text("[server]\nsync_interval = 5\n")
    users_files = sorted(p for p in home.rglob("*"))

    result = dpkg(root, "--remove", "acrm-desk")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (root / "opt/acrm").exists()
    assert not (root / "usr/bin/acrm").is_symlink()
    assert not (root / "usr/share/applications" / f"{APP_ID}.desktop").exists()
    assert (root / "etc/acrm/config.toml").read_text() == '[desk]\nlanguage = "ru_RU"\n'
    status = dpkg(root, "--status", "acrm-desk").stdout
    assert "Status: deinstall ok config-files" in status

    result = dpkg(root, "--purge", "acrm-desk")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (root / "etc/acrm").exists()
    assert sorted(p for p in home.rglob("*")) == users_files
    assert (home / ".local/share/acrm-desk/acrm.sqlite3").read_bytes() == b"SQLite format 3\0"
    assert dpkg(root, "--status", "acrm-desk").returncode != 0
    log = (root / "var/log/dpkg.log").read_text()
    assert all(f"{step} acrm-desk" in log for step in ("install", "remove", "purge"))


def test_bad_input_names_the_problem_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_tool(str(tmp_path / "nowhere"), "--out", str(out))
    assert result.returncode == 2
    assert (
        result.stderr
        == f"build_deb: {tmp_path / 'nowhere'}: no such folder (run `make package` first)\n"
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_tool(str(empty), "--out", str(out))
    assert result.returncode == 2
    assert f"{empty}: no executable 'acrm' in it" in result.stderr
    (empty / "acrm").write_text("#!/bin/sh\n")
    (empty / "acrm").chmod(0o755)
    result = run_tool(str(empty), "--out", str(out), "--version", "1 0")
    assert result.returncode == 2
    assert "version '1 0' is not a version Debian accepts" in result.stderr
    assert list(out.iterdir()) == []  # neither a package nor its staging folder


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [("0.1.0", "0.1.0"), ("0.2.0rc1", "0.2.0~rc1"), ("1.0.dev3", "1.0~dev3"), ("2.1b2", "2.1~b2")],
)
def test_pre_releases_sort_before_the_release(pep440: str, debian: str) -> None:
    assert build_deb.debian_version(pep440) == debian
    release = debian.partition("~")[0]
    if debian != release:
        compare = subprocess.run(["dpkg", "--compare-versions", debian, "lt", release])
        assert compare.returncode == 0
