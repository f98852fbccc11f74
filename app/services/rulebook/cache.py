"""The desktop's compiled copy of the newest usable published rule set, compiled once."""

from __future__ import annotations

import dataclasses
import logging
import threading

from app.rules.attributes import AttributeCatalogue
from app.rules.compiler import CompiledRuleSet, SkippedVersion, compile_rule_set
from app.services.errors import NotFound
from app.services.rulebook.service import RuleBookService
from app.services.rulebook.versions import BadRuleSetVersion

log = logging.getLogger(__name__)
EMPTY = CompiledRuleSet(0, ())


class RuleCache:
    """Thread-safe: any worker may ask; compiling happens once per published version and
    attribute catalogue (sync may bring a new or changed column: the rules are typed by it)."""

    def __init__(self, rulebook: RuleBookService) -> None:
        self._rulebook = rulebook
        self._lock = threading.Lock()
        self._compiled = EMPTY
        self._latest = 0  # the newest version number seen (maybe skipped)
        self._catalogue: Fingerprint = ()  # the catalogue it was compiled with

    def current(self) -> CompiledRuleSet:
        """The newest usable version, compiled (two cheap queries when nothing changed)."""
        latest = self._rulebook.latest_version() or 0
        catalogue = self._rulebook.catalogue()
        fingerprint = fingerprint_of(catalogue)
        with self._lock:
            if latest == self._latest and fingerprint == self._catalogue:
                return self._compiled
        compiled = newest_usable(self._rulebook, latest, catalogue)
        with self._lock:
            if latest >= self._latest or latest < self._compiled.version:
                self._latest, self._compiled = latest, compiled
                self._catalogue = fingerprint
            return self._compiled


Fingerprint = tuple[tuple[str, str], ...]


def fingerprint_of(catalogue: AttributeCatalogue) -> Fingerprint:
    """Equal exactly when two catalogues type every column alike."""
    return tuple(sorted((name, str(kind)) for name, kind in catalogue.items()))


def newest_usable(
    rulebook: RuleBookService, latest: int, catalogue: AttributeCatalogue
) -> CompiledRuleSet:
    """`latest` or, when its document is not a rule set, the newest older one that is.

    A skipped version is logged and listed in the errors of the version used instead, so the
    desk never stops offering and rule authors hear about it like any failing rule.
    """
    skipped: list[SkippedVersion] = []
    for version in range(latest, 0, -1):
        try:
            number, rules = rulebook.version_rules(version)
        except NotFound:
            continue
        except BadRuleSetVersion as error:
            log.error("%s; this desk keeps using the newest good version", error)
            skipped.append(SkippedVersion(version, str(error)))
            continue
        compiled = compile_rule_set(number, rules, catalogue)
        for error in compiled.errors:
            log.error("rule set version %s: %s (rule skipped)", number, error)
        return dataclasses.replace(compiled, errors=(*skipped, *compiled.errors))
    return CompiledRuleSet(0, (), tuple(skipped))
