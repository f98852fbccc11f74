"""Deterministic demo data: people, history and the demo rule pack."""
