"""`python -m app` opens the desktop (same entry as the `acrm` command)."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # In a PyInstaller build the worker processes of `acrm nba --all` re-run this program;
    # freeze_support() makes them act as workers instead of starting another acrm.
    multiprocessing.freeze_support()
    sys.exit(main())
