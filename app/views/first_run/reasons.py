"""The connection check's reasons in the person's language (codes from the service)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "FirstRunReasons"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(code: str) -> str:
    """What went wrong, for a person: every code of app/services/first_run/connection.py."""
    texts = {
        "bad_url": _t("The server address is not a PostgreSQL address "
                      "(postgresql://host:port/database)."),
        "url_secret": _t("The server address must not contain a user or a password; the "
                         "password is kept in the system keyring."),
        "bad_sslmode": _t("Choose one of the listed TLS modes."),
        "ca_missing": _t("The CA file for checking the server's certificate cannot be read."),
        "no_password": _t("Enter your password."),
        "wrong_password": _t("Wrong password, or the server has no such login."),
        "unknown_login": _t("This login is not a person of this centre. Ask an administrator."),
        "deactivated": _t("This login has been deactivated. Ask an administrator."),
        "unreachable": _t("The server cannot be reached at this address and port. Check the "
                          "address and the network."),
        "tls_untrusted": _t("The server's certificate is not trusted by the CA file."),
        "tls_hostname": _t("The server's certificate is for another host name than the one in "
                           "the address."),
        "tls_missing": _t("The server does not offer TLS, but the chosen TLS mode requires it."),
        "database_missing": _t("The server has no database of this name."),
        "not_acrm": _t("This database is not an aCRM server."),
        "schema_old": _t("The server's database is older than this desk. Ask an administrator "
                         "to upgrade it."),
        "schema_new": _t("The server's database is newer than this desk. Install the newer "
                         "desk."),
        "failed": _t("The server refused the connection."),
    }  # fmt: skip
    return texts.get(code, texts["failed"])


def tls_modes() -> list[tuple[str, str]]:
    """(mode, label) for the TLS choice, the safest first."""
    return [
        ("verify-full", _t("Verify the certificate and the host name (recommended)")),
        ("verify-ca", _t("Verify the certificate only")),
        ("require", _t("Encrypt, but do not verify the certificate")),
        ("prefer", _t("Encrypt when the server offers it")),
        ("disable", _t("No encryption")),
    ]
