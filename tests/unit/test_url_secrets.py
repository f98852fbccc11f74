"""Secrets in database URLs are found by place (never read out) and hidden when a URL is shown."""

from __future__ import annotations

import pytest

from app.services.errors import AcrmError
from app.services.storage.url_secrets import redacted, refuse_secrets, secret_parameters, secrets_in

PW = "Zaq1-Xsw2"


@pytest.mark.parametrize(
    ("url", "found"),
    [
        (f"postgresql://anna:{PW}@db/acrm", ["a password after the user name"]),
        (f"postgresql+psycopg://:{PW}@db/acrm", ["a password after the user name"]),
        (f"postgresql://anna:p@ss:{PW}@db:5432/acrm", ["a password after the user name"]),
        (f"postgresql://db/acrm?password={PW}", ["?password="]),
        (f"postgresql://db/acrm?PASSWORD={PW}", ["?PASSWORD="]),
        (f"postgresql://db/acrm?sslmode=require&pass%77ord={PW}", ["?password="]),
        (f"postgresql://db/acrm?sslpassword={PW}", ["?sslpassword="]),
        ("postgresql://db/acrm?passfile=/home/anna/.pgpass", ["?passfile="]),
        (f"postgresql://db/acrm?oauth_client_secret={PW}", ["?oauth_client_secret="]),
        (f"postgresql://db/acrm?scram_client_key={PW}", ["?scram_client_key="]),
        ("postgresql://db/acrm?sslkeylogfile=/tmp/keys", ["?sslkeylogfile="]),
        ("postgresql://anna@db/acrm?sslmode=verify-full&application_name=x", []),
        ("sqlite:////home/anna/.local/share/acrm-desk/acrm.sqlite3", []),
        ("sqlite:///C:/Users/anna@corp/acrm.sqlite3", []),
        (f"host=db user=anna password={PW}", ["password="]),
    ],
)
def test_secrets_are_found_by_place(url: str, found: list[str]) -> None:
    assert secrets_in(url) == found


def test_the_installed_libpq_names_its_own_secrets() -> None:
    # libpq marks password fields itself; whatever it marks is refused, even if new.
    assert {"password", "sslpassword"} <= secret_parameters()


def test_the_refusal_names_the_source_and_never_the_secret() -> None:
    with pytest.raises(AcrmError) as raised:
        refuse_secrets(f"postgresql://anna:{PW}@db/acrm?sslpassword={PW}", "--db")
    message = str(raised.value)
    assert message.startswith("--db: a database URL must not carry a password")
    assert "?sslpassword=" in message and "acrm login" in message
    assert PW not in message


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"postgresql://anna:{PW}@db/acrm", "postgresql://anna:***@db/acrm"),
        (f"postgresql://db/acrm?sslmode=require&password={PW}",
         "postgresql://db/acrm?sslmode=require&password=***"),
        (f"postgresql://db/acrm?pass%77ord={PW}#x", "postgresql://db/acrm?pass%77ord=***"),
        ("sqlite:////abs/path/acrm.sqlite3", "sqlite:////abs/path/acrm.sqlite3"),
        (f"host=db password={PW}", "(not a URL)"),
    ],
)  # fmt: skip
def test_redacted_hides_only_the_secrets(url: str, shown: str) -> None:
    assert redacted(url) == shown
