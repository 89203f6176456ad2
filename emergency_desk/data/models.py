"""Models of the foundation: regions, settings, audit log. Registers have their own modules,
all listed in data/__init__.py so that Alembic's autogenerate and `Base.metadata` see every
table whichever model module is imported first.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emergency_desk.data.base import Base, RecordMixin, now


class Region(RecordMixin, Base):
    """行政区划: 县 → 乡镇 → 村/社区."""

    __tablename__ = "region"
    __label__ = "行政区划"

    code: Mapped[str | None] = mapped_column(String(12), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(100))
    # The published 统计用区划代码 name ("柏山村村委会") when the region came from the bundled
    # data; `name` is what people write ("柏山村"). Imports match either.
    official_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    level: Mapped[str] = mapped_column(String(16))  # RegionLevel value
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    is_disaster_prone: Mapped[bool] = mapped_column(Boolean, default=False)
    population: Mapped[int | None] = mapped_column(Integer, nullable=True)
    main_hazards: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # "黟县/碧阳镇/古筑村": kept up to date on rename/move; alerts and sorting read it.
    path: Mapped[str] = mapped_column(String(400), default="", index=True)
    # name + full pinyin + initials, lower case: lets SQL LIKE answer the search box.
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Columns of an imported sheet that map to no field (data/extra.py).
    extra: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The rosters' 区划代码 order (乡镇 key, then 村 key), stored so that an index walks the
    # regions in page order (data/region_order.py computes them; every write keeps them).
    sort_town: Mapped[str | None] = mapped_column(String(120), nullable=True)
    sort_village: Mapped[str | None] = mapped_column(String(120), nullable=True)

    parent: Mapped[Region | None] = relationship(remote_side="Region.id")

    __table_args__ = (Index("ix_region_parent_name", "parent_id", "name"),
                      Index("ix_region_sort", "sort_town", "sort_village"),
                      # The townships of every page's 乡镇 filter, the county of `check`.
                      Index("ix_region_level", "level", "is_deleted"))


class Setting(Base):
    """A rule threshold or office setting the user changed (defaults live in code)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)


class AuditLog(Base):
    """Who changed what, when: one row per inserted, updated or deleted record."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)
    user: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))  # insert / update / delete / restore / purge
    table_name: Mapped[str] = mapped_column(String(64), index=True)
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    record_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    summary: Mapped[str] = mapped_column(String(200), default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
