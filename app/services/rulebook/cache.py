"""The desktop's compiled copy of the newest usable published rule set, compiled once."""

from __future__ import annotations

import dataclasses
import logging
import threading

from app.rules.compiler import CompiledRuleSet, SkippedVersion, compile_rule_set
from app.services.errors import NotFound
from app.services.rulebook.service import RuleBookService
from app.services.rulebook.versions import BadRuleSetVersion

log = logging.getLogger(__name__)
EMPTY = CompiledRuleSet(0, ())


class RuleCache:
    """Thread-safe: any worker may ask; compiling happens once per published version."""

    def __init__(self, rulebook: RuleBookService) -> None:
        self._rulebook = rulebook
        self._lock = threading.Lock()
        self._compiled = EMPTY
        self._latest = 0  # the newest version number seen (maybe skipped)

    def current(self) -> CompiledRuleSet:
        """The newest usable version, compiled (one cheap query when nothing changed)."""
        latest = self._rulebook.latest_version() or 0
        with self._lock:
            if latest == self._latest:
                return self._compiled
        compiled = newest_usable(self._rulebook, latest)
        with self._lock:
            if latest >= self._latest or latest < self._compiled.version:
                self._latest, self._compiled = latest, compiled
            return self._compiled


def newest_usable(rulebook: RuleBookService, latest: int) -> CompiledRuleSet:
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
        compiled = compile_rule_set(number, rules)
        for error in compiled.errors:
            log.error("rule set version %s: %s (rule skipped)", number, error)
        return dataclasses.replace(compiled, errors=(*skipped, *compiled.errors))
    return CompiledRuleSet(0, (), tuple(skipped))
