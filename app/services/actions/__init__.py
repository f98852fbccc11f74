"""Automatic actions: the ledger, its messages and their delivery to the webhook."""
