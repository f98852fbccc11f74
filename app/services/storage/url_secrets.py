"""Secrets never travel in a database URL: find them (without reading them out) and hide them.

A password typed into a URL ends up in shell history, in `ps` output, in config files, in
the cache's record of its server and in every message that echoes the URL. The desk's own
password lives in the OS keyring (`acrm login`) or comes on standard input; an
administrator's comes from libpq's password file (~/.pgpass, which libpq reads itself).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote_plus, urlsplit

from app.services.errors import AcrmError

# libpq parameters that carry a secret or point libpq at one outside the keyring. The
# installed libpq marks its secret parameters itself (dispchar "*", or "D" for debug-only
# ones such as the SCRAM keys); those are added at run time, so a newer libpq's new
# secrets are refused too.
SECRET_PARAMETERS = frozenset(
    {
        "password",
        "sslpassword",  # the passphrase of the client certificate's key
        "oauth_client_secret",
        "scram_client_key",  # derived from the password: as good as the password
        "scram_server_key",
        "passfile",  # a password file of the URL's choosing, not the keyring
        "sslkeylogfile",  # writes the TLS session keys to a file: the traffic is readable
    }
)
HINT = (
    "passwords live in the OS keyring (`acrm login`) or come on standard input "
    "(--password-stdin); an administrator's own password comes from libpq's ~/.pgpass"
)
HIDDEN = "***"


def _libpq_secret_parameters() -> frozenset[str]:
    try:
        from psycopg import pq

        options = pq.Conninfo.get_defaults()
    except Exception:  # no libpq here (e.g. a SQLite-only build): the fixed list stands
        return frozenset()
    return frozenset(
        option.keyword.decode() for option in options if option.dispchar in (b"*", b"D")
    )


def secret_parameters() -> frozenset[str]:
    return SECRET_PARAMETERS | _libpq_secret_parameters()


def secrets_in(url: str) -> list[str]:
    """What in `url` is secret, named by place ("password in the user part", "?sslpassword")."""
    secret = secret_parameters()
    if "://" not in url:  # libpq's "host=db password=..." form: no URL, but still a secret
        keys = (token.split("=", 1)[0].strip().lower() for token in url.split() if "=" in token)
        return [f"{key}=" for key in keys if key in secret]
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return []
    found = []
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    if ":" in userinfo:
        found.append("a password after the user name")
    for key, _value in parse_qsl(parts.query, keep_blank_values=True):
        if key.strip().lower() in secret:
            found.append(f"?{key.strip()}=")
    return found


def refuse_secrets(url: str, source: str) -> None:
    """Raise a plain AcrmError naming `source` and the secret's place, never its value."""
    found = secrets_in(url)
    if found:
        raise AcrmError(
            f"{source}: a database URL must not carry a password or other secret "
            f"(found {', '.join(found)}); "
            f"nothing was done. {HINT}"
        )


def redacted(url: str) -> str:
    """`url` fit for a terminal or a log: no password, secret parameters' values hidden.

    Only the secret parts are rewritten; the rest stays as typed (sqlite:////abs/path too).
    """
    if "://" not in url:
        return "(not a URL)"  # e.g. a "host=... password=..." string: echo nothing of it
    scheme, rest = url.split("://", 1)
    rest = rest.partition("#")[0]  # a fragment means nothing to libpq
    rest, has_query, query = rest.partition("?")
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        userinfo, _, hostport = authority.rpartition("@")
        if ":" in userinfo:
            authority = f"{userinfo.split(':', 1)[0]}:{HIDDEN}@{hostport}"
    secret = secret_parameters()
    pairs = []
    for pair in query.split("&") if query else []:
        key = pair.split("=", 1)[0]
        decoded = unquote_plus(key).strip().lower()
        pairs.append(f"{key}={HIDDEN}" if decoded in secret else pair)
    tail = f"?{'&'.join(pairs)}" if has_query else ""
    return f"{scheme}://{authority}{slash}{path}{tail}"
