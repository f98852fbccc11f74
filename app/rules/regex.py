"""Regular expressions in rules: checked at save, then matched by RE2 in time linear in the text.

Python's `re` backtracks: `city =~ "(a|a)*b"` on a city of 34 'a' characters takes longer than
anyone waits, and no checker of pattern shapes catches every such pattern. RE2 (the
`google-re2` binding, which never falls back to `re`) runs an automaton instead, so a match
costs time proportional to the pattern's size times the text's length, whatever the pattern.

rule-engine still parses every pattern with `re` when it compiles a condition (for its type
checks), so the language of rule patterns is what both engines accept. `lower` then swaps
the compiled `re` pattern inside each `=~`/`=~~`/`!~`/`!~~` node for the RE2 one, so every
match a rule evaluates goes through RE2. Refused at save (see `pattern_problem`):

- what RE2 cannot do in linear time: backreferences (`\\1`), lookaround (`(?=`, `(?!`,
  `(?<=`, `(?<!`), `\\Z` (write `\\z` or `$`);
- `\\w`, `\\W`, `\\b`, `\\B`: RE2 counts only ASCII letters as word characters, `re` every
  letter, so the same rule would silently mean something else for "Łódź" or "Москва";
- patterns longer than MAX_REGEX_LENGTH, and a repetition of a repetition like `(a+)+`
  (harmless under RE2, but refused since the first rule checker: it is almost always a
  mistake, and refusing it keeps rule sets valid on older desks).

What still differs from `re` (and is documented): `\\d` and `\\s` are ASCII only, and `$`
matches only at the very end of the text (`re` also before a final newline).
"""

from __future__ import annotations

import ast
import re
from functools import cache

import re2

from app.rules.lazy_engine import rule_ast

try:  # Python 3.11+: the regex parser moved; we only read its parse tree
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT  # type: ignore
except ImportError:  # pragma: no cover - older layout
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import MAX_REPEAT, MIN_REPEAT  # type: ignore

    POSSESSIVE_REPEAT = MAX_REPEAT

MAX_REGEX_LENGTH = 100
_REPEATS = {MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT}
# Names of `re`'s parse-tree constants for the classes whose meaning differs in RE2.
_ASCII_IN_RE2 = {
    "CATEGORY_WORD": "\\w",
    "CATEGORY_NOT_WORD": "\\W",
    "AT_BOUNDARY": "\\b",
    "AT_NON_BOUNDARY": "\\B",
}
_FUZZY_OPERATOR = re.compile(r"(?:=~~?|!~~?)\s*(?=[\"'])")


@cache
def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # a refused pattern is reported to the author, not to stderr
    return options


def compile_re2(pattern: str):
    """The RE2 pattern object (raises re2.error when RE2 does not support the pattern)."""
    return re2.compile(pattern, _options())


# The binding's own `match`/`search` spend most of their time mapping byte offsets back to
# characters (about 8x the match itself); rule-engine only needs "matched or not" and the
# groups, so Re2Pattern asks the compiled RE2 object directly and decodes groups from bytes.
# Should a binding upgrade rename these, it falls back to the binding's public methods
# (still RE2, only slower); tests/unit/test_rule_hostile.py notices.
_RAW = getattr(getattr(re2, "_re2", None), "RE2", None)
FAST_PATH = _RAW is not None and hasattr(_RAW, "Anchor") and hasattr(_RAW, "Match")
_NO_MATCH = (-1, -1)


