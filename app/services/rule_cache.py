"""The desktop's compiled copy of the latest published rule set, recompiled once per version."""

from __future__ import annotations

import logging
import threading

from app.rules.compiler import CompiledRuleSet, compile_rule_set
from app.services.errors import NotFound
from app.services.rulebook import RuleBookService

log = logging.getLogger(__name__)
EMPTY = CompiledRuleSet(0, ())


class RuleCache:
    """Thread-safe: any worker may ask; compiling happens once per published version."""

    def __init__(self, rulebook: RuleBookService) -> None:
        self._rulebook = rulebook
        self._lock = threading.Lock()
        self._compiled = EMPTY

    def current(self) -> CompiledRuleSet:
        """The latest published version, compiled (one cheap query when nothing changed)."""
        latest = self._rulebook.latest_version() or 0
        with self._lock:
            if latest == self._compiled.version:
                return self._compiled
        try:
            version, rules = self._rulebook.version_rules(latest)
        except NotFound:
            return EMPTY
        compiled = compile_rule_set(version, rules)
        for error in compiled.errors:
            log.error("rule set version %s: %s (rule skipped)", version, error)
        with self._lock:
            if compiled.version > self._compiled.version or latest < self._compiled.version:
                self._compiled = compiled
            return self._compiled
