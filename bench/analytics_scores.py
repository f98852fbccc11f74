"""Fill customer_scores for every customer of a bench SQLite file (deterministic values), so the
rules benches read analytics as they will after `acrm analytics refresh`.

    .venv/bin/python bench/analytics_scores.py bench/out/bench-rules-5000.sqlite3
"""

from __future__ import annotations

import random
import sqlite3
import sys

AFFINITY = (
    '[{"product": "mortgage", "confidence": 0.5, "lift": 2.0, "support": 0.1, '
    '"because": ["credit_card"]}]'
)


def fill(path: str, seed: int = 16) -> int:
    """One model version and a row per customer (replacing any there); the row count."""
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    try:
        connection.execute("DELETE FROM customer_scores")
        connection.execute("DELETE FROM analytics_models")
        stamp = "2026-12-01 00:00:00.000000"
        connection.execute(
            "INSERT INTO analytics_models VALUES (1, ?, ?, 'bench', 0, '{}', '{}')", (stamp, stamp)
        )
        rows = []
        for (customer,) in connection.execute("SELECT id FROM customers"):
            alive = rng.random()
            rfm = f"{rng.randint(1, 5)}{rng.randint(1, 5)}{rng.randint(1, 5)}"
            rows.append(
                (
                    customer, 1, rng.randint(0, 30), 10.0, 50.0, alive, alive * 5,
                    rng.randint(0, 10**7), rng.choice(("High", "Medium", "Low")), 1 - alive,
                    rng.choice(("High", "Medium", "Low")), "p_alive", rfm,
                    rng.choice(("loyal_high_value", "at_risk", "new")), AFFINITY,
                )
            )  # fmt: skip
        connection.executemany(f"INSERT INTO customer_scores VALUES ({','.join('?' * 15)})", rows)
        connection.commit()
        return len(rows)
    finally:
        connection.close()


if __name__ == "__main__":
    print(fill(sys.argv[1]), "customers scored")
