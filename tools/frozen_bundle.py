"""What the frozen desk (build_installer.spec) ships: our data files, and which of Qt's it keeps.

Plain functions, no PyInstaller import, so tests/unit/test_build_spec.py checks the lists
without building. Paths are the bundle's (forward slashes, relative to dist/acrm/_internal).
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Our files. Alembic reads the migration scripts from disk at run time; the desk reads the
# style sheet, the compiled translations and the demo rule packs from resources/, which ships
# whole but for what only developers read (README screenshots, translation sources, notes).
MIGRATION_PATTERNS = ("*.py", "*.mako", "*.sql")
RESOURCES_NOT_SHIPPED = ("screenshots/*", "*.ts", "*.md")

# Packages whose every module ships: the app imports some of their modules by name at run time
# (importlib.import_module, app/rules/lazy_engine.py's OnFirstUse), which PyInstaller cannot see.
COLLECTED_PACKAGES = ("app", "rule_engine")

# Qt: what the desk uses. Platforms: offscreen (CI, `--smoke`), xcb (X11 and XWayland desktops),
# windows. Input contexts (compose, ibus) type Polish and Russian letters with dead keys and
# input methods; the portal theme gives file dialogs under Flatpak/portals and links only QtDBus.
# Not kept: the GTK3 theme (it pulls in the whole GTK/cairo/pango stack, ~20 MiB), image
# formats and icon engines (the desk shows no image; PNG, the screenshots' format, is in QtGui),
# TLS and network-information backends (QtNetwork is used for the local single-instance
# socket only), Wayland, eglfs, linuxfb, VNC and evdev.
QT_PLUGINS_KEPT = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",
    "xcbglintegrations/*",
    "platforminputcontexts/*",
    "platformthemes/libqxdgdesktopportal.so",
    "styles/qmodernwindowsstyle.dll",
)
# Qt's own texts (standard buttons, line-edit menus) in the desk's languages; install_locale
# (app/views/common/i18n.py) loads qtbase_<locale>.qm. English needs none.
QT_TRANSLATIONS_KEPT = ("qtbase_pl.qm", "qtbase_ru.qm")

# Python modules never imported by the desk or the CLI. pyqtgraph imports QtSvg and QtTest
# inside try/except (it works without them); QtOpenGL it imports unconditionally, so it stays.
# phonenumbers: the desk parses numbers and reads their time zones, never their carrier or
# place names (40 MB of sources).
EXCLUDED_MODULES = (
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "matplotlib",
    "OpenGL",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
    "PySide6.QtXml",
    "PySide6.QtSql",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    # pyqtgraph uses it only to scatter points randomly (beeswarm plots); 2.7 MiB of libraries.
    "numpy.random",
    "numpy.f2py",  # builds Fortran extensions
    # The analytics' model fitting (and SciPy, ~100 MB): the server computes analytics and the
    # desks receive the scores through sync; a packaged desk's can_refresh() says so.
    "scipy",
    "app.services.analytics.fitting",
    # httpx's own command line (httpx._main, imported in a try/except) and what only it uses.
    "httpx._main",
    "click",
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    "pydoc_data",  # help() topics
    # SQLAlchemy's other databases: the desk speaks SQLite and PostgreSQL only.
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "sqlalchemy.testing",
    # Chinese, Japanese and Korean codecs: the desk reads and writes UTF-8 (and, importing,
    # Windows-1250/1251), never these.
    "_codecs_jp",
    "_codecs_cn",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_hk",
    "_codecs_iso2022",
)

# ICU's data (libicudata, 31 MiB) is what Qt's collation, case mapping and time-zone names
# read. Kept: every locale-independent item, and the locale items of the desk's languages
# (their fall-back root is not a language, so it stays). Dropped: other languages' locale
# data, transliteration and number spell-out rules (Qt uses neither), legacy charset tables
# (the desk reads and writes UTF-8 only), Unicode character names, the spoof checker, and the
# word-break dictionaries of Chinese, Japanese, Thai, Lao, Khmer and Burmese (Qt breaks text
# with its own Unicode tables; ICU falls back to its rules where a dictionary is missing).
ICU_LANGUAGES = ("en", "pl", "ru")
_ICU_LOCALE_ITEM = re.compile(  # e.g. pl.res, coll/sr_Latn_BA.res, coll/de_.res; not res_index
    r"^(?:(?:coll|curr|lang|region|unit|zone|brkitr)/)?(?!res_index\.)([a-z]{2,3})(?:_\w*)*\.res$"
)
_ICU_UNUSED = ("translit/", "rbnf/")
_ICU_UNUSED_FILES = ("unames.icu", "confusables.cfu")

QT_DIR = "PySide6/Qt/"
# Data files of libraries the desk never reads: pyqtgraph's logo (its example apps' icon) and
# colour maps (the desk's chart uses two fixed colours).
DATA_UNWANTED = ("pyqtgraph/icons/peegee/*", "pyqtgraph/colors/maps/*")


def bundled_files(root: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for migrations/ and resources/, no caches."""
    migrations = root / "migrations"
    found = {path for pattern in MIGRATION_PATTERNS for path in migrations.rglob(pattern)}
    for path in (root / "resources").rglob("*"):
        inside = path.relative_to(root / "resources").as_posix()
        if not any(fnmatch.fnmatch(inside, pattern) for pattern in RESOURCES_NOT_SHIPPED):
            found.add(path)
    return [
        (str(path), path.parent.relative_to(root).as_posix())
        for path in sorted(found)
        if "__pycache__" not in path.parts and path.is_file()
    ]


