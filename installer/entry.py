"""Entry point of the frozen program (PyInstaller, installer/emergency_desk.spec).

The same `main` as the `emergency-desk` console script (emergency_desk/launch.py: the
window's splash before the command line is imported): no command opens the window, a command
runs the CLI (docs/design.md §2). Both executables of the build (console `emergency-desk` and
windowed `EmergencyDesk`) start here.
"""

import sys

from emergency_desk.launch import main

if __name__ == "__main__":
    sys.exit(main())
