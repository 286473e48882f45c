"""The frozen desk's entry point (PyInstaller): the same `frontdesk` command as the console script."""

import sys

from frontdesk.launcher import main

if __name__ == "__main__":
    sys.exit(main())
