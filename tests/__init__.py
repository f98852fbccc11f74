"""Test package (lets test modules share names across folders and import tests.factories)."""
