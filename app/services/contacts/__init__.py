"""Contacts: recording a wrap-up and reading a customer's contact history."""
