"""Compiles rule conditions against the typed data dictionary, so mistakes show at save time."""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from app.rules import regex
from app.rules.attributes import AttributeCatalogue
from app.rules.budget import RuleBudget
from app.rules.definition import RuleDefinition
from app.rules.experiment import ExperimentError, Split, check_propensity, check_splits, splits_of
from app.rules.lazy_engine import rule_engine
from app.rules.lint import check_text, check_tree, position, referenced_symbols
from app.rules.lower import Matcher, lower_rule
from app.rules.schema import FEATURES, FEATURES_BY_NAME, FeatureType
from app.rules.tree import walk
from app.rules.typed_attributes import Read, attribute_resolver, attribute_use, check_attributes

IDENTITY_PLACEHOLDERS = ("first_name", "last_name", "external_id")


@cache
def _rule_engine_types() -> dict[FeatureType, Any]:
    """Our feature types as rule-engine's (a function: rule-engine loads on first use)."""
    data_type = rule_engine.DataType
    record = data_type.MAPPING(data_type.STRING, data_type.UNDEFINED)
    return {
        FeatureType.DATETIME: data_type.DATETIME,
        FeatureType.NUMBER: data_type.FLOAT,
        FeatureType.BOOL: data_type.BOOLEAN,
        FeatureType.TEXT: data_type.STRING,
        FeatureType.TEXT_LIST: data_type.ARRAY(data_type.STRING),
        FeatureType.MAPPING: record,
        FeatureType.RECORD_LIST: data_type.ARRAY(record),
    }


class ConditionError(ValueError):
    """A condition that does not compile; line and column are 1-based when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        where = f" (line {line}, column {column})" if line is not None else ""
        super().__init__(f"{message}{where}")
        self.message = message
        self.line = line
        self.column = column


class RuleCompileError(ValueError):
    """A rule that cannot be published; names the rule, the field and the position."""

    def __init__(self, rule_id: str, field_name: str, error: ConditionError) -> None:
        super().__init__(f"rule {rule_id!r}, field {field_name!r}: {error}")
        self.rule_id = rule_id
        self.field = field_name
        self.error = error


class SkippedVersion(ValueError):
    """A newer published version this desk skipped (its document is not a rule set).

    Carried in the errors of the version used instead, so it reaches rule authors the way a
    failing rule does.
    """

    def __init__(self, version: int, message: str) -> None:
        super().__init__(message)
        self.version = version
        self.rule_id = f"(version {version})"


@dataclass(frozen=True, slots=True)
class CompiledRule:
    definition: RuleDefinition
    rule: rule_engine.Rule  # compiled against the typed schema: what save-time checks use
    symbols: tuple[str, ...]  # features the condition reads, in reading order
    # The same text compiled without the type resolver: once the typed compile has proved the
    # condition sound, re-checking every resolved value's type on each call only costs time
    # (a third of rule-engine's evaluation on this machine); the features are typed already.
    evaluator: rule_engine.Rule | None = None
    # What the condition reads, features and attribute keys, in reading order (the "why").
    reads: tuple[Read, ...] = ()
    # The evaluator lowered to closures (app/rules/lower.py): same answers, a fraction of the
    # cost; None when lowering is switched off or the rule cannot be lowered.
    lowered: Matcher | None = None
    # Its champion/challenger pair in the compiled set (set by compile_rule_set), if any.
    split: Split | None = None

    def matches(self, features: object) -> bool:
        if self.lowered is not None:
            return self.lowered(features)
        return (self.evaluator or self.rule).matches(features)

    @property
    def id(self) -> str:
        return self.definition.id

    @property
    def attribute_keys(self) -> tuple[str, ...]:
        """The custom attributes the condition reads by literal key, in reading order."""
        return tuple(key for name, key in self.reads if key is not None)


@dataclass(frozen=True, slots=True)
class CompiledRuleSet:
    """A published version, compiled once: enabled rules only, in definition order."""

    version: int
    rules: tuple[CompiledRule, ...]
    # Rules that no longer compile (skipped), and newer versions skipped for this one.
    errors: tuple[RuleCompileError | SkippedVersion, ...] = ()
    # Per compiled set, so a rule over budget stays skipped as long as this set is in use.
    budget: RuleBudget = field(default_factory=RuleBudget, compare=False)


@cache
def evaluation_context() -> rule_engine.Context:
    return rule_engine.Context(default_timezone="UTC")


@cache
def rule_context() -> rule_engine.Context:
    """The typed context: only the data dictionary's names resolve, each with its type."""
    return rule_engine.Context(
        type_resolver=rule_engine.type_resolver_from_dict(feature_types()),
        default_timezone="UTC",
    )


