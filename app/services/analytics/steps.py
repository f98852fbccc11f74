"""The steps of an analytics refresh, in order (progress reports name them; no maths here)."""

STEPS = ("extract", "bgnbd", "gamma_gamma", "churn", "rfm", "affinity", "write")
