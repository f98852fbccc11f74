"""What `decide` writes for a rule that never changes between customers, worked out per rule."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from app.rules.explain import shown_reads

if TYPE_CHECKING:
    from app.rules.compiler import CompiledRule

_KEPT = 20_000  # rules of the sets in use; drafts tried one after another: start afresh
HELD_KEPT = 64  # per rule: its "held back" results for the plain formatter


class RuleTexts:
    """A rule's words: its kind as text (str() of a StrEnum cost ~0.2 µs a call), its why
    template if it has one (a `strip()` per call otherwise), the reads its default why shows,
    and the held-back results the plain formatter writes for it (see decide._held_back)."""

    __slots__ = (
        "action",
        "channel",
        "compiled",
        "held",
        "kind",
        "name",
        "reads",
        "rule_id",
        "script",
        "why",
    )

    def __init__(self, compiled: CompiledRule) -> None:
        rule = compiled.definition
        self.compiled = compiled
        self.rule_id = rule.id
        self.name = rule.name
        self.kind = str(rule.kind)
        self.action = rule.action
        self.channel = rule.channel
        self.script = rule.script
        self.why = rule.why if rule.why.strip() else None
        self.reads = shown_reads(compiled.reads)
        self.held: dict[tuple[str, object, type], object] = {}


# id(compiled) -> its texts; each entry holds its rule, so an id is never reused while its
# entry is there. Single dict reads and writes: safe between pool threads.
TEXTS: dict[int, RuleTexts] = {}
_LOCK = threading.Lock()


def texts_of(compiled: CompiledRule) -> RuleTexts:
    """The texts of `compiled` (callers look in TEXTS first: this is the slow path)."""
    texts = TEXTS.get(id(compiled))
    if texts is not None and texts.compiled is compiled:
        return texts
    texts = RuleTexts(compiled)
    with _LOCK:
        if len(TEXTS) >= _KEPT:
            TEXTS.clear()
        TEXTS[id(compiled)] = texts
    return texts
