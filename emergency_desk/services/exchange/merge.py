"""`exchange import`: merge a package into this database, record by record.

Records are matched by identity: regions by 区划代码 (every office builds them from the same
official tree, so their UUIDs differ), people by 身份证号 where both sides have one, everything
else by UUID. Of two copies the later change wins; what this office last saw of each record
from that office (data/exchange.ExchangeRecord) makes re-merging a package, or merging an older
one, change nothing. A record both sides changed since the last merge is a conflict: the
county's copy wins and the other copy is kept for the conflicts view (conflicts.py).
A township merging the county's package takes only the county's own records and its own
township's: the other townships' records (and their people) stay at the county.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from emergency_desk.data import access
from emergency_desk.data.audit import current_user, record_event
from emergency_desk.data.dates import MONTH_FIELDS, MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.exchange import ExchangeConflict, ExchangeMerge, ExchangeRecord
from emergency_desk.data.plans import AttachmentBlob
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.exchange.package import Package, decode, encode, read_package
from emergency_desk.services.exchange.scope import (
    Office,
    exchanged_models,
    fk_target,
    link_tables,
    office_of,
)

Progress = Callable[[int, int], None]
# Natural keys that beat the UUID when both sides have a value (docs/design.md §2 upsert keys;
# the GB/T 38565 category code: every office seeds the same top classes on its own).
NATURAL_KEYS = {"region": "code", "person": "id_card", "supply_category": "code"}
# sort_town/sort_village: derived here from this database's regions (data/region_order.py).
_SKIP = {"id", "uuid", "row_version", "sort_town", "sort_village"}
_TIMES = {"created_at", "updated_at"}


@dataclass
class Counts:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0  # updates that deleted the record (a deletion sent by the other side)
    unchanged: int = 0
    kept: int = 0  # this office's copy is the later change
    conflicts: int = 0
    outside: int = 0  # another township's record in the county's package

    @property
    def changed(self) -> int:
        return self.inserted + self.updated


@dataclass
class MergeSummary:
    origin: str
    origin_name: str
    package_created_at: datetime
    registers: dict[str, Counts] = field(default_factory=dict)  # register label → counts
    files: int = 0

    @property
    def changed(self) -> int:
        return sum(c.changed for c in self.registers.values())

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for c in self.registers.values())

    def text(self) -> str:
        lines = [t("已合并 {origin} 的上报包（{at} 导出）：新增 {ins} 条，更新 {upd} 条"
                   "（其中删除 {dele} 条），冲突 {conf} 条。",
                   origin=self.origin_name, at=self.package_created_at.strftime("%Y-%m-%d %H:%M"),
                   ins=sum(c.inserted for c in self.registers.values()),
                   upd=sum(c.updated for c in self.registers.values()),
                   dele=sum(c.deleted for c in self.registers.values()), conf=self.conflicts)]
        for label, c in self.registers.items():
            if c.changed or c.conflicts or c.kept:
                lines.append(t("  {label}：新增 {ins}，更新 {upd}（删除 {dele}），"
                               "本单位较新保留 {kept}，冲突 {conf}",
                               label=label, ins=c.inserted, upd=c.updated,
                               dele=c.deleted, kept=c.kept, conf=c.conflicts))
        if not self.changed and not self.conflicts:
            lines.append(t("  没有需要合并的变化（这个包以前已经合并过，或本单位的数据更新）。"))
        return "\n".join(lines)


def _refuse_foreign(package: Package, office: Office, path: Path) -> None:
    tree = {str(r.get("code") or "")[:6] for r in package.rows("region")
            if r.get("level") == RegionLevel.COUNTY.value and r.get("code")}
    codes = tree | {package.county_code}
    if codes != {office.county_code}:
        raise InputRejected(t(
            "上报包 {path} 来自另一个县（区划代码 {theirs}，{name}），本数据库是{ours}"
            "（{code}），没有合并任何数据。请确认文件是否发错。",
            path=path, theirs="、".join(sorted(codes)),
            name=package.manifest.get("county_name", "?"), ours=office.county_name,
            code=office.county_code))


def _in_scope(package: Package, office: Office) -> dict[str, set[str]] | None:
    """For a township: the package's records that belong here (uuids per table): the county's
    own, this township's, and the people those name. None for the county: everything."""
    if office.is_county:
        return None
    regions = package.rows("region")
    parent = {r["uuid"]: r.get("parent_id") for r in regions}
    by_uuid = {r["uuid"]: r for r in regions}

    def belongs(u: str | None, depth: int = 0) -> bool:
        r = by_uuid.get(u or "")
        if r is None or depth > 20:
            return False
        if r.get("level") == RegionLevel.COUNTY.value or r.get("code") == office.township_code:
            return True
        p = by_uuid.get(parent.get(u) or "")
        # below the county root only this township's branch
        return p is not None and p.get("level") != RegionLevel.COUNTY.value \
            and belongs(parent.get(u), depth + 1)

    ok: dict[str, set[str]] = {"region": {u for u in by_uuid if belongs(u)}}
    anchored: set[tuple[str, str]] = {("region", u) for u in ok["region"]}
    models = [m for m in exchanged_models() if m.__tablename__ not in ("region", "person")]

    def sweep(people: set[str] | None) -> None:
        for m in models:
            table = m.__tablename__
            ok[table] = set()
            fks = {c.name: fk_target(c) for c in m.__table__.columns if fk_target(c)}
            for r in package.rows(table):
                refs = [(target, r.get(col)) for col, target in fks.items()
                        if target and r.get(col) is not None]
                if people is None:
                    good = all(tb == "person" or v in ok.get(tb, ()) for tb, v in refs)
                else:
                    good = all(v in (people if tb == "person" else ok.get(tb, ()))
                               for tb, v in refs)
                if good:
                    ok[table].add(r["uuid"])
                    if any((tb, v) in anchored for tb, v in refs if tb != "person"):
                        anchored.add((table, r["uuid"]))

    sweep(None)
    # People travel only with a record of this township or the county that names them.
    people: set[str] = set()
    for m in models:
        for c in m.__table__.columns:
            if fk_target(c) == "person":
                people |= {str(r[c.name]) for r in package.rows(m.__tablename__)
                           if (m.__tablename__, r["uuid"]) in anchored and r.get(c.name)}
    ok["person"] = people
    sweep(people)
    return ok


