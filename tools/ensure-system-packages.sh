#!/usr/bin/env bash
# Install the Debian/Ubuntu packages a make target needs, only those that are missing.
#
#   tools/ensure-system-packages.sh GROUP...    GROUP: venv | qt | gui | postgres | package
#                                               | package-test | installer
#
# Each need is checked by what the program really loads (a shared library known to the
# dynamic linker, a file, a Python module), not by package name, so renamed packages
# (e.g. Ubuntu's *t64 libraries) that provide the same thing count as present.
set -euo pipefail

PYTHON=${PYTHON:-python3}
missing=()

have_lib() { /sbin/ldconfig -p 2>/dev/null | grep -q "[[:space:]]$1 " || ldconfig -p 2>/dev/null | grep -q "[[:space:]]$1 "; }
need_lib() { have_lib "$1" || missing+=("$2"); }
need_file() { [ -e "$1" ] || missing+=("$2"); }
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }

for group in "$@"; do
    case "$group" in
    venv)
        # Debian splits venv/ensurepip out of python3.
        "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || missing+=("python3-venv")
        ;;
    qt)
        # What PySide6's QtCore/QtGui/QtWidgets and the offscreen platform plugin link against.
        need_lib libEGL.so.1 libegl1
        need_lib libGL.so.1 libgl1
        need_lib libglib-2.0.so.0 libglib2.0-0
        need_lib libfontconfig.so.1 libfontconfig1
        need_lib libfreetype.so.6 libfreetype6
        need_lib libxkbcommon.so.0 libxkbcommon0
        need_lib libdbus-1.so.3 libdbus-1-3
        need_lib libX11.so.6 libx11-6
        need_lib libxcb.so.1 libxcb1
        # Kerberos for libQt6Network (the folder takes it from the system: frozen_bundle.py).
        need_lib libgssapi_krb5.so.2 libgssapi-krb5-2
        # Without any font Qt renders no text (and the tests measure text).
        need_file /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
        ;;
    gui)
        # The xcb platform plugin, for a real window on an X11 or XWayland desktop.
        need_lib libxcb-cursor.so.0 libxcb-cursor0
        need_lib libxcb-icccm.so.4 libxcb-icccm4
        need_lib libxcb-image.so.0 libxcb-image0
        need_lib libxcb-keysyms.so.1 libxcb-keysyms1
        need_lib libxcb-randr.so.0 libxcb-randr0
        need_lib libxcb-render-util.so.0 libxcb-render-util0
        need_lib libxcb-shape.so.0 libxcb-shape0
        need_lib libxcb-xfixes.so.0 libxcb-xfixes0
        need_lib libxcb-xkb.so.1 libxcb-xkb1
        need_lib libxkbcommon-x11.so.0 libxkbcommon-x11-0
        need_lib libX11-xcb.so.1 libx11-xcb1
        ;;
    postgres)
        # The test suite starts its own throwaway PostgreSQL 15 server.
        need_file /usr/lib/postgresql/15/bin/initdb postgresql-15
        # ...and a real PgBouncer (transaction pooling, SCRAM) in front of it for the sync tests.
        need_file /usr/sbin/pgbouncer pgbouncer
        need_cmd runuser util-linux
        ;;
    package)
        # PyInstaller reads ELF dependencies with objdump and ldd, and strips with strip.
        need_cmd objdump binutils
        need_cmd strip binutils
        need_cmd ldd libc-bin
        # The spec trims Qt's ICU data (tools/frozen_bundle.py): icupkg filters it, gcc puts
        # it back into a library.
        need_cmd icupkg icu-devtools
        need_cmd gcc gcc
        need_cmd readelf binutils
        ;;
    package-test)
        # tools/package_check.py keeps the frozen program's password in a real Secret
        # Service: a private session bus and an unlocked GNOME Keyring.
        need_cmd dbus-daemon dbus
        need_cmd gnome-keyring-daemon gnome-keyring
        # ...and starts the desk once through the xcb plugin on a virtual X server.
        need_cmd xvfb-run xvfb
        need_cmd xauth xauth
        ;;
    installer)
        # `make installer` builds the .deb; `make test` builds one from a fake program and
        # checks that its desktop file and AppStream metadata validate.
        need_cmd dpkg-deb dpkg
        need_cmd desktop-file-validate desktop-file-utils
        need_cmd appstreamcli appstream
        ;;
    *)
        echo "ensure-system-packages: unknown group '$group'" >&2
        exit 2
        ;;
    esac
done

[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing system packages: ${missing[*]} (no apt-get here: install the equivalents)." >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    echo "Missing system packages: ${missing[*]}" >&2
    echo "Install them as root: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
echo "Installing system packages: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