# Kerberos, which libQt6Network links for its Negotiate authentication (the desk uses Qt's
# network module for its local single-instance socket only): every Debian and Ubuntu desktop
# has these (openssh-client depends on them) and the .deb depends on libgssapi-krb5-2, so the
# folder loads the system's copies (1.5 MiB). psycopg's own, renamed copies stay.
SYSTEM_LIBRARIES = (
    "libgssapi_krb5.so.2",
    "libkrb5.so.3",
    "libk5crypto.so.3",
    "libkrb5support.so.0",
    "libkeyutils.so.1",
    "libcom_err.so.2",
)


def from_the_system(destination: str, platform: str = sys.platform) -> bool:
    """True for a library the Linux folder takes from the system (by its bundle path)."""
    return platform.startswith("linux") and destination in SYSTEM_LIBRARIES


def qt_file_unwanted(destination: str) -> bool:
    """True for a Qt plugin or translation, or a library's data file, the desk does not use
    (by its bundle path)."""
    path = destination.replace("\\", "/")
    if any(fnmatch.fnmatch(path, pattern) for pattern in DATA_UNWANTED):
        return True
    if not path.startswith(QT_DIR):
        return False
    inside = path[len(QT_DIR) :]
    if inside.startswith("plugins/"):
        plugin = inside[len("plugins/") :]
        return not any(fnmatch.fnmatch(plugin, kept) for kept in QT_PLUGINS_KEPT)
    if inside.startswith("translations/"):
        return inside.rpartition("/")[2] not in QT_TRANSLATIONS_KEPT
    return False


def orphans(dropped: dict[str, set[str]], others: dict[str, set[str]]) -> set[str]:
    """Libraries (file names) that only dropped binaries need: what to drop with them.

    Each map is binary (bundle path) -> the file names of every library it loads (ldd's whole
    closure). A library a dropped binary loads goes too, unless a binary that no dropped one
    loads (an extension module, a kept plugin) needs it.
    """
    candidates = set().union(*dropped.values()) if dropped else set()
    roots = [deps for name, deps in others.items() if Path(name).name not in candidates]
    needed = set().union(*roots) if roots else set()
    return candidates - needed


def icu_items_unused(items: list[str]) -> list[str]:
    """The ICU data items (as `icupkg -l` names them) the desk never reads."""
    unused = []
    for item in items:
        locale = _ICU_LOCALE_ITEM.match(item)
        if (
            item.startswith(_ICU_UNUSED)
            or item.endswith((".cnv", ".dict"))
            or item in _ICU_UNUSED_FILES
            or (locale is not None and locale.group(1) not in ICU_LANGUAGES)
        ):
            unused.append(item)
    return unused


