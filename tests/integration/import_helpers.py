"""Helpers for the import tests: write CSV files, count rows, snapshot a SQLite file."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from app.models import Base
from app.services.storage.db import Database

CUSTOMERS = (
    "id,first_name,last_name,birth_date,phone,email,city,segment,risk_score,vip,limit,review,lang\n"
    "C1,Łukasz,Wójcik,1985-02-01,601 234 567;+48 22 123 45 67,Lukasz@WP.pl,Kraków,mass,"
    "10,tak,100.50,2025-01-31,pl\n"
    "C2,Małgorzata,Szczęsna,,0048602000111,,Łódź,affluent,,nie,2000,,en\n"
)


def write(folder: Path, name: str, text: str, *, bom: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    data = textwrap.dedent(text).encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def table_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def sqlite_dump(db: Database) -> list[str]:
    """Every row and schema statement of the SQLite file, as SQL text (for exact comparison)."""
    connection = sqlite3.connect(db.engine.url.database)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
