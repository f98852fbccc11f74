"""What arbitration says of each fired rule: offered (a Candidate) or held back (a Suppression)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.rules.compiler import CompiledRule
from app.rules.definition import RuleDefinition
from app.rules.weighing import Weighing


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fired rule that passed every policy, with its score and the data it read."""

    compiled: CompiledRule
    score: Decimal
    period: str = ""  # automatic actions: the ledger period key
    weighing: Weighing | None = None  # prompts naming a propensity: how the score was made

    @property
    def definition(self) -> RuleDefinition:
        return self.compiled.definition


@dataclass(frozen=True, slots=True)
class Suppression:
    """A fired rule held back: `code` says why (see explain.REASONS), `detail` fills it in."""

    compiled: CompiledRule
    code: str
    detail: object = None
