"""The command line (docs/design.md section 2): `emergency_desk.cli:main` is the entry point."""

from emergency_desk.cli.main import main

__all__ = ["main"]
