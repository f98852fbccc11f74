"""Administration of the shared server: people's roles, agents' rows, feed health."""
