"""The customer's side of the window: search, screen-pop panels and the card."""
