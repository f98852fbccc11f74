"""Lowered item access (`x["k"]`, `x[0]`, `&[`), attribute access (`.length`, `&.`) and
comprehensions, mirroring rule-engine's GetItem/GetAttribute/Comprehension evaluation."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from app.rules.lazy_engine import rule_engine
from app.rules.lower_ops import Fn, mismatch

_SIZED = frozenset({str, bytes, tuple, OrderedDict, dict, set})


def get_item(container: Fn, item: Fn, node: Any, lowering: Any) -> Fn:
    errors = rule_engine.errors
    is_integer = rule_engine.types.is_integer_number
    safe, item_value = node.safe, lowering.item_value

    def get(env: Any) -> Any:
        value = container(env)
        if value is None:
            if safe:
                return None
            raise mismatch("container is null")
        key = item(env)
        if isinstance(value, (bytes, str, tuple)):
            if not is_integer(key):
                raise mismatch("not an integer number")
            key = int(key)
        try:
            found = value[key]
        except (IndexError, KeyError):
            if safe:
                return None
            raise errors.LookupError(value, key) from None
        return item_value(found)

    return get


def raw_get_item(
    name: str, key: str, safe: bool, new_value: Callable[[Any], Any], generic: Fn
) -> Fn:
    """`feature["key"]` on a plain dict feature (attributes): one look-up, and only the
    value found is converted (a text key finds the same value in the converted mapping)."""
    errors = rule_engine.errors

    def get(env: Any) -> Any:
        try:
            mapping = env[name]
        except KeyError:
            return generic(env)
        if type(mapping) is not dict:
            return generic(env)
        try:
            found = mapping[key]
        except KeyError:
            if safe:
                return None
            raise errors.LookupError(new_value(mapping), key) from None
        return new_value(found)

    return get


def get_attribute(value_of: Fn, node: Any, lowering: Any) -> Fn:
    context, name, safe = lowering.context, node.name, node.safe
    errors, data_type = rule_engine.errors, rule_engine.DataType
    nullable = data_type.is_type(node.object.result_type, data_type.NULLABLE)
    builtins_type = rule_engine.builtins.Builtins
    new_value, scoped = lowering.new_value, bool(lowering.scopes)

    def resolve(env: Any, value: Any) -> Any:
        """rule-engine's GetAttributeExpression.evaluate from the resolved object on."""
        thing = env[0] if scoped else env
        try:
            return new_value(context.resolve_attribute(thing, value, name))
        except errors.AttributeResolutionError as error:
            attribute_error = error
        if isinstance(value, Mapping) and not isinstance(value, builtins_type):
            if not context.mapping_attribute_lookup:
                raise attribute_error
            context._warn_mapping_fallback(name)
        try:
            found = context.resolve(value, name)
        except errors.SymbolResolutionError as symbol_error:
            if context.default_value is errors.UNDEFINED:
                suggestion = attribute_error.suggestion or symbol_error.suggestion
                if attribute_error.suggestion and symbol_error.suggestion:
                    pair = (attribute_error.suggestion, symbol_error.suggestion)
                    suggestion = rule_engine.suggestions.suggest_symbol(name, pair)
                attribute_error.suggestion = suggestion
                raise attribute_error from None
            found = context.default_value
        return new_value(found)

    quick: Callable[[Any], Any] | None = None
    if name == "length":
        quick = _length
    elif name == "is_empty":
        quick = _is_empty

    def attribute(env: Any) -> Any:
        value = value_of(env)
        if value is None:
            if safe:
                return None
            if nullable:
                raise errors.EvaluationError(
                    "attribute access on a null value (use ?. to safely navigate a NULLABLE "
                    "expression)"
                )
        if quick is not None and type(value) in _SIZED:
            return quick(value)
        return resolve(env, value)

    return attribute


def _length(value: Any) -> Decimal:
    return Decimal(len(value))


def _is_empty(value: Any) -> bool:
    return len(value) == 0


def comprehension(iterable: Fn, condition: Fn | None, result: Fn, nested: bool) -> Fn:
    """`[result for x in iterable if condition]`; the body sees (features, x...) as env."""
    data_type = rule_engine.DataType

    def build(env: Any) -> tuple:
        values = iterable(env)
        if type(values) is not tuple and not data_type.from_value(values).is_iterable:
            raise mismatch("comprehension requires an iterable")
        output = []
        for value in values:
            scope = (*env, value) if nested else (env, value)
            if condition is None or condition(scope):
                output.append(result(scope))
        return tuple(output)

    return build
