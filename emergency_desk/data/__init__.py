"""Data layer: typed SQLAlchemy models, the SQLite engine, migrations, audit and backups.

The model modules, foundation (models) and one per register, are listed here: importing any
part of the data layer loads them all, so `Base.metadata` always holds every table."""

from emergency_desk.data import (  # noqa: F401  the declared list of model modules
    exchange,
    library,
    models,
    officers,
    people,
    plans,
    resources,
    supplies,
    teams,
    township,
    users,
)
