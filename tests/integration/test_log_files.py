"""Log files: where they are, their modes, rotation, their level, a quiet standard error."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import failures, main
from app.services.actions.webhook import DeliveryFailed, WebhookClient
from app.services.logs import files

REPO = Path(__file__).resolve().parents[2]
SECRET = "Sz4rlotka-99"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common 022: files would be world-readable unless the program makes them private."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def log_text(directory: Path) -> str:
    files.flush()
    return "".join(path.read_text(encoding="utf-8") for path in sorted(directory.iterdir()))


def test_the_log_is_in_the_data_directorys_logs_folder_0700_and_0600(isolated_data_dir) -> None:
    assert main(["db", "upgrade"]) == 0
    logging.getLogger("app.test").warning("customer %s: something to look at", "C-1")
    directory = isolated_data_dir / "logs"
    assert mode(directory) == 0o700
    assert mode(directory / "acrm.log") == 0o600
    assert "WARNING app.test [" in log_text(directory)
    assert "customer C-1: something to look at" in log_text(directory)


def test_acrm_log_dir_overrides_and_a_wider_file_is_tightened(tmp_path, monkeypatch) -> None:
    directory = tmp_path / "portable" / "logs"
    monkeypatch.setenv("ACRM_LOG_DIR", str(directory))
    directory.mkdir(parents=True, mode=0o755)
    (directory / "acrm.log").write_text("from an older version\n")
    (directory / "acrm.log").chmod(0o644)
    assert main(["db", "upgrade"]) == 0
    logging.getLogger("app.test").warning("hello")
    assert mode(directory) == 0o700 and mode(directory / "acrm.log") == 0o600
    assert log_text(directory).startswith("from an older version\n")


def test_without_any_override_the_platforms_log_directory_is_used(monkeypatch, tmp_path) -> None:
    import platformdirs

    monkeypatch.delenv("ACRM_DATA_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    expected = Path(platformdirs.user_log_dir("acrm-desk", appauthor=False))
    assert expected.is_relative_to(tmp_path)
    assert files.log_dir() == expected and mode(expected) == 0o700


def test_the_log_rotates_into_five_private_files(isolated_data_dir, monkeypatch) -> None:
    monkeypatch.setattr(files, "MAX_BYTES", 20_000)
    assert main(["db", "upgrade"]) == 0
    log = logging.getLogger("app.test")
    for number in range(2_000):  # ~110 bytes a line: about 11 files' worth
        log.warning("line %05d %s", number, "x" * 40)
    directory = isolated_data_dir / "logs"
    names = sorted(path.name for path in directory.iterdir())
    assert names == ["acrm.log", *(f"acrm.log.{n}" for n in range(1, 6))]
    assert all(mode(directory / name) == 0o600 for name in names)
    assert all((directory / name).stat().st_size <= 20_000 for name in names)
    assert "line 01999" in (directory / "acrm.log").read_text()
    assert "line 00000" not in log_text(directory)  # the oldest went with the sixth file
    assert [path.name for path in files.log_files()] == ["acrm.log", *names[1:]]


@pytest.mark.parametrize(
    ("env", "config", "debug_kept", "info_kept"),
    [(None, None, False, True), ("DEBUG", None, True, True), (None, "warning", False, False),
     ("info", "error", False, True)],
)  # fmt: skip
def test_the_files_level(isolated_data_dir, monkeypatch, env, config, debug_kept, info_kept):
    if env:
        monkeypatch.setenv("ACRM_LOG_LEVEL", env)
    if config:
        (isolated_data_dir / "config.toml").write_text(f'[logging]\nlevel = "{config}"\n')
    assert main(["db", "upgrade"]) == 0
    logging.getLogger("app.test").debug("a debug line")
    logging.getLogger("app.test").info("an info line")
    logging.getLogger("app.test").error("an error line")
    text = log_text(isolated_data_dir / "logs")
    assert ("a debug line" in text) is debug_kept
    assert ("an info line" in text) is info_kept
    assert "an error line" in text


def test_a_bad_level_names_where_it_was_set(isolated_data_dir, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ACRM_LOG_LEVEL", "loud")
    assert main(["db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert "$ACRM_LOG_LEVEL: log level 'loud' is not one of DEBUG, INFO, WARNING, ERROR" in err
    monkeypatch.delenv("ACRM_LOG_LEVEL")
    (isolated_data_dir / "config.toml").write_text('[logging]\nlevel = "chatty"\n')
    assert main(["db", "upgrade"]) == 2
    assert "[logging] level: log level 'chatty' is not one of" in capsys.readouterr().err


def test_standard_error_does_not_get_noisier_with_a_debug_file(tmp_path) -> None:
    """A real `acrm` process: the file takes DEBUG, standard error shows what it did before."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "ACRM_DATA_DIR": str(tmp_path / "data"),
           "ACRM_SERVER_URL": "postgresql://db.bank.local/acrm"}  # fmt: skip
    runs = {}
    for level in ("INFO", "DEBUG"):
        result = subprocess.run(
            [sys.executable, "-m", "app", "diagnostics"], cwd=REPO, capture_output=True,
            text=True, timeout=120, env={**env, "ACRM_LOG_LEVEL": level},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        runs[level] = result.stderr
    assert runs["DEBUG"] == runs["INFO"] == ""
    text = (tmp_path / "data" / "logs" / "acrm.log").read_text()
    assert " DEBUG keyring.backend " in text  # the keyring's start-up, in the file only


def test_an_internal_error_is_logged_redacted(isolated_data_dir, monkeypatch) -> None:
    assert main(["db", "upgrade"]) == 0
    try:
        raise RuntimeError(f"lost postgresql://anna:{SECRET}@db.bank.local/acrm")
    except RuntimeError as error:
        assert failures.report(error) == 2
    text = log_text(isolated_data_dir / "logs")
    assert "ERROR app.cli.failures" in text and "internal error (RuntimeError)" in text
    assert "RuntimeError: lost postgresql://anna:***@db.bank.local/acrm" in text
    assert SECRET not in text
    crash = failures.log_file().read_text()  # the crash file beside the data, redacted too
    assert "RuntimeError: lost postgresql://anna:***@db.bank.local/acrm" in crash
    assert SECRET not in crash


def test_a_webhooks_credentials_stay_out_of_the_log(isolated_data_dir) -> None:
    """A real delivery attempt to a closed port: every attempt is logged, no credential."""
    assert main(["db", "upgrade"]) == 0
    client = WebhookClient(f"http://hook:{SECRET}@127.0.0.1:1/x?token={SECRET}T",
                           attempts=2, wait=0.01, deadline=5)  # fmt: skip
    try:
        with pytest.raises(DeliveryFailed) as failed:
            client.send({"hello": 1}, idempotency_key="k1")
    finally:
        client.close()
    logging.getLogger("app.test").warning("delivery: %s (Authorization: Bearer %s)",
                                          failed.value, SECRET)  # fmt: skip
    text = log_text(isolated_data_dir / "logs")
    assert "webhook http://hook:***@127.0.0.1:1/x?token=*** attempt 1" in text
    assert SECRET not in text


def test_a_log_directory_that_cannot_be_made_is_said_once(tmp_path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("ACRM_LOG_DIR", str(blocker / "logs"))
    assert main(["db", "upgrade"]) == 0  # the command runs all the same
    logging.getLogger("app.test").warning("one")
    logging.getLogger("app.test").warning("two")
    err = capsys.readouterr().err
    assert err.count("acrm: no log file: ") == 1 and str(blocker / "logs") in err


def test_the_logging_step_loads_no_settings_module(tmp_path) -> None:
    """It runs before every command: no settings, database or handler modules."""
    probe = ("import sys; from app.cli.logging_step import configure_logging; "
             "configure_logging(False); "
             "print(sorted(m for m in ('app.services.config', 'sqlalchemy', 'logging.handlers',"
             " 'tomllib') if m in sys.modules))")  # fmt: skip
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"  # no config file: not even the TOML parser


def test_the_desk_sets_logging_up_itself_after_a_hand_over() -> None:
    from app.cli import build_parser

    assert build_parser().parse_args(["desk", "--phone", "+48601234567"]).logs_late is True
    assert build_parser().parse_args(["sync", "--status"]).__dict__.get("logs_late") is None


def test_the_site_file_sets_the_level_and_a_lock_beats_the_environment(
    isolated_data_dir, monkeypatch, tmp_path
):
    from app.services.logs import files

    site = tmp_path / "site.toml"
    monkeypatch.setenv("ACRM_SITE_CONFIG", str(site))
    site.write_text('[logging]\nlevel = "warning"\n')
    assert files.config_level() == ("WARNING", "site")
    (isolated_data_dir / "config.toml").write_text('[logging]\nlevel = "debug"\n')
    assert files.config_level() == ("DEBUG", "user")  # not locked: the user's file wins
    site.write_text('locked = ["logging.level"]\n[logging]\nlevel = "error"\n')
    monkeypatch.setenv("ACRM_LOG_LEVEL", "DEBUG")
    assert files.config_level() == ("ERROR", "site")
