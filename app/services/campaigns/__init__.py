"""Campaigns: from a rule or a condition to a call list, and its measured results."""
