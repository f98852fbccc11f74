"""Team-lead figures: agents, offers, campaigns and hours, as SQL aggregates."""