class _Merger:
    def __init__(self, s: Session, package: Package, office: Office, merge: ExchangeMerge) -> None:
        self.s, self.package, self.office, self.merge = s, package, office, merge
        self.origin = package.origin
        self.scope = _in_scope(package, office)
        self.ids: dict[str, dict[str, int]] = {}  # table → package uuid → local id
        self.applied: dict[str, set[int]] = {}  # table → local ids written from the package
        self.base = {(r.table_name, r.record_uuid): r for r in s.scalars(
            select(ExchangeRecord).where(ExchangeRecord.origin == self.origin))}
        self.summary = MergeSummary(self.origin, package.origin_name, package.created_at)

    # -- one table ------------------------------------------------------------------------
    def merge_model(self, model: Any) -> None:
        table = model.__tablename__
        counts = self.summary.registers.setdefault(t(model.__label__) or table, Counts())
        local = list(self.s.scalars(select(model)))
        by_uuid = {o.uuid: o for o in local}
        key = NATURAL_KEYS.get(table)
        by_key: dict[Any, Any] = {}
        if key:  # a live record first: a deleted one keeps its old 身份证号 too
            for o in sorted(local, key=lambda o: not o.is_deleted):
                if getattr(o, key):
                    by_key.setdefault(getattr(o, key), o)
        ids = self.ids.setdefault(table, {})
        seen: list[tuple[Any, datetime, int]] = []
        for raw in _parents_first(model, self.package.rows(table)):
            if self.scope is not None and raw["uuid"] not in self.scope.get(table, set()):
                counts.outside += 1
                continue
            values = self._values(model, raw)
            if values is None:  # names a record that did not come along: leave it out
                counts.outside += 1
                continue
            version = int(raw.get("row_version") or 1)
            obj = (by_key.get(values[key]) if key and values.get(key) else None) \
                or by_uuid.get(raw["uuid"])
            if obj is None:
                obj = model(uuid=raw["uuid"])
                self._apply(model, obj, values, created=True)
                self.s.add(obj)
                self.s.flush()
                by_uuid[obj.uuid] = obj
                counts.inserted += 1
                self.applied.setdefault(table, set()).add(obj.id)
            else:
                self._update(model, obj, values, version, counts)
            ids[raw["uuid"]] = obj.id
            seen.append((obj, values["updated_at"], version))
        self.s.flush()  # raises the row versions of what changed: the baseline needs them
        for obj, remote_at, version in seen:
            self._remember(table, obj, remote_at, version)

    def _values(self, model: Any, raw: dict[str, Any]) -> dict[str, Any] | None:
        values: dict[str, Any] = {}
        for c in model.__table__.columns:
            if c.name in _SKIP or c.name not in raw:
                continue
            value = decode(c, raw[c.name])
            target = fk_target(c)
            if target is not None and value is not None:
                value = self.ids.get(target, {}).get(value)
                if value is None:
                    return None
            values[c.name] = value
        return values

    def _update(self, model: Any, obj: Any, values: dict[str, Any], version: int,
                counts: Counts) -> None:
        table = model.__tablename__
        remote_at: datetime = values["updated_at"]
        base = self.base.get((table, obj.uuid))
        if base is not None and version <= base.remote_version:
            counts.unchanged += 1  # the package has nothing newer than the last merge
            return
        if all(_same(getattr(obj, k), v) for k, v in values.items() if k not in _TIMES):
            counts.unchanged += 1
            return
        # Changed there since the last merge (or never merged); here too? Then a conflict.
        conflict = base is not None and obj.row_version > base.local_version
        if conflict and self.package.from_county != self.office.is_county:
            remote_wins = self.package.from_county  # the county's copy wins until chosen
        elif base is not None and not conflict:
            remote_wins = True  # changed only there
        else:  # first meeting, or two townships: the later change
            remote_wins = remote_at > obj.updated_at
        if conflict:
            loser = values if not remote_wins else _current(model, obj, values)
            self.s.add(ExchangeConflict(
                merge_id=self.merge.id, origin=self.origin,
                origin_name=self.package.origin_name, table_name=table, record_uuid=obj.uuid,
                other_side="local" if remote_wins else "remote",
                other_values=json.dumps({k: encode(v) for k, v in loser.items()},
                                        ensure_ascii=False),
                other_updated_at=loser["updated_at"]))
            counts.conflicts += 1
        if not remote_wins:
            counts.kept += 1
            return
        was_deleted = obj.is_deleted
        self._apply(model, obj, values, created=False)
        counts.updated += 1
        counts.deleted += bool(obj.is_deleted and not was_deleted)
        self.applied.setdefault(table, set()).add(obj.id)

    def _apply(self, model: Any, obj: Any, values: dict[str, Any], *, created: bool) -> None:
        values = self._unique(model, obj, values)
        for k, v in values.items():
            if k != "created_at" or created:
                setattr(obj, k, v)
        for f in MONTH_FIELDS.get(model, ()):
            value = values.get(f)
            if values.get(f + "_month") and value is not None:
                setattr(obj, f, MonthDate.of(value))

    def _unique(self, model: Any, obj: Any, values: dict[str, Any]) -> dict[str, Any]:
        """A unique number made by each office on its own (入库单号) may clash with one of
        this office's: the incoming one gets its township's three digits appended."""
        out = dict(values)
        for c in model.__table__.columns:
            if not c.unique or c.name in _SKIP or out.get(c.name) is None:
                continue
            query = select(model.id).where(c == out[c.name])
            if obj.id is not None:
                query = query.where(model.id != obj.id)
            clash = self.s.scalar(query.limit(1))
            if clash is not None:
                out[c.name] = f"{out[c.name]}-{self.origin[6:9]}"[: c.type.length or None]
        return out

    def _remember(self, table: str, obj: Any, remote_at: datetime, version: int) -> None:
        rec = self.base.get((table, obj.uuid))
        if rec is None:
            rec = self.base[(table, obj.uuid)] = ExchangeRecord(
                origin=self.origin, table_name=table, record_uuid=obj.uuid,
                remote_updated_at=remote_at, remote_version=version,
                local_updated_at=obj.updated_at, local_version=obj.row_version)
            self.s.add(rec)
        elif version > rec.remote_version:
            rec.remote_updated_at, rec.remote_version = remote_at, version
            rec.local_updated_at, rec.local_version = obj.updated_at, obj.row_version

    # -- links and files --------------------------------------------------------------------
    def merge_links(self) -> None:
        """A many-to-many link (shelter ↔ villages) follows its owner, the first column: when
        the owner came from the package, its links are the package's."""
        for link in link_tables():
            cols = list(link.columns)
            owner, targets = cols[0], [fk_target(c) for c in cols]
            applied = self.applied.get(str(targets[0]), set())
            if not applied:
                continue
            rows = []
            for raw in self.package.rows(link.name):
                ids = [self.ids.get(str(tb), {}).get(str(raw.get(c.name)))
                       for c, tb in zip(cols, targets, strict=True)]
                if all(i is not None for i in ids) and ids[0] in applied:
                    rows.append({c.name: i for c, i in zip(cols, ids, strict=True)})
            self.s.execute(delete(link).where(owner.in_(sorted(applied))))
            if rows:
                self.s.execute(insert(link), rows)

    def merge_blobs(self) -> None:
        have = set(self.s.scalars(select(AttachmentBlob.sha256)))
        for sha, content in self.package.blobs.items():
            if sha not in have:
                self.s.add(AttachmentBlob(sha256=sha, content=content))
                self.summary.files += 1
        self.s.flush()


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) if not (isinstance(a, float) or isinstance(b, float)) \
        else a is not None and b is not None and abs(a - b) < 1e-9


