"""Imports every rule module so that the registry is complete."""

from emergency_desk.services.checks import (
    officers,  # noqa: F401
    plans,  # noqa: F401
    regions,  # noqa: F401
    resources,  # noqa: F401
    supplies,  # noqa: F401
    teams,  # noqa: F401
    township,  # noqa: F401
)
