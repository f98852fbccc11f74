"""Offline-first sync with the shared PostgreSQL back end: push the outbox, pull the feed."""
