"""Imports every rule module so that the registry is complete."""

from emergency_desk.services.checks import regions  # noqa: F401
