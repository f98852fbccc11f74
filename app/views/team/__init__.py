"""The team lead's workspace: figures, campaigns and the team's queue, refreshed after every pull."""
