"""Rules that could hang a desk: linear-time regexes, loops that cannot multiply, short inputs."""

from __future__ import annotations

import pytest

from app.rules.compiler import RuleCompileError, compile_rule
from app.rules.definition import RuleDefinition
from app.rules.loops import MAX_LOOP_WORK
from app.rules.regex import FAST_PATH, Re2Pattern
from tests.deadline import run_json

# Every test here runs twice: rules lowered to closures, and rule-engine's own evaluation.
pytestmark = pytest.mark.usefixtures("rule_path")

# The finding's patterns: each backtracks exponentially (or nearly) in Python's `re` on a
# run of 'a' characters. They are valid regular expressions and are accepted; RE2 must
# answer them at once.
HOSTILE_PATTERNS = ["(a|a)*b", "(a|aa)*c", "(.*a){12}b", ".*" * 20 + "b"]
CITIES = [34, 10_000]  # 'a' characters; agents can edit a customer's city

# Run in a child process: on the old code these never finish, and a thread could not even
# notice its deadline (Python's `re` holds the GIL while it backtracks).
EVALUATE = """
import dataclasses, json, sys, uuid
from datetime import UTC, datetime
from app.rules.compiler import compile_rule_set
from app.rules.definition import RuleDefinition
from app.rules.regex import FAST_PATH, Re2Pattern
from app.rules.evaluate import evaluate
from app.rules.features import CustomerFacts, build_features

as_of = datetime(2026, 6, 15, 12, tzinfo=UTC)
conditions = json.loads(sys.argv[1])
rules = [RuleDefinition(id=f"r{i}", name="r", condition=c, action="a", script="s")
         for i, c in enumerate(conditions)]
rule_set = compile_rule_set(1, rules)
results = []
for length in json.loads(sys.argv[2]):
    facts = CustomerFacts(uuid.uuid4(), "C1", "Anna", "Nowak", None, "mass", "a" * length, {},
                          (), (), (), {}, None, 0)
    outcome = evaluate(rule_set, build_features(facts, as_of))
    results.append({"fired": [c.id for c in outcome.fired],
                    "failures": [f.rule_id for f in outcome.failures],
                    "compile_errors": [e.rule_id for e in rule_set.errors]})
print(json.dumps(results))
"""


def evaluate_in_child(conditions: list[str], cities: list[int] = CITIES) -> list[dict]:
    import json

    return run_json(EVALUATE, json.dumps(conditions), json.dumps(cities))  # type: ignore[return-value]


def rule(condition: str) -> RuleDefinition:
    return RuleDefinition(id="hostile", name="Hostile", condition=condition, action="a", script="s")


@pytest.mark.parametrize("operator", ["=~", "=~~", "!~", "!~~"])
@pytest.mark.parametrize("pattern", HOSTILE_PATTERNS)
def test_backtracking_patterns_check_ok(pattern: str, operator: str) -> None:
    compile_rule(rule(f'city {operator} "{pattern}"'))


def test_backtracking_patterns_answer_at_once_on_long_runs() -> None:
    conditions = [
        f'city {operator} "{pattern}"'
        for pattern in HOSTILE_PATTERNS
        for operator in ("=~", "=~~", "!~")
    ]
    # A regex inside an array literal once escaped the walk over the tree (and so RE2).
    conditions.append(f'$any([false, city =~ "{HOSTILE_PATTERNS[0]}"])')
    results = evaluate_in_child(conditions)
    # None matches a run of 'a' (each needs a b or c), so only the `!~` rules fire.
    negated = [f"r{i}" for i in range(2, len(conditions) - 1, 3)]
    assert results == [{"fired": negated, "failures": [], "compile_errors": []}] * len(CITIES)


def test_a_regex_inside_a_loop_over_text_is_bounded() -> None:
    # One loop over the city's characters, a regex on the city in each step: the city is
    # cut at MAX_TEXT characters, and each match is linear, so this stays milliseconds.
    condition = '$any([c == "b" or city =~~ "(.*a){12}b" for c in city.to_ary])'
    results = evaluate_in_child([condition])
    assert results == [{"fired": [], "failures": [], "compile_errors": []}] * len(CITIES)


@pytest.mark.parametrize(
    "condition",
    [
        "$any([$any([a == b for a in city.to_ary]) for b in city.to_ary])",
        "[[a for a in city.to_ary] for b in city.to_ary].length > 1",
        "$any([c for c in city.to_ary if [d for d in city.to_ary if d == c].length > 1])",
        '[$map($abs, [1, 2]) for c in city.to_ary].length > 0 and segment == "x"',
        "[c for c in city.to_ary if $filter($abs, [1]).length > 0].length > 0",
        "$any([c in city.to_ary for c in city.to_ary])",
        "$any([p.to_set.length > 3 for p in products])",
    ],
)
def test_a_loop_inside_a_loop_is_refused_at_save(condition: str) -> None:
    with pytest.raises(RuleCompileError) as caught:
        compile_rule(rule(condition))
    assert caught.value.rule_id == "hostile"
    assert caught.value.field == "condition"
    assert "a loop inside a loop" in caught.value.error.message


