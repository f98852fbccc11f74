"""Desks reporting to the shared server: their heartbeats, read for administrators."""
