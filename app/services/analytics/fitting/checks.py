"""Input checks shared by the fits: plain messages naming the column and the first bad row."""

from __future__ import annotations

import numpy as np

from app.services.analytics.errors import AnalyticsInputError


def as_floats(values: object, name: str, model: str) -> np.ndarray:
    """A one-dimensional float array (a copy), or AnalyticsInputError."""
    try:
        array = np.array(values, dtype=float)
    except (TypeError, ValueError):
        array = np.empty((0, 0))
    if array.ndim != 1:
        raise AnalyticsInputError(f"{model}: {name} must be a list of numbers, one per customer")
    return array


def as_column(values: object, name: str, model: str) -> np.ndarray:
    """A one-dimensional float array with finite, non-negative values, or AnalyticsInputError."""
    array = as_floats(values, name, model)
    bad_nan = ~np.isfinite(array)
    if bad_nan.any():
        raise AnalyticsInputError(
            f"{model}: {name} is missing or not a number for {count_text(bad_nan)}"
        )
    negative = array < 0
    if negative.any():
        raise AnalyticsInputError(f"{model}: {name} is negative for {count_text(negative)}")
    return array


def same_length(model: str, **columns: np.ndarray) -> int:
    """The common length of the columns, or AnalyticsInputError naming them."""
    lengths = {name: len(column) for name, column in columns.items()}
    if len(set(lengths.values())) > 1:
        described = ", ".join(f"{name} {n}" for name, n in lengths.items())
        raise AnalyticsInputError(f"{model}: the columns have different lengths ({described})")
    return next(iter(lengths.values()))


def whole_numbers(array: np.ndarray, name: str, model: str) -> None:
    """Counts must be whole numbers (event days, not amounts)."""
    fractional = array != np.round(array)
    if fractional.any():
        raise AnalyticsInputError(
            f"{model}: {name} is not a whole number for {count_text(fractional)}"
        )


def count_text(mask: np.ndarray) -> str:
    """'3 customers (first at position 17)': positions are 0-based rows of the input."""
    n = int(mask.sum())
    first = int(np.flatnonzero(mask)[0])
    noun = "customer" if n == 1 else "customers"
    return f"{n} {noun} (first at position {first})"
