"""One section of a configuration file, checked to be a table of known settings."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.services.errors import AcrmError


def checked_section(config: dict, name: str, keys: Iterable[str], path: Path | str) -> dict:
    """`config[name]` ({} when absent); AcrmError naming the file and section when it is not
    a section or holds a setting not among `keys`."""
    where = f"{path}: [{name}]"
    section = config.get(name, {})
    if not isinstance(section, dict):
        raise AcrmError(f"{where} must be a section, not {section!r}")
    known = tuple(keys)
    unknown = sorted(set(section) - set(known))
    if unknown:
        raise AcrmError(f"{where} has no setting {unknown[0]!r} (known: {', '.join(known)})")
    return section