@cache
def feature_types() -> dict[str, Any]:
    """Each feature's rule-engine type, by name."""
    return {feature.name: _rule_engine_types()[feature.type] for feature in FEATURES}


@cache
def attribute_context() -> rule_engine.Context:
    """The typed context of the attribute check: features and typed attribute reads."""
    return rule_engine.Context(
        type_resolver=attribute_resolver(feature_types()), default_timezone="UTC"
    )


def compile_condition(
    condition: str, catalogue: AttributeCatalogue | None = None
) -> tuple[rule_engine.Rule, tuple[str, ...]]:
    """Lint then compile; ConditionError says what is wrong and where.

    With the attribute `catalogue`, custom attributes are typed too (rules/typed_attributes.py):
    an unknown key or a type mismatch is refused. Without it (None) they are not checked;
    every caller in the app passes the stored catalogue.
    """
    problem = check_text(condition)
    if problem:
        raise ConditionError(problem.message, problem.line, problem.column)
    try:
        rule = rule_engine.Rule(condition, context=rule_context())
    except rule_engine.errors.EngineError as error:
        raise _condition_error(condition, error) from None
    except RecursionError:
        raise ConditionError("the expression nests too deeply to read") from None
    problem = check_tree(rule.statement, condition)
    if problem:
        raise ConditionError(problem.message, problem.line, problem.column)
    if rule.statement.expression.result_type not in (
        rule_engine.DataType.BOOLEAN,
        rule_engine.DataType.UNDEFINED,
    ):
        raise ConditionError(
            f"the condition must be true or false, but it gives a "
            f"{rule.statement.expression.result_type.name.lower()}"
        )
    if catalogue is not None:
        problem = check_attributes(condition, catalogue, attribute_context())
        if problem:
            raise ConditionError(problem.message, problem.line, problem.column)
    use_re2(rule)
    return rule, referenced_symbols(rule.statement)


def use_re2(rule: rule_engine.Rule) -> rule_engine.Rule:
    """Every regex comparison in `rule` matches with RE2 (linear time; see rules/regex.py)."""
    if "~" not in rule.text:  # every regex operator has one: nothing to look for
        return rule
    for node, _depth in walk(rule.statement.expression):
        if isinstance(node, rule_engine.ast.FuzzyComparisonExpression):
            regex.lower(node)
    return rule


def _condition_error(text: str, error: rule_engine.errors.EngineError) -> ConditionError:
    if isinstance(error, rule_engine.errors.RuleSyntaxError):
        token = error.token
        if token is None:
            line, column = position(text, len(text.rstrip()))
            return ConditionError(
                "the condition ends too early (a bracket or operand missing)", line, column
            )
        line, column = position(text, token.lexpos)
        return ConditionError(f"syntax error at {token.value!r}", line, column)
    if isinstance(error, rule_engine.errors.SymbolResolutionError):
        return _named_error(text, error.symbol_name, "unknown feature", error.suggestion)
    if isinstance(error, rule_engine.errors.AttributeResolutionError):
        return _named_error(text, error.attribute_name, "unknown attribute", error.suggestion)
    if isinstance(error, rule_engine.errors.RegexSyntaxError):
        return ConditionError(f"invalid regular expression {error.value!r}: {error.error}")
    if isinstance(error, rule_engine.errors.EvaluationError):
        return ConditionError(
            f"type error: {error.message} (e.g. a number compared with text, or arithmetic on text)"
        )
    return ConditionError(str(getattr(error, "message", error)))


