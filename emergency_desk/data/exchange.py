"""What the county merged from whom: exchange packages (issue 19, services/exchange/).

Not registers: no soft delete, no row version. `ExchangeMerge` is one merged package;
`ExchangeRecord` is, per office the package came from and per record, the two "last change"
marks (time and row version) seen at that merge, so the next merge can tell who changed a
record since (a conflict is both sides); `ExchangeConflict` keeps the side that did not win
until someone chooses.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from emergency_desk.data.base import Base, now


class ExchangeMerge(Base):
    __tablename__ = "exchange_merge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    # The office the package came from: its township's 区划代码, or the county's for a county.
    origin: Mapped[str] = mapped_column(String(12), index=True)
    origin_name: Mapped[str] = mapped_column(String(200), default="")
    package_created_at: Mapped[datetime] = mapped_column(DateTime)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    user: Mapped[str] = mapped_column(String(64), default="")
    summary: Mapped[str] = mapped_column(Text, default="{}")  # JSON, per register


class ExchangeRecord(Base):
    __tablename__ = "exchange_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(12))
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36))  # the local record's uuid
    remote_updated_at: Mapped[datetime] = mapped_column(DateTime)
    local_updated_at: Mapped[datetime] = mapped_column(DateTime)
    # row_version on each side: times have one-second steps and two PCs' clocks differ, a
    # version only ever goes up with each save of that record.
    remote_version: Mapped[int] = mapped_column(Integer)
    local_version: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("origin", "table_name", "record_uuid",
                                       name="uq_exchange_record_key"),)


class ExchangeConflict(Base):
    __tablename__ = "exchange_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    merge_id: Mapped[int] = mapped_column(ForeignKey("exchange_merge.id", ondelete="CASCADE"),
                                          index=True)
    origin: Mapped[str] = mapped_column(String(12))
    origin_name: Mapped[str] = mapped_column(String(200), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    # "remote": the package's copy lost (kept here); "local": this office's copy lost.
    other_side: Mapped[str] = mapped_column(String(8))
    # The losing copy as column values of this database (foreign keys as local ids), JSON.
    other_values: Mapped[str] = mapped_column(Text)
    other_updated_at: Mapped[datetime] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    # "kept" (the winning copy stays) or "other" (the losing copy was taken after all).
    resolution: Mapped[str | None] = mapped_column(String(8), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
