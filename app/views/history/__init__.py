"""The contact history panel and its lazily paged table model."""
