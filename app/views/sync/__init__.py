"""Sync in the window: the background controller, status and problems."""
