"""aCRM Desk: agent desktop for contact-centre consultants."""

__version__ = "0.1.0"
