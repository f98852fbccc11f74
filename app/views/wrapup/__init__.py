"""The wrap-up form of the contact in progress."""
