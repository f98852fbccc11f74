"""Typed custom attributes at compile time: `attributes["key"]` checked against the catalogue.

rule-engine types a mapping's values all alike, so `attributes` alone cannot say that
`tenure` is a number and `contract` text. For the typed check only, each literal read
`attributes["key"]` is rewritten into a synthetic symbol of the same length, typed from the
catalogue, and the rewritten text is compiled by rule-engine (still the one type checker);
since nothing moves, every offset in the rewritten text is an offset in the author's text.
Reads are found with rule-engine's own lexer, so text inside string literals is never taken
for a read. The rule still evaluates the author's text: this module only refuses.

Decisions (documented for rule authors in the README, "Business rules"):
- `attributes[segment]` (a computed key) stays allowed and untyped: nothing can be checked
  before the customer is known; a missing key simply does not fire.
- `"tenur" in attributes` is a read of the key `tenur` too, and checked for typos.
- `attributes.tenure` (rule-engine's deprecated dot fallback, removed in rule-engine 6) is
  refused with the bracket form to write instead; `.length`, `.keys`, `.values`, `.is_empty`
  are the mapping's own attributes and read the whole mapping.
"""

from __future__ import annotations

import codecs
import difflib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.rules.attributes import AttributeCatalogue, AttributeKind
from app.rules.lazy_engine import rule_engine
from app.rules.lint import LintProblem, position

MAPPING = "attributes"
MAPPING_ATTRIBUTES = frozenset({"keys", "values", "length", "is_empty"})
# Tokens after which a string literal followed by `in` is the whole left operand of `in`.
_OPERAND_START = frozenset({None, "LPAREN", "AND", "OR", "NOT", "COMMA", "IF", "QMARK", "COLON"})
_KIND_WORDS = {
    AttributeKind.INT: "a whole number",
    AttributeKind.DECIMAL: "a number",
    AttributeKind.BOOL: "yes/no",
    AttributeKind.DATE: "a date",
    AttributeKind.TEXT: "text",
}


Read = tuple[str, str | None]
"""What a condition reads: (feature, None), or ("attributes", key) for one attribute."""


@dataclass(frozen=True, slots=True)
class AttributeRead:
    """One literal key the condition reads: `attributes["key"]` (span) or `"key" in attributes`."""

    key: str
    start: int  # offset of `attributes[` (or of the key literal for `in`)
    end: int  # offset after `]` (or after the key literal)
    indexed: bool  # True for attributes["key"], False for "key" in attributes


