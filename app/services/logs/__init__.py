"""The desk's log files (rotating, private) and the redaction that keeps secrets out of them."""
