"""The vendored CDNOW summaries (tests/data/cdnow) as NumPy columns."""

from __future__ import annotations

from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "data" / "cdnow"


def summary() -> dict[str, np.ndarray]:
    """ID, frequency, recency, T (weeks) of the 2,357 customers."""
    return _read("cdnow_customers_summary.csv")


def with_transactions() -> dict[str, np.ndarray]:
    """ID, x, t_x, T, zbar (mean repeat spend, dollars) of the same customers."""
    return _read("cdnow_customers_summary_with_transactions.csv")


def _read(name: str) -> dict[str, np.ndarray]:
    table = np.genfromtxt(DATA / name, delimiter=",", names=True)
    return {column: np.asarray(table[column], dtype=float) for column in table.dtype.names}
