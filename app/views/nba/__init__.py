"""The next-best-action panel, its offers and the controller that feeds it."""
