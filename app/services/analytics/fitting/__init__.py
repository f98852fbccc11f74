"""Model fitting on arrays (NumPy and SciPy): left out of the packaged desk, see README."""