def test_nested_loops_never_run_even_in_a_version_written_behind_the_checker() -> None:
    # A version put on the server with psql skips the checker; compiling it refuses the rule.
    inner = "$any([a == b for a in city.to_ary])"
    nested = f"$any([$any([{inner} for c in city.to_ary]) for b in city.to_ary])"
    results = evaluate_in_child([nested, 'city =~ "^a+$"'])
    assert results == [{"fired": ["r1"], "failures": [], "compile_errors": ["r0"]}] * len(CITIES)


@pytest.mark.parametrize(
    "condition",
    [
        " or ".join(['$any([city =~~ "(.*a){12}b" for c in city.to_ary])'] * 8),
        "(" + " + ".join(["(city + city + city + city)"] * 10) + ").to_ary.length > 3",
        '$any([c == "x" for c in (' + " + ".join(["city"] * 20) + ").to_ary])",
        "$any([$split(c + city) == [] or $split(c) == [] for c in city.to_ary])",
        "$map($split, city.to_ary).length > 1 and $map($split, segment.to_ary).length > 1",
    ],
)
def test_loops_doing_too_much_in_all_are_refused_at_save(condition: str) -> None:
    with pytest.raises(RuleCompileError) as caught:
        compile_rule(rule(condition))
    assert "the loops in this condition may do about" in caught.value.error.message
    assert f"at most {MAX_LOOP_WORK}" in caught.value.error.message


def test_the_most_work_loops_may_do_finishes_promptly() -> None:
    # Just under the limit, every loop running in full (nothing matches): a few dozen
    # milliseconds on this machine with everything else running.
    conditions = [
        " or ".join(['$any([city =~~ "(.*a){12}b" for c in city.to_ary])'] * 4),
        "$any([$split(c + city) == [] for c in city.to_ary])",
        "$map($split, city.to_ary).length > 300",
        "(" + " + ".join(["city"] * 12) + ').to_ary.length > 9999 and segment == "x"',
    ]
    results = evaluate_in_child(conditions)
    assert results == [{"fired": [], "failures": [], "compile_errors": []}] * len(CITIES)


def test_loops_one_after_another_are_fine() -> None:
    compile_rule(rule('[c for c in [d for d in city.to_ary] if c == "a"].length > 3'))
    compile_rule(
        rule('$any([c == "x" for c in city.to_ary]) and $any([p == "y" for p in products])')
    )


@pytest.mark.parametrize(
    ("condition", "words", "line", "column"),
    [
        ('city =~~ "(a)\\\\1"', "no backreferences", 1, 10),
        ('segment == "mass" and\n  city =~ "(?=W)Wa"', "lookaround", 2, 11),
        ('city =~ "Kra(?!k)"', "invalid perl operator", 1, 9),
        ('city =~~ "(?<=a)b"', "not supported", 1, 10),
        ('city =~ "ów\\\\Z"', "\\z instead of \\Z", 1, 9),
        ('city =~ "\\\\w+ów"', "ASCII letters", 1, 9),
        ('age > 3 and city =~~ "\\\\bWar"', "\\b", 1, 22),
        ('city =~ "a{1001}"', "invalid repetition size", 1, 9),
        ('$any([false, city =~ "(?=a)"])', "lookaround", 1, 22),
    ],
)
def test_patterns_re2_cannot_run_are_refused_with_rule_line_and_column(
    condition: str, words: str, line: int, column: int
) -> None:
    with pytest.raises(RuleCompileError) as caught:
        compile_rule(rule(condition))
    error = caught.value
    assert (error.rule_id, error.field) == ("hostile", "condition")
    assert words in error.error.message
    assert (error.error.line, error.error.column) == (line, column)
    assert "rule 'hostile', field 'condition'" in str(error)
    assert f"(line {line}, column {column})" in str(error)


@pytest.mark.parametrize(
    ("condition", "city", "fires"),
    [
        ('city =~ "^Ł.dź$"', "Łódź", True),  # `.` is one character, not one byte
        ('city =~ "(?i)^МОСК"', "Москва", True),  # case folding beyond ASCII
        ('city =~ "^[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+$"', "Łódź", True),
        ('city =~ "^K(ra|ar)+k"', "Krarakarków", True),
        ('city =~~ "\\\\d{2}-\\\\d{3}$"', "Kraków 30-001", True),
        # RE2's `$` is the end of the text; `re`'s also matched before a final newline.
        ('city =~ "Kraków$"', "Kraków\n", False),
    ],
)
def test_matching_follows_re2(condition: str, city: str, fires: bool) -> None:
    compiled = compile_rule(rule(condition))
    assert compiled.matches({"city": city}) is fires


def test_re2_answers_through_its_fast_path_with_groups_by_character() -> None:
    # If a google-re2 upgrade renames what Re2Pattern uses, matching falls back to the
    # binding's slower public methods: still RE2, but worth a look.
    assert FAST_PATH
    found = Re2Pattern("^(Ł)(x)?(.)dź").match("Łódź")
    assert found is not None and found.groups() == ("Ł", None, "ó")
    assert Re2Pattern("dź$").search("Łódź") is not None
    assert Re2Pattern("^dź").match("Łódź") is None
    assert Re2Pattern("dź").search("Łodz") is None
