"""Customers: identity, search, the whole-customer card and creating one."""
