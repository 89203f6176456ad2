"""Which tables an exchange package carries, and which office this database belongs to."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from emergency_desk.data.base import Base
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region, Setting
from emergency_desk.services.registry import REGISTERS, Register

# Sign-in accounts stay in their office (password hashes, roles of that office's staff).
_LOCAL_ONLY = {"users"}
# Tables read as files rather than rows (attachment bytes, by checksum).
BLOB_TABLE = "attachment_blob"


def _declared() -> dict[str, tuple[Any, Register]]:
    """table → (model, its register) for every model the register list declares."""
    out: dict[str, tuple[Any, Register]] = {}
    for register in REGISTERS:
        if register.key in _LOCAL_ONLY:
            continue
        for model in (*(b.model for b in register.bin), *register.parts):
            out[model.__tablename__] = (model, register)
    return out


def exchanged_models() -> list[Any]:
    """Every model of every register (services/registry.py), parents before children: a new
    register declared there travels without any change here."""
    declared = _declared()
    return [declared[t.name][0] for t in Base.metadata.sorted_tables if t.name in declared]


def register_of(table: str) -> Register:
    return _declared()[table][1]


def link_tables() -> list[Table]:
    """Plain many-to-many tables (no uuid, every column a foreign key to a register)."""
    names = {m.__tablename__ for m in exchanged_models()}
    out: list[Table] = []
    for table in Base.metadata.sorted_tables:
        if "uuid" in table.c or table.name == BLOB_TABLE:
            continue
        targets = [next(iter(c.foreign_keys)).column.table.name for c in table.columns
                   if c.foreign_keys]
        if targets and len(targets) == len(table.columns) and set(targets) <= names:
            out.append(table)
    return out


def fk_target(column: Any) -> str | None:
    """The register table a column points at by id, or None."""
    for fk in column.foreign_keys:
        if fk.column.name == "id" and "uuid" in fk.column.table.c:
            return str(fk.column.table.name)
    return None


@dataclass(frozen=True)
class Office:
    county_code: str  # the six digits of the county's 区划代码
    county_region_code: str  # as stored (12 digits for the official tree)
    county_name: str
    township_code: str | None  # a township office's 区划代码; None for the county office
    township_name: str | None
    office_name: str

    @property
    def origin(self) -> str:
        """How the other side remembers this office: its township's code, or the county's."""
        return self.township_code or self.county_region_code

    @property
    def is_county(self) -> bool:
        return self.township_code is None

    @property
    def title(self) -> str:
        where = self.township_name or self.county_name
        return f"{where}（{self.office_name}）" if self.office_name else where


def office_of(s: Session) -> Office | None:
    """This database's office, from its region tree: a township office's tree (`init
    --township`) holds one township, a county's holds them all. None without a county."""
    county = s.execute(select(Region.id, Region.code, Region.name).where(
        Region.is_deleted.is_(False), Region.level == RegionLevel.COUNTY.value,
        Region.code.is_not(None))).first()
    if county is None:
        return None
    towns = s.execute(select(Region.code, Region.name).where(
        Region.is_deleted.is_(False), Region.level == RegionLevel.TOWNSHIP.value,
        Region.parent_id == county.id, Region.code.is_not(None))).all()
    row = s.get(Setting, "office_name")
    office = str(json.loads(row.value)) if row is not None else ""
    town = towns[0] if len(towns) == 1 else None
    return Office(str(county.code)[:6], str(county.code), county.name,
                  str(town.code) if town else None, town.name if town else None, office)
