"""Build dist/acrm-desk_<version>_amd64.deb from the PyInstaller folder dist/acrm (make installer).

    python3 tools/build_deb.py dist/acrm [--out dist] [--version 0.1.0] [--compression xz]

The package installs the folder as /opt/acrm, /usr/bin/acrm (a symlink to /opt/acrm/acrm), the
desktop launcher, icons and AppStream metadata from packaging/linux and resources/icons, and the
maintainer scripts that refresh the menu and, on purge only, remove /etc/acrm. Files are staged
with modes 0755/0644 and packed by `dpkg-deb --root-owner-group --build`, so they are owned by
root without fakeroot. Needs only the standard library and dpkg-deb.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.acrm_desk.Desk"  # the desk's QGuiApplication.desktopFileName()
PACKAGE = "acrm-desk"
# Shared objects by name (libQt6Core.so.6, _re2.cpython-311-x86_64-linux-gnu.so).
SHARED_LIBRARY = re.compile(r"\.so(\.[0-9.]+)?$")
DEFAULT_MAINTAINER = "aCRM Desk packagers <acrm-desk@localhost>"
# What the frozen Qt loads from the system: the `qt` and `gui` groups of
# tools/ensure-system-packages.sh, with the Debian 13 / Ubuntu 24.04 t64 names first where a
# library was renamed (tests/integration/test_deb_package.py keeps the two lists in step).
DEPENDS = (
    "libegl1",
    "libgl1",
    "libglib2.0-0t64 | libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libdbus-1-3",
    "libx11-6",
    "libxcb1",
    "fonts-dejavu-core",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libgssapi-krb5-2",
)
DESCRIPTION = """\
Agent desktop for contact-centre consultants
 aCRM Desk shows a consultant the customer on the line: their card, contact
 history, products and the next best actions the bank's live rules offer, and
 records what happened on the call. It runs on its own embedded database or
 against a shared PostgreSQL server through a local cache that syncs in the
 background.
 .
 The program is a self-contained build under /opt/acrm; `acrm` is on the PATH.
 A site configuration in /etc/acrm/config.toml applies to every user of the
 machine (example in /usr/share/doc/acrm-desk)."""


class BuildError(Exception):
    """A problem with the input, told in one line."""


def debian_version(version: str) -> str:
    """The Debian spelling of a PEP 440 version: pre-releases sort before the release (~)."""
    text = re.sub(r"(?<=\d)\.?(a|b|rc|dev)(\d*)$", r"~\1\2", version.strip())
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", text):
        raise BuildError(f"version {version!r} is not a version Debian accepts (e.g. 1.2.0)")
    return text


def stage(program: Path, tree: Path, version: str, release_date: str) -> None:
    """Lay out the installed files under `tree` (a future filesystem root)."""
    if not (program / "acrm").is_file() or not os.access(program / "acrm", os.X_OK):
        raise BuildError(f"{program}: no executable 'acrm' in it (run `make package` first)")
    shutil.copytree(program, tree / "opt" / "acrm", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "acrm").symlink_to("/opt/acrm/acrm")
    share = tree / "usr" / "share"
    put(PACKAGING / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    metainfo = (PACKAGING / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", release_date)
    target = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    target.parent.mkdir(parents=True)
    target.write_text(metainfo, encoding="utf-8")
    hicolor = share / "icons" / "hicolor"
    put(ICONS / f"{APP_ID}.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    for png in sorted((ICONS / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        put(png, hicolor / png.relative_to(ICONS / "hicolor"))
    doc = share / "doc" / PACKAGE
    put(PACKAGING / "copyright", doc / "copyright")
    put(PACKAGING / "config.toml.example", doc / "config.toml.example")


def put(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def normalise_modes(tree: Path) -> None:
    """Directories and programs 0755, every other file 0644 (whatever the build left).

    Shared libraries are 0644 whatever PyInstaller copied: the dynamic linker needs no
    execute bit (Debian policy 8.1).
    """
    for folder, dirs, files in os.walk(tree):
        for name in dirs:
            path = Path(folder) / name
            if not path.is_symlink():
                path.chmod(0o755)
        for name in files:
            path = Path(folder) / name
            if path.is_symlink():
                continue
            executable = path.stat().st_mode & 0o111 and not SHARED_LIBRARY.search(name)
            path.chmod(0o755 if executable else 0o644)
    tree.chmod(0o755)


def installed_size_kib(tree: Path) -> int:
    """As dpkg-gencontrol counts it: each file's size in KiB rounded up, 1 per directory/link."""
    total = 0
    for folder, dirs, files in os.walk(tree):
        for name in dirs + files:
            path = Path(folder) / name
            if path.is_symlink() or path.is_dir():
                total += 1
            else:
                total += -(-path.stat().st_size // 1024)
    return total


def md5sums(tree: Path) -> str:
    lines = []
    for folder, dirs, files in os.walk(tree):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_symlink():
                continue
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(tree).as_posix()}\n")
    return "".join(lines)


def control(version: str, installed_kib: int, maintainer: str) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def build(
    program: Path,
    out: Path,
    version: str,
    *,
    compression: str = "xz",
    maintainer: str = DEFAULT_MAINTAINER,
    release_date: str | None = None,
) -> Path:
    """Build the package; returns its path: <out>/acrm-desk_<version>_amd64.deb."""
    deb_version = debian_version(version)
    if not program.is_dir():
        raise BuildError(f"{program}: no such folder (run `make package` first)")
    if release_date is None:
        epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
        release_date = time.strftime("%Y-%m-%d", time.gmtime(epoch))
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{deb_version}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="acrm-deb-", dir=out) as scratch:
        tree = Path(scratch) / "root"
        tree.mkdir()
        stage(program, tree, version, release_date)
        normalise_modes(tree)
        sums = md5sums(tree)
        size = installed_size_kib(tree)
        debian = tree / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(control(deb_version, size, maintainer), encoding="utf-8")
        (debian / "md5sums").write_text(sums, encoding="utf-8")
        for script in ("postinst", "postrm"):
            shutil.copyfile(PACKAGING / script, debian / script)
            (debian / script).chmod(0o755)
        for name in ("control", "md5sums"):
            (debian / name).chmod(0o644)
        command = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(tree)]
        result = subprocess.run(
            [*command, str(target)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise BuildError(f"dpkg-deb failed: {result.stderr.strip() or result.stdout.strip()}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path, help="the PyInstaller folder (dist/acrm)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .deb goes")
    parser.add_argument("--version", help="default: app.__version__")
    parser.add_argument("--compression", default="xz", choices=("xz", "gzip", "zstd", "none"))
    parser.add_argument(
        "--maintainer",
        default=os.environ.get("ACRM_DEB_MAINTAINER", DEFAULT_MAINTAINER),
        help="the control file's Maintainer (default: $ACRM_DEB_MAINTAINER or a placeholder)",
    )
    args = parser.parse_args(argv)
    try:
        version = args.version or app_version()
        deb = build(
            args.program,
            args.out,
            version,
            compression=args.compression,
            maintainer=args.maintainer,
        )
    except BuildError as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 2
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


def app_version() -> str:
    """app.__version__, the one version source (app/__init__.py imports nothing)."""
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


if __name__ == "__main__":
    sys.exit(main())