def _current(model: Any, obj: Any, like: dict[str, Any]) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in like}


def _parents_first(model: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a table that points at itself (regions), each after the row it points at."""
    selfs = [c.name for c in model.__table__.columns if fk_target(c) == model.__tablename__]
    if not selfs:
        return rows
    col = selfs[0]
    by_uuid = {r["uuid"]: r for r in rows}

    def depth(r: dict[str, Any]) -> int:
        n, seen = 0, set()
        while r.get(col) in by_uuid and r["uuid"] not in seen:
            seen.add(r["uuid"])
            r, n = by_uuid[r[col]], n + 1
        return n

    return sorted(rows, key=depth)


def merge_package(db: Database, path: Path, progress: Progress | None = None) -> MergeSummary:
    """Merge the package at `path` in one transaction: on any refusal nothing is written.
    An administrator's task where roles are on: it rewrites any record of the registers."""
    access.require_admin(db, t("合并收到的上报包"))
    package = read_package(path)
    models = exchanged_models()
    with db.begin() as s:
        office = office_of(s)
        if office is None:
            raise InputRejected(t("本数据库还没有建立本县的行政区划，无法合并上报包，"
                                  "没有写入任何数据。请先用“按区划代码建立本县区划”"
                                  "（或 init 命令）建立本县区划。"))
        _refuse_foreign(package, office, path)
        merge = ExchangeMerge(package_id=str(package.manifest["package_id"]),
                              origin=package.origin, origin_name=package.origin_name,
                              package_created_at=package.created_at, user=current_user())
        s.add(merge)
        s.flush()
        merger = _Merger(s, package, office, merge)
        merger.merge_blobs()
        for i, model in enumerate(models):
            merger.merge_model(model)
            s.flush()
            if progress:
                progress(i + 1, len(models) + 1)
        merger.merge_links()
        summary = merger.summary
        merge.summary = json.dumps({k: vars(v) for k, v in summary.registers.items()},
                                   ensure_ascii=False)
        record_event(s, "merge", "exchange", t(
            "合并上报包：{origin}，新增 {ins} 条，更新 {upd} 条，冲突 {conf} 条",
            origin=summary.origin_name, ins=sum(c.inserted for c in summary.registers.values()),
            upd=sum(c.updated for c in summary.registers.values()), conf=summary.conflicts),
            {"package_id": merge.package_id, "file": str(path)})
    if progress:
        progress(len(models) + 1, len(models) + 1)
    return summary