class Re2Pattern:
    """What rule-engine calls on a compiled regex (`match`, `search`), answered by RE2."""

    __slots__ = ("_compiled", "_raw", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled = compile_re2(pattern)
        self._raw = getattr(self._compiled, "_regexp", None) if FAST_PATH else None

    def match(self, text: str) -> _Found | None:
        if self._raw is None:
            return self._compiled.match(text)
        return self._run(_RAW.Anchor.ANCHOR_START, text)

    def search(self, text: str) -> _Found | None:
        if self._raw is None:
            return self._compiled.search(text)
        return self._run(_RAW.Anchor.UNANCHORED, text)

    def _run(self, anchor: object, text: str) -> _Found | None:
        encoded = text.encode("utf-8")
        spans = self._raw.Match(anchor, encoded, 0, len(encoded))
        return None if spans[0] == _NO_MATCH else _Found(encoded, spans)


class _Found:
    """A match: its groups (RE2 reports UTF-8 byte spans, always on character boundaries)."""

    __slots__ = ("_encoded", "_spans")

    def __init__(self, encoded: bytes, spans: list[tuple[int, int]]) -> None:
        self._encoded = encoded
        self._spans = spans

    def groups(self) -> tuple[str | None, ...]:
        return tuple(
            None if span == _NO_MATCH else self._encoded[span[0] : span[1]].decode("utf-8")
            for span in self._spans[1:]
        )


def pattern_problem(pattern: str) -> str | None:
    """Why `pattern` cannot be used in a rule, or None."""
    if len(pattern) > MAX_REGEX_LENGTH:
        return f"regular expression longer than {MAX_REGEX_LENGTH} characters"
    try:
        compile_re2(pattern)
    except re2.error as error:
        return (
            f"regular expression {pattern!r} is not supported: {_reason(error)} (rules match "
            "with RE2, in time linear in the text: no backreferences like \\1, no lookaround "
            "like (?=...) or (?<!...), \\z instead of \\Z)"
        )
    try:
        parsed = sre_parse.parse(pattern)
    except re.error as error:  # rule-engine refuses these first; kept for direct callers
        return f"invalid regular expression {pattern!r}: {error}"
    ascii_only = _ascii_class(parsed)
    if ascii_only:
        return (
            f"regular expression {pattern!r} uses {ascii_only}, which in rules would see only "
            "ASCII letters (so not 'Łódź' or 'Москва'): write the letters you mean, e.g. "
            "[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźżА-Яа-яЁё]"
        )
    if _has_nested_repeat(parsed):
        return (
            f"regular expression {pattern!r} repeats a repetition (like (a+)+): "
            "it can take forever on some texts"
        )
    return None


def _reason(error: re2.error) -> str:
    reason = error.args[0] if error.args else error
    return reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)


def _leaves(parsed) -> list[object]:
    """Every value in `re`'s parse tree (opcodes, arguments), depth first."""
    found, stack = [], [parsed]
    while stack:
        item = stack.pop()
        if isinstance(item, sre_parse.SubPattern):
            stack.extend(item.data)
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        else:
            found.append(item)
    return found


def _ascii_class(parsed) -> str | None:
    for leaf in _leaves(parsed):
        name = getattr(leaf, "name", None)
        if isinstance(name, str) and name in _ASCII_IN_RE2:
            return _ASCII_IN_RE2[name]
    return None


def _has_nested_repeat(parsed, inside_repeat: bool = False) -> bool:
    for op, args in parsed:
        if op in _REPEATS:
            low, high, sub = args
            if inside_repeat and high != low:
                return True
            if _has_nested_repeat(sub, inside_repeat or high != low):
                return True
        elif isinstance(args, (list, tuple)):
            for item in args:
                subs = item if isinstance(item, (list, tuple)) else (item,)
                for sub in subs:
                    if isinstance(sub, sre_parse.SubPattern) and _has_nested_repeat(
                        sub, inside_repeat
                    ):
                        return True
    return False


def literal_offset(text: str, pattern: str) -> int | None:
    """Offset in `text` of the string literal after a regex operator that spells `pattern`."""
    for match in _FUZZY_OPERATOR.finditer(text):
        start = match.end()
        end = _literal_end(text, start)
        try:
            value = ast.literal_eval(text[start : end + 1])
        except (ValueError, SyntaxError):
            continue
        if value == pattern:
            return start
    return None


def _literal_end(text: str, start: int) -> int:
    quote, i = text[start], start + 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i


def lower(node: rule_ast.FuzzyComparisonExpression) -> None:
    """Make this regex comparison match with RE2 (its pattern must be a literal)."""
    if not isinstance(node.right, rule_ast.StringExpression):
        raise ValueError("a regular expression must be a literal string, not computed")
    # rule-engine keeps the literal's compiled pattern in `_right` and calls its `match` or
    # `search`; RE2's pattern objects answer both the same way. If a rule-engine upgrade
    # changes that, stop here rather than silently matching with `re` again.
    if not isinstance(getattr(node, "_right", None), re.Pattern):
        raise RuntimeError("rule-engine no longer keeps a compiled regex where app/rules expects")
    node._right = Re2Pattern(node.right.value)