def _named_error(text: str, name: str, what: str, suggestion: str | None) -> ConditionError:
    hint = f"; did you mean {suggestion!r}?" if suggestion else ""
    offset = text.find(name)
    line, column = position(text, offset) if offset >= 0 else (None, None)
    return ConditionError(f"{what} {name!r}{hint}", line, column)


def check_placeholders(template: str) -> None:
    """Scripts may name features and the customer's names, nothing else ({x.y}, {x!r} refused)."""
    allowed = set(FEATURES_BY_NAME) | set(IDENTITY_PLACEHOLDERS)
    offset = 0
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        raise ConditionError(f"braces do not pair up: {error} (write {{{{ for a brace)") from None
    for literal, name, spec, conversion in parts:
        offset += len(literal)
        if name is None:
            continue
        line, column = position(template, template.find("{" + name, offset))
        if name not in allowed:
            raise ConditionError(f"unknown placeholder {{{name}}}", line, column)
        if spec or conversion:
            raise ConditionError(
                f"placeholder {{{name}}} takes no format or conversion", line, column
            )


def check_rule(
    definition: RuleDefinition, catalogue: AttributeCatalogue | None = None
) -> tuple[rule_engine.Rule, tuple[str, ...]]:
    """The save-time checks of one rule (condition, placeholders) and the typed condition.

    What refuses a rule is all here; compile_rule adds what only evaluation needs, so a check
    (save, import, publish, the import's rule guard) does not build and lower an evaluator it
    throws away.
    """
    try:
        rule, symbols = compile_condition(definition.condition, catalogue)
    except ConditionError as error:
        raise RuleCompileError(definition.id, "condition", error) from None
    for field_name in ("script", "why", "title"):
        try:
            check_placeholders(getattr(definition, field_name))
        except ConditionError as error:
            raise RuleCompileError(definition.id, field_name, error) from None
    try:
        check_propensity(definition, catalogue)
    except ExperimentError as error:
        raise RuleCompileError(definition.id, error.field, ConditionError(error.message)) from None
    return rule, symbols


def compile_rule(
    definition: RuleDefinition, catalogue: AttributeCatalogue | None = None
) -> CompiledRule:
    """Compile one rule; RuleCompileError names the rule, field and position."""
    rule, symbols = check_rule(definition, catalogue)
    evaluator = use_re2(rule_engine.Rule(definition.condition, context=evaluation_context()))
    reads = attribute_use(definition.condition, symbols).order
    return CompiledRule(definition, rule, symbols, evaluator, reads, lowered=lower_rule(evaluator))


def check_rules(
    definitions: Iterable[RuleDefinition], catalogue: AttributeCatalogue | None = None
) -> list[RuleCompileError]:
    """Every problem in a set of rules (duplicate ids included), in order; empty when valid."""
    problems: list[RuleCompileError] = []
    seen: set[str] = set()
    listed = list(definitions)
    for definition in listed:
        if definition.id in seen:
            problems.append(
                RuleCompileError(definition.id, "id", ConditionError("the id is used twice"))
            )
        seen.add(definition.id)
        try:
            check_rule(definition, catalogue)
        except RuleCompileError as error:
            problems.append(error)
    problems += [
        RuleCompileError(problem.rule_id, problem.field, ConditionError(problem.message))
        for problem in check_splits(listed)
    ]
    return problems


def compile_rule_set(
    version: int,
    definitions: Iterable[RuleDefinition],
    catalogue: AttributeCatalogue | None = None,
) -> CompiledRuleSet:
    """Compile a published version's enabled rules; a rule that fails is kept out and listed."""
    compiled: list[CompiledRule] = []
    errors: list[RuleCompileError] = []
    for definition in definitions:
        if not definition.enabled:
            continue
        try:
            compiled.append(compile_rule(definition, catalogue))
        except RuleCompileError as error:
            errors.append(error)
    splits = splits_of(rule.definition for rule in compiled)
    if splits:
        compiled = [
            replace(rule, split=splits[rule.id]) if rule.id in splits else rule for rule in compiled
        ]
    return CompiledRuleSet(version, tuple(compiled), tuple(errors))
