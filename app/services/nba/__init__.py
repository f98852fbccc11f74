"""Next best actions: features for rules, evaluation, offers and their outcomes."""
