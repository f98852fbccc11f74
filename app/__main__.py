"""`python -m app` opens the desktop (same entry as the `acrm` command)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
