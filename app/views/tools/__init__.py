"""Tool windows: the team queue and the automatic-action outbox."""
