"""The frozen build's file lists (tools/frozen_bundle.py, used by build_installer.spec), unbuilt."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from app.services.config import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


def _load_bundle():
    spec = importlib.util.spec_from_file_location("frozen_bundle", ROOT / "tools/frozen_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle()


@pytest.fixture(scope="module")
def shipped() -> set[str]:
    """Bundle paths (folder/file name) of every data file the spec adds."""
    return {f"{folder}/{Path(source).name}" for source, folder in bundle.bundled_files(ROOT)}


def test_every_migration_ships_where_alembic_looks(shipped: set[str]) -> None:
    versions = sorted((ROOT / "migrations/versions").glob("*.py"))
    assert len(versions) >= 20
    for script in versions:
        assert f"migrations/versions/{script.name}" in shipped
    for sql in (ROOT / "migrations/versions").glob("*.sql"):
        assert f"migrations/versions/{sql.name}" in shipped
    assert {"migrations/env.py", "migrations/script.py.mako"} <= shipped
    assert not any("__pycache__" in path for path in shipped)


def test_every_translation_ships_compiled_and_no_source(shipped: set[str]) -> None:
    sources = sorted((ROOT / "resources/translations").glob("acrm_*.ts"))
    assert sources
    for source in sources:
        assert f"resources/translations/{source.stem}.qm" in shipped, source.name
        assert f"resources/translations/{source.name}" not in shipped


def test_style_and_rule_packs_ship_but_not_the_readme_screenshots(shipped: set[str]) -> None:
    assert "resources/style.qss" in shipped
    for pack in (ROOT / "resources/rules").glob("*.json"):
        assert f"resources/rules/{pack.name}" in shipped
    assert not any(path.startswith("resources/screenshots") for path in shipped)
    assert not any(path.endswith(".md") for path in shipped)


def test_qt_translations_kept_cover_the_desk_languages() -> None:
    # install_locale loads qtbase_<language>.qm; English has none to load.
    for language in LANGUAGES:
        if language != "en":
            assert f"qtbase_{language.split('_')[0]}.qm" in bundle.QT_TRANSLATIONS_KEPT


@pytest.mark.parametrize(
    ("path", "unwanted"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/Qt/translations/qtbase_pl.qm", False),
        ("PySide6/Qt/translations/qtbase_ru.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
        ("resources/translations/acrm_pl_PL.qm", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6\\Qt\\plugins\\imageformats\\qjpeg.dll", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_help_pl.qm", True),
        ("pyqtgraph/icons/peegee/peegee_512px@2x.png", True),
        ("pyqtgraph/colors/maps/viridis.csv", True),
        ("pyqtgraph/icons/auto.png", False),  # the plot's auto-range button
    ],
)
def test_qt_files_kept_and_dropped(path: str, unwanted: bool) -> None:
    assert bundle.qt_file_unwanted(path) is unwanted


def test_libraries_only_dropped_plugins_load_go_with_them() -> None:
    dropped = {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so": {
            "libgtk-3.so.0", "libcairo.so.2", "libglib-2.0.so.0", "libQt6Gui.so.6",
        },
    }  # fmt: skip
    others = {
        "PySide6/QtGui.abi3.so": {"libQt6Gui.so.6", "libglib-2.0.so.0"},
        "libgtk-3.so.0": {"libcairo.so.2", "libglib-2.0.so.0"},  # a dependency, not a root
        "libcairo.so.2": set(),
        "libglib-2.0.so.0": set(),
    }
    assert bundle.orphans(dropped, others) == {"libgtk-3.so.0", "libcairo.so.2"}
    # A kept extension module that loads cairo keeps it (and only it).
    others["_cairo.so"] = {"libcairo.so.2"}
    assert bundle.orphans(dropped, others) == {"libgtk-3.so.0"}


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    imported = set()
    for source in (ROOT / "app").rglob("*.py"):
        imported.update(re.findall(r"\b(PySide6\.Qt\w+)", source.read_text(encoding="utf-8")))
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= imported
    assert not imported & set(bundle.EXCLUDED_MODULES)


def test_modules_imported_by_name_ship() -> None:
    # The frozen build of 2026-12-06 failed its first run: rule_engine, imported by name on
    # first use, was missing.
    by_name = set()
    for source in (ROOT / "app").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        by_name.update(re.findall(r"(?:OnFirstUse|import_module)\(\s*[\"']([\w.]+)[\"']", text))
    assert {"rule_engine", "app.views.customer.flow_chart"} <= by_name
    for module in by_name:
        assert module.split(".")[0] in bundle.COLLECTED_PACKAGES, module


def test_icu_keeps_the_desk_languages_and_every_shared_item() -> None:
    items = [
        "root.res", "pl.res", "pl_PL.res", "ru.res", "en_150.res", "de.res", "zh_Hant_HK.res",
        "coll/root.res", "coll/ucadata.icu", "coll/pl.res", "coll/de.res", "coll/de_.res",
        "zone/ru.res", "zone/fr_CA.res", "curr/yue.res", "brkitr/line.brk", "brkitr/ja.res",
        "brkitr/cjdict.dict", "translit/Latin_ASCII.res", "rbnf/pl.res", "ibm-943_P15A-2003.cnv",
        "cnvalias.icu", "unames.icu", "confusables.cfu", "zoneinfo64.res", "metaZones.res",
        "pool.res", "res_index.res", "plurals.res", "nfkc.nrm", "uemoji.icu",
    ]  # fmt: skip
    unused = set(bundle.icu_items_unused(items))
    assert unused == {
        "de.res", "zh_Hant_HK.res", "coll/de.res", "coll/de_.res", "zone/fr_CA.res",
        "curr/yue.res", "brkitr/ja.res", "brkitr/cjdict.dict", "translit/Latin_ASCII.res",
        "rbnf/pl.res",
        "ibm-943_P15A-2003.cnv", "unames.icu", "confusables.cfu",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("source", "strip"),
    [
        ("/venv/site-packages/numpy.libs/libscipy_openblas64_-32a4b2a6.so", False),
        ("/venv/site-packages/psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", False),
        ("/usr/lib/libpython3.11.so.1.0", True),
        ("/venv/site-packages/sqlalchemy/engine/_result_cy.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_vendored_wheel_libraries_are_never_stripped(source: str, strip: bool) -> None:
    assert bundle.strippable(source) is strip


def test_kerberos_comes_from_the_system_on_linux_and_the_deb_depends_on_it() -> None:
    assert bundle.from_the_system("libgssapi_krb5.so.2", "linux")
    assert bundle.from_the_system("libkrb5.so.3", "linux")
    assert not bundle.from_the_system("libgssapi_krb5.so.2", "win32")
    # psycopg's own renamed copies (and anything below a folder) stay in the bundle
    assert not bundle.from_the_system("libgssapi_krb5-923083ce.so.2.2", "linux")
    assert not bundle.from_the_system("psycopg_binary.libs/libkrb5-f18b4d11.so.3.3", "linux")
    build_deb = (ROOT / "tools" / "build_deb.py").read_text(encoding="utf-8")
    assert '"libgssapi-krb5-2"' in build_deb
