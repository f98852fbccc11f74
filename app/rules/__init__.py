"""Business rules: customer features, rule compilation, evaluation, arbitration (pure Python)."""
