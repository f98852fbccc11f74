"""NbaResult.json_line's writer: what repeats between customers is encoded once, not per line."""

from __future__ import annotations

import json
import math
import threading
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.rules.results import HeldAction, NbaResult, OfferedAction

# How json.dumps(..., ensure_ascii=False) writes a string (its C encoder where available).
text = json.encoder.encode_basestring  # type: ignore[attr-defined]

_KEPT = 4096  # distinct rules and reasons of the sets in use; past this, start afresh
# (rule_id, rule_name, kind, action) -> (score, the action's JSON up to its script): a rule's
# offer reads the same for every customer but for its script and why. The score is checked
# by identity (each rule's offers carry its one score object), never by value: Decimal("-0")
# equals 0 but writes -0.0.
_ACTIONS: dict[tuple[str, str, str, str], tuple[object, str]] = {}
# (rule_id, reason, code) -> its JSON: "ranked below the top 3" for most of a batch's rules.
_HELD: dict[tuple[str, str, str], str] = {}
# The line's "at" and "rule_version": (at, rule_version, their JSON), by identity (one as_of
# object for a whole batch; its isoformat() alone took ~2.4 µs here).
_head: tuple[object, object, str] | None = None
_LOCK = threading.Lock()


def result_line(result: NbaResult) -> str:
    """`json.dumps(result.to_json(), ensure_ascii=False)`, written directly."""
    actions = ", ".join([_action(a) for a in result.actions])
    suppressed = ", ".join([_held(h) for h in result.suppressed])
    errors = ", ".join(
        [f'{{"rule_id": {text(e.rule_id)}, "message": {text(e.message)}}}' for e in result.errors]
    )
    alerts = ", ".join(
        [
            f'{{"rule_id": {text(a.rule_id)}, "severity": {text(a.severity)}, '
            f'"title": {text(a.title)}, "explanation": {text(a.explanation)}}}'
            for a in result.alerts
        ]
    )
    return (
        f'{{"customer_id": {text(result.customer_id)}, {_at_and_version(result)}'
        f'"actions": [{actions}], "suppressed": [{suppressed}], "errors": [{errors}], '
        f'"alerts": [{alerts}]}}'
    )


def _at_and_version(result: NbaResult) -> str:
    global _head
    at, version = result.at, result.rule_version
    kept = _head
    if kept is not None and kept[0] is at and kept[1] is version:
        return kept[2]
    written = f'"at": {text(at.isoformat())}, "rule_version": {int.__repr__(version)}, '
    _head = (at, version, written)
    return written


def _action(action: OfferedAction) -> str:
    key = (action.rule_id, action.rule_name, action.kind, action.action)
    kept = _ACTIONS.get(key)
    if kept is not None and kept[0] is action.score:
        start = kept[1]
    else:
        start = (
            f'{{"rule_id": {text(action.rule_id)}, "rule_name": {text(action.rule_name)}, '
            f'"kind": {text(action.kind)}, "action": {text(action.action)}, '
            f'"score": {number(action.score)}, "script": '
        )
        _keep(_ACTIONS, key, (action.score, start))
    return f'{start}{text(action.script)}, "explanation": {text(action.explanation)}}}'


def _held(held: HeldAction) -> str:
    key = (held.rule_id, held.reason, held.code)
    written = _HELD.get(key)
    if written is None:
        written = (
            f'{{"rule_id": {text(held.rule_id)}, "reason": {text(held.reason)}, '
            f'"code": {text(held.code)}}}'
        )
        _keep(_HELD, key, written)
    return written


def _keep(cache: dict, key: object, value: object) -> None:
    with _LOCK:
        if len(cache) >= _KEPT:
            cache.clear()
        cache[key] = value


def number(score: Decimal) -> str:
    """A score as json.dumps writes float(score) (NaN and the infinities as it spells them)."""
    value = float(score)
    return float.__repr__(value) if math.isfinite(value) else json.dumps(value)
