"""The rule book: drafts, published versions, the compiled cache, simulation."""
