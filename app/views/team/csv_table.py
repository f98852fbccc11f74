"""A table exactly as shown (filtered, sorted, as displayed) to a CSV file Excel opens.

UTF-8 with a byte-order mark and ';' between fields: Polish and Russian Excel read the
letters right and do not split "12,3 %" at its decimal comma.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt

ENCODING = "utf-8-sig"
SEPARATOR = ";"


def shown_rows(model: QAbstractItemModel) -> list[list[str]]:
    """The header and every row the model (a proxy: filtered and sorted) shows, as text."""
    columns = range(model.columnCount())
    display = Qt.ItemDataRole.DisplayRole
    header = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in columns]
    rows = [
        [str(model.data(model.index(r, c), display) or "") for c in columns]
        for r in range(model.rowCount())
    ]
    return [header, *rows]


def write_csv(path: Path, model: QAbstractItemModel) -> int:
    """Write the shown table; returns the number of data rows written."""
    rows = shown_rows(model)
    with path.open("w", encoding=ENCODING, newline="") as out:
        csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n").writerows(rows)
    return len(rows) - 1
