"""Use cases, repositories, sync and integrations, grouped by domain (no Qt)."""
