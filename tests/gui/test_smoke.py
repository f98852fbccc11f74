"""`acrm desk --smoke`: starts, opens one customer, exits 0 once the card is painted."""

from __future__ import annotations

import pytest

from app.cli import main
from tests import factories as f


def test_smoke_opens_a_customer_and_exits_zero(qapp, sqlite_db, capsys) -> None:
    f.seed_wrapup_codes(sqlite_db)
    f.make_customer(sqlite_db, first_name="Adam", last_name="Mickiewicz")
    code = main(["--db", sqlite_db.url, "desk", "--smoke", "--agent", "smoke.test"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "opened Adam Mickiewicz" in out.out


def test_smoke_fails_with_a_message_when_nothing_can_be_opened(qapp, tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'not-a-db'}/missing/dir/x.sqlite3"
    code = main(["--db", url, "desk", "--smoke", "--smoke-timeout", "20"])
    out = capsys.readouterr()
    assert code != 0
    assert "could not start" in out.err


def test_smoke_writes_a_screenshot_of_the_desk_at_the_size_asked(
    qapp, sqlite_db, tmp_path, capsys
) -> None:
    from PySide6.QtGui import QImage

    f.seed_wrapup_codes(sqlite_db)
    f.make_customer(sqlite_db, first_name="Adam", last_name="Mickiewicz")
    png = tmp_path / "desk.png"
    args = ["desk", "--smoke", "--size", "1024x700", "--screenshot", str(png)]
    code = main(["--db", sqlite_db.url, *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    image = QImage(str(png))
    assert f"wrote {png} ({image.width()}x{image.height()})" in out.out
    assert image.height() == 700 and image.width() >= 1024
    # Not a blank grab: a painted desk has many colours (text, badges, the header bar).
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 700, 7)}
    assert len(colours) > 20


def test_a_bad_size_or_a_screenshot_without_smoke_is_refused(qapp, sqlite_db, capsys) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["--db", sqlite_db.url, "desk", "--smoke", "--size", "big"])
    assert refused.value.code == 2
    assert "'big' is not WIDTHxHEIGHT" in capsys.readouterr().err
    assert main(["--db", sqlite_db.url, "desk", "--screenshot", "x.png"]) == 2
    assert "--screenshot works with --smoke" in capsys.readouterr().err


def test_the_desk_speaks_the_configured_language(
    qapp, sqlite_db, tmp_path, monkeypatch, capsys
) -> None:
    """[desk] language in the config file reaches the running desk (texts, dates, money)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    config = tmp_path / "config.toml"
    config.write_text('[desk]\nlanguage = "ru_RU"\n', encoding="utf-8")
    monkeypatch.setenv("ACRM_CONFIG", str(config))
    f.seed_wrapup_codes(sqlite_db)
    f.make_customer(sqlite_db, first_name="Adam", last_name="Mickiewicz")
    previous = QLocale().name()
    seen: list[tuple[str, str]] = []

    def read() -> None:  # while the desk runs: its translator and locale go when it exits
        seen.append((QLocale().name(), QCoreApplication.translate("WrapUpFields", "Reason")))

    qapp.aboutToQuit.connect(read)
    try:
        code = main(["--db", sqlite_db.url, "desk", "--smoke", "--agent", "smoke.test"])
    finally:
        qapp.aboutToQuit.disconnect(read)
    assert code == 0, capsys.readouterr().err
    assert seen == [("ru_RU", "Причина")]
    assert QLocale().name() == previous  # the next in-process run starts clean


def test_a_bad_configured_language_is_named(qapp, sqlite_db, tmp_path, monkeypatch, capsys):
    config = tmp_path / "config.toml"
    config.write_text('[desk]\nlanguage = "de_DE"\n', encoding="utf-8")
    monkeypatch.setenv("ACRM_CONFIG", str(config))
    code = main(["--db", sqlite_db.url, "desk", "--smoke", "--agent", "smoke.test"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{config}: [desk] language 'de_DE' is not one of pl_PL, ru_RU, en" in err
    assert "Traceback" not in err
