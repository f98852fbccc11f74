"""What an import did: progress while it runs, counts per file when it is done."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Rows handled so far in one file; rows_total is an estimate from the line count."""

    file: str
    rows_done: int
    rows_total: int | None


@dataclass(slots=True)
class FileCounts:
    """Rows of one file: read, and what each did to the database."""

    read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(slots=True)
class ImportReport:
    """Counts per file (in import order) and the wall-clock time of the whole import."""

    files: dict[str, FileCounts] = field(default_factory=dict)
    seconds: float = 0.0
    new_agents: int = 0
    ignored: list[str] = field(default_factory=list)  # CSV files in the directory not imported

    @property
    def rows_read(self) -> int:
        return sum(counts.read for counts in self.files.values())

    def summary(self) -> str:
        """Human-readable lines: one per file, then the total."""
        width = max((len(name) for name in self.files), default=0)
        lines = [
            f"{name:<{width}}  {c.read:>9,} read  {c.inserted:>9,} inserted  "
            f"{c.updated:>7,} updated  {c.unchanged:>9,} unchanged"
            for name, c in self.files.items()
        ]
        if self.ignored:
            lines.append(f"not imported (unknown file names): {', '.join(self.ignored)}")
        if self.new_agents:
            lines.append(f"{self.new_agents} new agent login(s) added to users")
        lines.append(
            f"{self.rows_read:,} rows from {len(self.files)} file(s) in {self.seconds:.1f} s"
        )
        return "\n".join(lines)