def trim_icu_library(library: Path, work: Path) -> Path:
    """A copy of Qt's libicudata.so.NN without the unused items: its data package is taken
    out of the library, filtered with icupkg and put back into a library of the same name and
    symbol with gcc (ICU's own data-filtering route; Debian: icu-devtools, gcc)."""
    version = library.name.rpartition(".so.")[2]  # libicudata.so.73 -> 73
    symbol, package = f"icudt{version}_dat", f"icudt{version}l"
    work.mkdir(parents=True, exist_ok=True)
    address, size = _symbol_extent(library, symbol)
    section_address, section_offset = _section_of(library, address)
    with library.open("rb") as file:
        file.seek(section_offset + address - section_address)
        data = file.read(size)
    if b"CmnD" not in data[:32]:
        raise RuntimeError(f"{library}: {symbol} is not an ICU common data package")
    full, trimmed = work / "full" / f"{package}.dat", work / "trimmed" / f"{package}.dat"
    for folder in (full.parent, trimmed.parent):
        folder.mkdir(exist_ok=True)
    full.write_bytes(data)
    listed = _run(["icupkg", "-l", str(full)]).split()
    removal = work / "unused.txt"
    unused = icu_items_unused(listed)
    removal.write_text("\n".join(item for item in unused if not item.endswith(".dict")) + "\n")
    dictionaries = work / "dictionaries.txt"
    dictionaries.write_text("\n".join(item for item in unused if item.endswith(".dict")) + "\n")
    staged = work / "staged" / f"{package}.dat"
    staged.parent.mkdir(exist_ok=True)
    for output in (staged, trimmed):
        output.unlink(missing_ok=True)
    # The output keeps the package's name: ICU looks items up as "icudtNNl/<item>". The first
    # pass checks that nothing kept needs a removed item; the dictionaries go in a second one,
    # since the break rules name them (ICU's data filter drops them the same way).
    _run(["icupkg", "-r", str(removal), str(full), str(staged)])
    _run(["icupkg", "--ignore-deps", "-r", str(dictionaries), str(staged), str(trimmed)])
    source = work / "icudata.S"
    source.write_text(
        f"    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n"
        f'    .balign 16\n{symbol}:\n    .incbin "{trimmed}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    output = work / library.name
    _run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output),
          str(source)])  # fmt: skip
    return output


def _run(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise RuntimeError(
            f"{command[0]} not found: tools/ensure-system-packages.sh package installs it"
        ) from None
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return result.stdout


def _symbol_extent(library: Path, symbol: str) -> tuple[int, int]:
    for line in _run(["objdump", "-T", str(library)]).splitlines():
        fields = line.split()
        if fields and fields[-1] == symbol:
            return int(fields[0], 16), int(fields[-2], 16)
    raise RuntimeError(f"{library}: no symbol {symbol}")


def _section_of(library: Path, address: int) -> tuple[int, int]:
    """(address, file offset) of the section holding `address` (readelf -S)."""
    for line in _run(["readelf", "-S", "-W", str(library)]).splitlines():
        if "]" not in line or "PROGBITS" not in line:
            continue
        fields = line.split("]", 1)[1].split()
        start, offset, size = (int(value, 16) for value in fields[2:5])
        if start <= address < start + size:
            return start, offset
    raise RuntimeError(f"{library}: no section holds address {address:#x}")


def strippable(source: str) -> bool:
    """Whether stripping `source` is safe: not an auditwheel-vendored library (a wheel's
    `<name>.libs/` folder). patchelf rewrote their program headers, and strip then leaves
    them unloadable ("ELF load command address/offset not page-aligned": numpy's OpenBLAS)."""
    return not any(part.endswith(".libs") for part in Path(source).parts)


def stripped_copy(source: str, target: Path) -> str:
    """`source` without its symbol tables (the debug symbols of libpython and of some
    extension modules are ~30 MiB), copied to `target`; non-ELF files are left alone."""
    with open(source, "rb") as file:
        if file.read(4) != b"\x7fELF":
            return source
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    _run(["strip", str(target)])
    return str(target)
