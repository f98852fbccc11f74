"""Shared view pieces: background workers, formatting, widgets, translations."""
