"""The team lead's workspace: figures, campaigns and the team's queue, fresh after each pull."""
