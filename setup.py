"""Build glue pyproject.toml cannot express: the top-level resources/ folder (fonts, icons,
translations) ships inside the package as `emergency_desk/resources`, where `paths.resource()`
finds it after a wheel install. Everything else is declared in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["emergency_desk*"]), "emergency_desk.resources"],
    package_dir={"emergency_desk.resources": "resources"},
)
