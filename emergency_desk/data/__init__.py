"""Data layer: typed SQLAlchemy models, the SQLite engine, migrations, audit and backups."""