@dataclass(frozen=True, slots=True)
class AttributeUse:
    """How a condition uses `attributes`: literal reads in order, and any whole-mapping use."""

    reads: tuple[AttributeRead, ...]
    order: tuple[Read, ...]  # features and attribute keys, in reading order, each once
    whole: bool  # attributes.length, attributes[segment], "x" in attributes, ...
    problem: LintProblem | None = None  # a dot read, refused

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys read, in reading order, each once."""
        return tuple(dict.fromkeys(read.key for read in self.reads))


@dataclass(frozen=True, slots=True)
class _Token:
    type: str
    value: str
    lexpos: int


def _tokens(text: str) -> list[_Token]:
    # The compiled rule's own lexer (cloned: its state is per clone), so literals, comments
    # and operators are cut exactly as the parser cuts them. Called only on text that
    # rule-engine has already parsed, so it cannot raise.
    lexer = rule_engine.Rule.parser._lexer.clone()
    lexer.input(text)
    return [_Token(token.type, token.value, token.lexpos) for token in lexer]


def _string_value(literal: str) -> str:
    """A STRING token's value, as rule-engine's parser decodes it."""
    prefix = literal[0] if literal[0] in "rs" else ""
    value = literal[len(prefix) + 1 : -1]
    if prefix == "r" or "\\" not in value:
        return value
    value = codecs.encode(value, "unicode-escape").decode().replace("\\\\", "\\")
    return codecs.decode(value, "unicode-escape")


def attribute_use(text: str, features: tuple[str, ...] = ()) -> AttributeUse:
    """Every use of `attributes` in a condition rule-engine has parsed (see module notes);
    `features` (the symbols it reads) places the features in the reading order too."""
    if MAPPING not in text:  # most conditions: the features are in reading order already
        return AttributeUse((), tuple((name, None) for name in features), False)
    tokens = _tokens(text)
    reads: list[AttributeRead] = []
    seen: list[tuple[int, Read]] = [
        (token.lexpos, (token.value, None))
        for i, token in enumerate(tokens)
        if token.type == "SYMBOL" and token.value in features and token.value != MAPPING
        and (i == 0 or tokens[i - 1].type not in ("ATTR", "ATTR_SAFE"))
    ]  # fmt: skip
    whole = False
    problem = None
    for i, token in _mapping_tokens(tokens):
        after = tokens[i + 1 : i + 4]
        kinds = [t.type for t in after]
        if kinds[:3] == ["LBRACKET", "STRING", "RBRACKET"]:
            end = after[2].lexpos + 1
            reads.append(AttributeRead(_string_value(after[1].value), token.lexpos, end, True))
            continue
        if kinds[:2] in (["ATTR", "SYMBOL"], ["ATTR_SAFE", "SYMBOL"]):
            name = after[1].value
            if name not in MAPPING_ATTRIBUTES and problem is None:
                message = f'write attributes["{name}"] to read a column, not attributes.{name}'
                problem = LintProblem(message, *position(text, token.lexpos))
        member = _member_of_in(tokens, i)
        if member is None:
            whole = True
            seen.append((token.lexpos, (MAPPING, None)))
            continue
        literal = tokens[member]
        end = literal.lexpos + len(literal.value)
        reads.append(AttributeRead(_string_value(literal.value), literal.lexpos, end, False))
    reads.sort(key=lambda read: read.start)
    seen += [(read.start, (MAPPING, read.key)) for read in reads]
    order = tuple(dict.fromkeys(read for _offset, read in sorted(seen)))
    return AttributeUse(tuple(reads), order, whole, problem)


def _mapping_tokens(tokens: list[_Token]) -> Iterator[tuple[int, _Token]]:
    """The `attributes` feature itself (not a record's `.attributes`), with its index."""
    for i, token in enumerate(tokens):
        if token.type != "SYMBOL" or token.value != MAPPING:
            continue
        if i > 0 and tokens[i - 1].type in ("ATTR", "ATTR_SAFE"):
            continue
        yield i, token


def _member_of_in(tokens: list[_Token], i: int) -> int | None:
    """Index of the literal in `"key" in attributes` / `"key" not in attributes` (or in
    `attributes.keys`), if so."""
    after = [token.type for token in tokens[i + 1 : i + 3]]
    keys = after == ["ATTR", "SYMBOL"] and tokens[i + 2].value == "keys"
    if after[:1] and after[0] in ("LBRACKET", "ATTR", "ATTR_SAFE") and not keys:
        return None
    j = i - 1
    if j < 0 or tokens[j].type != "IN":
        return None
    j -= 1
    if j >= 0 and tokens[j].type == "NOT":
        j -= 1
    if j < 0 or tokens[j].type != "STRING":
        return None
    before = tokens[j - 1].type if j > 0 else None
    return j if before in _OPERAND_START else None


def unknown_key(text: str, use: AttributeUse, catalogue: AttributeCatalogue) -> LintProblem | None:
    """The first key read that is not a column, with the closest column's name."""
    for read in use.reads:
        if read.key in catalogue:
            continue
        close = difflib.get_close_matches(read.key, list(catalogue), n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        offset = read.start if not read.indexed else _key_offset(text, read)
        return LintProblem(f"unknown attribute {read.key!r}{hint}", *position(text, offset))
    return None


def _key_offset(text: str, read: AttributeRead) -> int:
    """Where the key literal of `attributes["key"]` starts (after the bracket)."""
    bracket = text.index("[", read.start)
    offset = bracket + 1
    while text[offset].isspace():
        offset += 1
    return offset


def type_problem(
    text: str,
    use: AttributeUse,
    catalogue: AttributeCatalogue,
    context: Any,
) -> LintProblem | None:
    """Compile with each read typed from the catalogue; the first read that breaks it, named.

    `context` resolves the features and the synthetic symbols (attribute_resolver)."""
    indexed = [read for read in use.reads if read.indexed and read.key in catalogue]
    if not indexed:
        return None
    error = _typed_error(text, indexed, catalogue, context)
    if error is None:
        return None
    # Which read breaks it: type them one more at a time (a few compiles, at save only).
    for count in range(1, len(indexed) + 1):
        if _typed_error(text, indexed[:count], catalogue, context) is not None:
            culprit = indexed[count - 1]
            kind = catalogue[culprit.key]
            message = (
                f'type error: attributes["{culprit.key}"] is {_KIND_WORDS[kind]}, '
                f"which cannot be used this way here ({error})"
            )

            return LintProblem(message, *position(text, culprit.start))
    return LintProblem(f"type error: {error}")  # not reached: all typed is the last step


# A synthetic symbol names its kind, so one resolver (and one context) serves every rule:
# "X" + the kind's letter + the read's number, padded with "_" to the read's length (at
# least 14 characters: `attributes[""]`). No feature starts with a capital letter.
_LETTERS = {
    AttributeKind.INT: "I",
    AttributeKind.DECIMAL: "D",
    AttributeKind.BOOL: "B",
    AttributeKind.DATE: "T",
    AttributeKind.TEXT: "S",
}
_KIND_OF_LETTER = {letter: kind for kind, letter in _LETTERS.items()}


def attribute_resolver(feature_types: Mapping[str, Any]) -> Callable[[str], Any]:
    """A type resolver for rewritten conditions: the features, and the synthetic symbols."""
    features = rule_engine.type_resolver_from_dict(feature_types)

    def resolve(name: str) -> Any:
        if name[:1] == "X" and name[1:2] in _KIND_OF_LETTER:
            return _engine_types()[_KIND_OF_LETTER[name[1]]]
        return features(name)

    return resolve


def _typed_error(
    text: str,
    reads: list[AttributeRead],
    catalogue: AttributeCatalogue,
    context: Any,
) -> str | None:
    """rule-engine's complaint about `text` with `reads` typed, else None."""
    chars = list(text)
    names: dict[str, str] = {}
    for index, read in enumerate(reads):
        name = f"X{_LETTERS[catalogue[read.key]]}{index}".ljust(read.end - read.start, "_")
        chars[read.start : read.end] = name
        names[name] = f'attributes["{read.key}"]'
    try:
        rule = rule_engine.Rule("".join(chars), context=context)
    except rule_engine.errors.EngineError as error:
        message = str(getattr(error, "message", error))
        for name, shown in names.items():
            message = message.replace(name, shown)
        return message
    result = rule.statement.expression.result_type
    if result not in (rule_engine.DataType.BOOLEAN, rule_engine.DataType.UNDEFINED):
        return f"the condition must be true or false, but it gives a {result.name.lower()}"
    return None


@cache
def _engine_types() -> dict[AttributeKind, Any]:
    """Attribute kinds as rule-engine types (numbers compare as FLOAT, dates as DATETIME)."""
    data_type = rule_engine.DataType
    return {
        AttributeKind.INT: data_type.FLOAT,
        AttributeKind.DECIMAL: data_type.FLOAT,
        AttributeKind.BOOL: data_type.BOOLEAN,
        AttributeKind.DATE: data_type.DATETIME,
        AttributeKind.TEXT: data_type.STRING,
    }


def check_attributes(text: str, catalogue: AttributeCatalogue, context: Any) -> LintProblem | None:
    """Dot reads, unknown keys, then types: the first problem with where it is."""
    use = attribute_use(text)
    return (
        use.problem
        or unknown_key(text, use, catalogue)
        or type_problem(text, use, catalogue, context)
    )
