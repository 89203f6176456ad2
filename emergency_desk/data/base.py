"""Declarative base and the columns every register row carries."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# The per-engine spellings (String lengths on PostgreSQL) must be known before any DDL is built.
from emergency_desk.data import sql as _sql  # noqa: F401

# Stable constraint names so that Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def now() -> datetime:
    """Local wall-clock time, second precision: what a clerk expects to read in the audit log."""
    return datetime.now().replace(microsecond=0)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RecordMixin:
    """id, a stable UUID (for merging offices' data later), timestamps, soft delete, remark."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)
    is_deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    remark: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Raised by one on every UPDATE (version_id_col): a save over a record someone else saved
    # after it was read is refused (data/versions.py).
    # (Not "version": plans have a 版本 column of that name.)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}

    # Audited classes set this to a Chinese noun used in the audit log and the recycle bin.
    __label__ = ""
