"""The team lead's workspace: agents, offers and hours, refreshed after every pull."""
