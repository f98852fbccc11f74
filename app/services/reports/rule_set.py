"""The published rule set in force: where the effectiveness report finds its pairs."""

from __future__ import annotations

from collections.abc import Callable

from app.rules.definition import RuleDefinition
from app.services.errors import NotFound
from app.services.rulebook.service import RuleBookService


def rule_set_in_force(
    rulebook: RuleBookService,
) -> Callable[[], tuple[int, list[RuleDefinition]] | None]:
    """A reader of the latest published version's rules; None before anything is published.

    A latest version that is not a rule set raises BadRuleSetVersion (an AcrmError naming it):
    the pairs would silently vanish otherwise.
    """

    def read() -> tuple[int, list[RuleDefinition]] | None:
        try:
            return rulebook.version_rules()
        except NotFound:
            return None

    return read
