"""Age and birthday arithmetic for the card: the same rules-layer functions the features use.

One implementation, so the card's "birthday today" and the rules' is_birthday never disagree.
"""

from __future__ import annotations

from app.rules.calendar_math import age_on, birthday_in_year, days_to_birthday, is_birthday

__all__ = ["age_on", "birthday_in_year", "days_to_birthday", "is_birthday"]
