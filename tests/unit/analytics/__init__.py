"""Unit tests of the analytics models (array maths)."""
