"""Entry point of the frozen program (PyInstaller, installer/emergency_desk.spec).

The same `main` as the `emergency-desk` console script: no command opens the window, a command
runs the CLI (docs/design.md §2). Both executables of the build (console `emergency-desk` and
windowed `EmergencyDesk`) start here.
"""

import sys

from emergency_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
