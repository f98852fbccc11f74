"""Type inference of custom attribute columns and the canonical text of their values."""

from __future__ import annotations

import pytest

from app.models.enums import AttributeType
from app.services.importer.infer import canonical, fits, infer_type, widen
from app.services.importer.values import BadValue

T = AttributeType


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (["1", "42", "-7", ""], T.INT),
        (["0", "1", "1", "0"], T.INT),  # all-0/1 is int, not bool
        (["1", "2.50", ".5"], T.DECIMAL),
        (["tak", "NIE", "true", "No", ""], T.BOOL),
        (["2024-01-31", "1999-12-01"], T.DATE),
        (["2024-02-30"], T.TEXT),  # not a real date
        (["1", "tak"], T.TEXT),
        (["12,50"], T.TEXT),  # a comma is not a decimal point here
        (["pl", "en"], T.TEXT),
        (["1", "2024-01-01"], T.TEXT),
    ],
)
def test_inference_picks_the_narrowest_type(values: list[str], kind: AttributeType) -> None:
    assert infer_type(values) is kind


def test_a_column_of_empty_values_has_no_type() -> None:
    assert infer_type(["", "  "]) is None


@pytest.mark.parametrize(
    ("old", "new", "result"),
    [
        (None, T.INT, T.INT),
        (None, None, T.TEXT),
        ("int", None, T.INT),
        ("int", T.INT, T.INT),
        ("int", T.DECIMAL, T.DECIMAL),
        ("decimal", T.INT, T.DECIMAL),
        ("bool", T.INT, T.TEXT),
        ("date", T.TEXT, T.TEXT),
    ],
)
def test_widening_keeps_stored_values_readable(old, new, result) -> None:
    assert widen(old, new) is result


def test_canonical_text_per_type() -> None:
    assert canonical(T.INT, " +007 ") == "7"
    assert canonical(T.DECIMAL, "15000.00") == "15000.00"
    assert canonical(T.DECIMAL, ".5") == "0.5"
    assert canonical(T.DECIMAL, "5") == "5"
    assert canonical(T.BOOL, "TAK") == "true"
    assert canonical(T.BOOL, "no") == "false"
    assert canonical(T.DATE, "2024-02-29") == "2024-02-29"
    assert canonical(T.TEXT, "  Żółw ") == "Żółw"
    assert canonical(T.INT, "  ") is None
    with pytest.raises(BadValue):
        canonical(T.BOOL, "perhaps")


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (AttributeType.INT, "12", True),
        (AttributeType.INT, "n/a", False),
        (AttributeType.INT, "1.5", False),
        (AttributeType.DECIMAL, "12", True),
        (AttributeType.DECIMAL, "70.70", True),
        (AttributeType.DECIMAL, "seventy", False),
        (AttributeType.BOOL, "Yes", True),
        (AttributeType.BOOL, "maybe", False),
        (AttributeType.DATE, "2026-02-30", False),
        (AttributeType.DATE, "2026-02-28", True),
        (AttributeType.TEXT, "anything", True),
        (AttributeType.INT, "  ", True),
    ],
)
def test_a_cell_fits_its_column_type(kind: AttributeType, value: str, expected: bool) -> None:
    assert fits(kind, value) is expected
