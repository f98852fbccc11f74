"""A table exactly as shown (filtered, sorted, as displayed) to a CSV file Excel opens.

The file itself is written by the reports' CSV writer (app/services/reports/csv_export.py):
UTF-8 with a byte-order mark, ';' between fields, formula-like texts defused, written whole
or not at all, 0600. Here only the displayed texts are collected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt

from app.services.reports import csv_export


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
    """Write the shown table; returns the number of data rows written (AcrmError if not)."""
    header, *rows = shown_rows(model)
    headers = {str(column): title for column, title in enumerate(header)}
    records = [{str(column): text for column, text in enumerate(row)} for row in rows]
    return csv_export.write_csv(path, records, headers)
