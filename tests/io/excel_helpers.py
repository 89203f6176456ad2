"""Shared data and checks for the Excel engine tests (imported by the test modules)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog, Region

HEADER = ["区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种", "备注"]
COUNTY = ["341023000000", "黟县", "县", None, "否", 90000, None, None]
TOWN = ["341023100000", "碧阳镇", "乡镇", "黟县", "否", 30000, "洪涝", None]
VILLAGE = ["341023100201", "古筑村", "村", "碧阳镇", "是", 1200, "洪涝、地质灾害", "沿河"]

MakeXlsx = Callable[..., Path]


def snapshot(db: Database) -> tuple[int, int, list[tuple[Any, ...]]]:
    """(regions, audit rows, every region's content) to prove nothing changed."""
    with db.read() as s:
        regions = int(s.scalar(select(func.count()).select_from(Region)) or 0)
        audits = int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)
        content = [tuple(r) for r in s.execute(select(
            Region.code, Region.name, Region.level, Region.parent_id, Region.is_disaster_prone,
            Region.population, Region.main_hazards, Region.remark, Region.path,
            Region.updated_at).order_by(Region.id))]
    return regions, audits, content
