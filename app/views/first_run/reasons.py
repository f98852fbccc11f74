"""The connection check's reasons in the person's language (codes from the service)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class FirstRunReasons(QObject):
    """A translation context (self.tr) for the reasons and the TLS modes."""

    def texts(self) -> dict[str, str]:
        return {
            "bad_url": self.tr("The server address is not a PostgreSQL address "
                          "(postgresql://host:port/database)."),
            "url_secret": self.tr("The server address must not contain a user or a password; the "
                             "password is kept in the system keyring."),
            "bad_sslmode": self.tr("Choose one of the listed TLS modes."),
            "ca_missing": self.tr("The CA file for checking the server's certificate cannot be "
                                  "read."),
            "no_password": self.tr("Enter your password."),
            "wrong_password": self.tr("Wrong password, or the server has no such login."),
            "unknown_login": self.tr("This login is not a person of this centre. Ask an "
                                "administrator."),
            "deactivated": self.tr("This login has been deactivated. Ask an administrator."),
            "unreachable": self.tr("The server cannot be reached at this address and port. Check "
                              "the address and the network."),
            "tls_untrusted": self.tr("The server's certificate is not trusted by the CA file."),
            "tls_hostname": self.tr("The server's certificate is for another host name than "
                                    "the one in the address."),
            "tls_missing": self.tr("The server does not offer TLS, but the chosen TLS mode "
                                   "requires it."),
            "database_missing": self.tr("The server has no database of this name."),
            "not_acrm": self.tr("This database is not an aCRM server."),
            "schema_old": self.tr("The server's database is older than this desk. Ask an "
                             "administrator to upgrade it."),
            "schema_new": self.tr("The server's database is newer than this desk. Install the "
                                  "newer desk."),
            "failed": self.tr("The server refused the connection."),
        }  # fmt: skip

    def tls_modes(self) -> list[tuple[str, str]]:
        return [
            ("verify-full", self.tr("Verify the certificate and the host name (recommended)")),
            ("verify-ca", self.tr("Verify the certificate only")),
            ("require", self.tr("Encrypt, but do not verify the certificate")),
            ("prefer", self.tr("Encrypt when the server offers it")),
            ("disable", self.tr("No encryption")),
        ]


def reason_text(code: str) -> str:
    """What went wrong, for a person: every code of app/services/first_run/connection.py."""
    texts = FirstRunReasons().texts()
    return texts.get(code, texts["failed"])


def tls_modes() -> list[tuple[str, str]]:
    """(mode, label) for the TLS choice, the safest first."""
    return FirstRunReasons().tls_modes()
