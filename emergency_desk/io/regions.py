"""The 行政区划 register's Excel spec: columns, upsert by 区划代码 else 上级+名称, export.

Speed (docs/design.md §8): the whole live tree is loaded once into an in-memory index, rows are
checked with the same rules as the window (`services.regions.check_region`, answering its
lookups from the index), and the changes are written at the end with a few executemany
statements plus audit rows in the same transaction. One ORM flush per row would cost ~20× more.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session, aliased

from emergency_desk.data.base import new_uuid, now
from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.models import Region
from emergency_desk.data.names import name_key
from emergency_desk.i18n import t
from emergency_desk.io import normalize as nz
from emergency_desk.io.spec import (
    BAD,
    AuditRows,
    Column,
    ExtraCells,
    ImportCounts,
    Record,
    RegisterSpec,
    insert_rows,
    merged_extra,
)
from emergency_desk.services.regions.match import Candidate, match_name, note
from emergency_desk.services.regions.official import display_name, level_for
from emergency_desk.services.regions.regions import (
    ParentFacts,
    RegionInput,
    ambiguous,
    check_region,
    not_found,
)
from emergency_desk.services.search import search_key

LEVEL_SYNONYMS = {
    "县级": "县", "县(市、区)": "县", "县(市,区)": "县", "区": "县", "县区": "县",
    "乡": "乡镇", "镇": "乡镇", "街道": "乡镇", "乡镇(街道)": "乡镇", "乡(镇)": "乡镇",
    "乡级": "乡镇", "行政村": "村", "村委会": "村", "村级": "村",
    "居委会": "社区", "社区居委会": "社区", "居": "社区",
}
parse_level = nz.enumeration({lv.zh: lv for lv in RegionLevel}, LEVEL_SYNONYMS)
_CODE_LIKE = re.compile(r"^[\d.]+([eE]\+?\d+)?$")
_PATH_SEP = re.compile(r"\s*[/\\>]\s*")


def parse_parent(value: Any) -> str | None:
    """上级: a 区划代码 (also stored as a number), a name, or a path "黟县/碧阳镇"."""
    if nz.is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return nz.region_code(value)
    s = nz.text(value, 400) or ""
    if _CODE_LIKE.match(s.replace(" ", "")):
        return nz.region_code(s)
    return s or None  # a name or a path: _Tree.resolve tries both


COLUMNS = [
    Column("区划代码", "code", nz.region_code, width=16, as_text=True,
           synonyms=("代码", "行政区划代码", "统计用区划代码", "区划编码", "编码",
                     "区划代码(12位)"),
           comment="12 位数字，如 341023100201；县、乡镇可写 6 位或 9 位。"
                   "可不填（按上级+名称对应）"),
    Column("名称", "name", nz.name_text, required=True, width=16,
           synonyms=("区划名称", "行政区划名称", "名字", "地名"),
           comment="如 碧阳镇、古筑村"),
    Column("层级", "level", parse_level, required=True, width=8,
           synonyms=("级别", "区划层级", "层次", "类型"),
           choices=tuple(lv.zh for lv in RegionLevel),
           comment="县 / 乡镇 / 村 / 社区（下拉选择）"),
    Column("上级", "parent", parse_parent, width=18,
           synonyms=("上级区划", "所属上级", "上级名称", "所属乡镇", "上级代码", "上级区划代码",
                     "上级区划名称"),
           comment="上级区划的名称、区划代码或路径（如 黟县/碧阳镇）；县不填。"
                   "上级可以在本表后面的行里"),
    Column("灾害多发频发", "is_disaster_prone", nz.yes_no, width=12,
           synonyms=("是否灾害多发频发", "灾害多发", "多灾易灾", "灾害多发易发", "是否多灾易灾",
                     "灾害多发频发地区"),
           choices=("是", "否"), comment="是 / 否（下拉选择），空白按“否”"),
    Column("人口", "population", nz.counted("人"), width=10,
           synonyms=("人口数", "常住人口", "户籍人口", "总人口", "人口(人)", "人口数(人)"),
           comment="整数，可不填"),
    Column("主要灾种", "main_hazards", nz.text_max(200), width=20,
           synonyms=("灾种", "主要灾害", "主要灾害种类"),
           comment="如 洪涝、地质灾害、森林火灾"),
    Column("备注", "remark", nz.multiline_text, width=24, synonyms=("说明",)),
]

# ValidationFailed / check_region labels → our fields (to skip checks of cells already in error).
_LABEL_FIELD = {"名称": "name", "区划代码": "code", "上级": "parent", "人口": "population",
                "层级": "level"}
# Which levels a row's 上级 may be; a county has none, so any match is reported as wrong.
_PARENT_LEVELS = {lv: frozenset(p for p in RegionLevel if p.rank == lv.rank - 1)
                  or frozenset(RegionLevel) for lv in RegionLevel}
_RANK = {lv: lv.rank for lv in RegionLevel}
_COMPARED = ("code", "name", "level", "parent_id", "is_disaster_prone", "population",
             "main_hazards", "remark", "official_name", "extra")


@dataclass(slots=True)
class _Node:
    id: int
    uuid: str
    code: str | None
    name: str
    level: RegionLevel
    parent_id: int | None
    path: str
    is_disaster_prone: bool = False
    population: int | None = None
    main_hazards: str | None = None
    remark: str | None = None
    official_name: str | None = None
    extra: str | None = None  # unmapped columns of the sheet, JSON (data/extra.py)
    failed: bool = False  # a row in error: kept so its children resolve, never written

    def values(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "level": self.level.value,
                "parent_id": self.parent_id, "is_disaster_prone": self.is_disaster_prone,
                "population": self.population, "main_hazards": self.main_hazards,
                "remark": self.remark, "official_name": self.official_name,
                "extra": self.extra}


class _Tree:
    """The live regions, indexed the ways rows refer to them."""

    def __init__(self, session: Session) -> None:
        self.nodes: dict[int, _Node] = {}
        self.by_code: dict[str, int] = {}
        # Names by their normal form (data/names.py): 开发区（一） is 开发区 (一).
        self.by_key: dict[tuple[int | None, str], int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_path: dict[str, int] = {}
        self.children: dict[int | None, list[int]] = {}
        cols = [getattr(Region, f.name) for f in fields(_Node) if f.name != "failed"]
        for row in session.execute(select(*cols).where(Region.is_deleted.is_(False))):
            values = dict(row._mapping)
            values["level"] = RegionLevel(values["level"])
            values["is_disaster_prone"] = bool(values["is_disaster_prone"])
            self.add(_Node(**values))
        self.next_id = int(session.scalar(select(func.max(Region.id))) or 0) + 1

    def add(self, n: _Node) -> None:
        self.nodes[n.id] = n
        self._index(n)

    def _index(self, n: _Node) -> None:
        if n.code:
            self.by_code.setdefault(n.code, n.id)
        key = name_key(n.name)
        self.by_key.setdefault((n.parent_id, key), n.id)
        self.by_name.setdefault(key, []).append(n.id)
        self.by_path.setdefault(n.path, n.id)
        self.children.setdefault(n.parent_id, []).append(n.id)

    def _unindex(self, n: _Node) -> None:
        if n.code and self.by_code.get(n.code) == n.id:
            del self.by_code[n.code]
        key = name_key(n.name)
        if self.by_key.get((n.parent_id, key)) == n.id:
            del self.by_key[(n.parent_id, key)]
        self.by_name[key].remove(n.id)
        if self.by_path.get(n.path) == n.id:
            del self.by_path[n.path]
        self.children[n.parent_id].remove(n.id)

    def change(self, n: _Node, **values: Any) -> None:
        self._unindex(n)
        for k, v in values.items():
            setattr(n, k, v)
        self._index(n)

    def code_owner(self, code: str, self_id: int | None) -> str | None:
        other = self.by_code.get(code)
        return None if other is None or other == self_id else self.nodes[other].path

    def sibling_exists(self, name: str, parent_id: int | None, self_id: int | None) -> bool:
        other = self.by_key.get((parent_id, name_key(name)))
        return other is not None and other != self_id

    def resolve(self, text: str, level: RegionLevel) -> tuple[_Node | None, str | None]:
        """The parent a row names, or the problem (with closest-match suggestions)."""
        want = _PARENT_LEVELS[level]
        if text.isdigit():
            hit = self.by_code.get(text)
            if hit is not None:
                return self.nodes[hit], None
            return None, t("找不到区划代码为 {code} 的区划", code=text)
        name = _as_name(text)
        ids = [i for i in self.by_name.get(name_key(name), ()) if self.nodes[i].level in want]
        if len(ids) == 1:
            return self.nodes[ids[0]], None
        if len(ids) > 1:
            return None, ambiguous(name, sorted(self.nodes[i].path for i in ids)).problem
        fitting = [n for n in self.nodes.values() if n.level in want and not _PATH_SEP.search(text)]
        found = match_name(name, [Candidate(n.id, n.name, n.official_name, n.level, n.path)
                                  for n in fitting])
        if len(found.ids) == 1:
            if found.fuzzy:
                note(name, self.nodes[found.ids[0]].name)
            return self.nodes[found.ids[0]], None
        if found.ids:
            return None, ambiguous(name, sorted(self.nodes[i].path for i in found.ids)).problem
        if _PATH_SEP.search(text):  # "黟县/碧阳镇", "黟县 > 碧阳镇"
            path = "/".join(p for p in (_as_name(x) for x in _PATH_SEP.split(text)) if p)
            hit = self.by_path.get(path)
            if hit is not None and self.nodes[hit].level in want:
                return self.nodes[hit], None
            paths = [(n.path, n.path) for n in self.nodes.values() if n.level in want]
            return None, not_found(path, paths).problem
        cands = [(n.name, n.path) for n in self.nodes.values() if n.level in want]
        return None, not_found(name, cands).problem


class RegionsSpec(RegisterSpec):
    name = "regions"
    title_zh = "行政区划"
    columns = COLUMNS
    natural_key = "区划代码；没有区划代码时按 上级+名称"
    table = "region"
    keeps_extra = True
    extra_models = (Region,)
    # The published layout has only 区划代码 + 名称: the code gives 层级 and 上级.
    derivable: ClassVar[dict[str, str]] = {"层级": "区划代码"}

    def import_records(self, session: Session, records: list[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        tree = _Tree(session)
        for rec in records:
            _official_layout(rec, counts, self)
        # Parents first, whatever the sheet's order: 县, then 乡镇, then 村/社区.
        order = sorted((r for r in records if isinstance(r.values.get("level"), RegionLevel)),
                       key=lambda r: _RANK[r.values["level"]])
        touched: dict[int, Record] = {}
        inserted: list[int] = []
        updated: dict[int, dict[str, tuple[Any, Any]]] = {}
        repath: set[int] = set()
        failed = False
        for done, rec in enumerate(order, 1):
            if progress is not None and done % 500 == 0:
                progress(done, len(order))
            ok = self._one(rec, tree, touched, inserted, updated, repath, counts)
            failed = failed or not ok
        if progress is not None:
            progress(len(order), len(order))
        if failed or counts.errors:
            return counts  # the importer rolls back; writing would be wasted work
        self._write(session, tree, inserted, updated, repath)
        return counts

    def _one(self, rec: Record, tree: _Tree, touched: dict[int, Record], inserted: list[int],
             updated: dict[int, dict[str, tuple[Any, Any]]], repath: set[int],
             counts: ImportCounts) -> bool:
        vals = rec.values
        level: RegionLevel = vals["level"]
        bad = {k for k, v in vals.items() if v is BAD}
        name = vals.get("name")
        code = vals.get("code")
        problems: dict[str, str] = {}

        parent: _Node | None = None
        parent_given = "parent" in vals and "parent" not in bad
        if parent_given and vals["parent"]:
            parent, problem = tree.resolve(vals["parent"], level)
            if problem:
                problems["上级"] = problem

        existing: _Node | None = None
        if isinstance(code, str):
            hit = tree.by_code.get(code)
            existing = tree.nodes[hit] if hit is not None else None
        if existing is None and isinstance(name, str) and "上级" not in problems \
                and "parent" not in bad:
            pid = parent.id if parent else None
            hit = tree.by_key.get((pid, name_key(name)))
            # Names are unique under a parent, so this is the same region even when the
            # sheet brings a new or corrected 区划代码: the file is the truth, update the code.
            existing = tree.nodes[hit] if hit is not None else None
        if existing is not None and existing.id in touched:
            col = "区划代码" if isinstance(code, str) and existing.code == code else "名称"
            counts.errors.append(self.error(rec, col, t("与第 {row} 行重复（同一区划出现两次）",
                                                        row=touched[existing.id].row)))
            return False
        if existing is not None and not parent_given:
            parent = tree.nodes.get(existing.parent_id) if existing.parent_id else None

        def pick(field: str, default: Any) -> Any:
            v = vals.get(field, default)
            return default if v is BAD else v

        cur = existing
        data = RegionInput(
            name=pick("name", cur.name if cur else "") or "",
            level=level,
            parent_id=parent.id if parent else None,
            code=pick("code", cur.code if cur else None),
            is_disaster_prone=bool(pick("is_disaster_prone", cur.is_disaster_prone if cur
                                        else False)),
            population=pick("population", cur.population if cur else None),
            main_hazards=pick("main_hazards", cur.main_hazards if cur else None),
            remark=pick("remark", cur.remark if cur else None),
            official_name=vals.get("official_name", cur.official_name if cur else None))
        self_id = cur.id if cur else None
        facts = ParentFacts(parent.id, parent.name, parent.level) if parent else None
        checked = check_region(
            data, facts, region_id=self_id,
            code_owner=lambda c: tree.code_owner(c, self_id),
            sibling_exists=lambda n, p: tree.sibling_exists(n, p, self_id))
        for label, reason in checked.items():
            problems.setdefault(label, reason)
        if cur is not None and cur.level != level and tree.children.get(cur.id):
            problems["层级"] = t("该区划下还有下级区划，不能改变层级")
        problems = {k: v for k, v in problems.items() if _LABEL_FIELD.get(k) not in bad}
        for label, reason in problems.items():
            counts.errors.append(self.error(rec, _LABEL_FIELD.get(label, label), reason))

        if problems or bad:
            if cur is None and data.name:  # keep it findable so its children don't cascade
                node = _Node(tree.next_id, "", data.code, data.name, level, data.parent_id,
                             _path(parent, data.name), failed=True)
                tree.next_id += 1
                tree.add(node)
                cur = node
            if cur is not None:
                touched[cur.id] = rec
            return False

        extra = merged_extra(cur.extra if cur else None, rec.extra)
        new = {"code": data.code, "name": data.name, "level": level,
               "parent_id": data.parent_id, "is_disaster_prone": data.is_disaster_prone,
               "population": data.population, "main_hazards": data.main_hazards,
               "remark": data.remark, "official_name": data.official_name,
               "extra": extra, "path": _path(parent, data.name)}
        if cur is None:
            node = _Node(tree.next_id, new_uuid(), data.code, data.name, level,
                         data.parent_id, str(new["path"]), data.is_disaster_prone,
                         data.population, data.main_hazards, data.remark,
                         data.official_name, extra)
            tree.next_id += 1
            tree.add(node)
            inserted.append(node.id)
            touched[node.id] = rec
            counts.inserted += 1
            return True
        touched[cur.id] = rec
        before = cur.values()
        changes = {k: (before[k], v.value if isinstance(v, RegionLevel) else v)
                   for k, v in new.items() if k in before and
                   before[k] != (v.value if isinstance(v, RegionLevel) else v)}
        if not changes:
            counts.unchanged += 1
            return True
        old_path = cur.path
        tree.change(cur, **new)
        if cur.path != old_path:
            repath.add(cur.id)
        if cur.id in updated:  # pragma: no cover - duplicates are refused above
            updated[cur.id].update(changes)
        else:
            updated[cur.id] = changes
        counts.updated += 1
        return True

    def _write(self, session: Session, tree: _Tree, inserted: list[int],
               updated: dict[int, dict[str, tuple[Any, Any]]], repath: set[int]) -> None:
        table: Table = Region.__table__  # type: ignore[assignment]  # Core: plain executemany
        stamp = now()
        audit = AuditRows(self.table, Region.__label__)
        # Descendants of renamed or moved regions take the new path (no audit, as in the UI).
        path_only: set[int] = set()
        stack = list(repath)
        while stack:
            pid = stack.pop()
            parent = tree.nodes[pid]
            for cid in tree.children.get(pid, ()):
                child = tree.nodes[cid]
                new_path = f"{parent.path}/{child.name}"
                if new_path != child.path:
                    tree.change(child, path=new_path)
                    if cid not in updated and cid not in inserted:
                        path_only.add(cid)
                stack.append(cid)
        if inserted:
            insert_rows(session, table, [self._insert_row(tree.nodes[i], stamp, audit)
                                         for i in inserted])
        if updated:
            stmt = update(table).where(table.c.id == bindparam("b_id")).values(
                {c: bindparam(c) for c in (*_COMPARED, "path", "search_key", "updated_at")})
            rows = []
            for i, changes in updated.items():
                n = tree.nodes[i]
                rows.append(dict(n.values(), b_id=n.id, path=n.path, updated_at=stamp,
                                 search_key=search_key(n.name, n.code, n.path)))
                audit.add("update", n.id, n.uuid, n.name, changes)
            session.execute(stmt, rows)
        if path_only:
            stmt = update(table).where(table.c.id == bindparam("b_id")).values(
                path=bindparam("path"), search_key=bindparam("search_key"))
            session.execute(stmt, [
                {"b_id": i, "path": tree.nodes[i].path,
                 "search_key": search_key(tree.nodes[i].name, tree.nodes[i].code,
                                          tree.nodes[i].path)} for i in path_only])
        audit.write(session)

    @staticmethod
    def _insert_row(n: _Node, stamp: datetime, audit: AuditRows) -> dict[str, Any]:
        v = n.values()
        audit.add("insert", n.id, n.uuid, n.name,
                  {k: (None, x) for k, x in v.items() if x is not None})
        return dict(v, id=n.id, uuid=n.uuid, path=n.path,
                    search_key=search_key(n.name, n.code, n.path), created_at=stamp,
                    updated_at=stamp, is_deleted=False, deleted_at=None)

    # -- export ------------------------------------------------------------------------
    def count(self, db: Database) -> int:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Region).where(
                Region.is_deleted.is_(False))) or 0)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        parent = aliased(Region)
        stmt = (select(Region.code, Region.name, Region.level, parent.name, parent.path,
                       Region.is_disaster_prone, Region.population, Region.main_hazards,
                       Region.remark, Region.extra)
                .outerjoin(parent, Region.parent_id == parent.id)
                .where(Region.is_deleted.is_(False)).order_by(Region.path, Region.id)
                .execution_options(yield_per=1000))
        with db.read() as s:
            names = Counter(s.scalars(select(Region.name).where(
                Region.is_deleted.is_(False))).all())
            for code, name, level, pname, ppath, prone, pop, hazards, remark, extra in (
                    s.execute(stmt)):
                # A parent's name reads best; its path when the name alone is ambiguous, so
                # the export always imports back to the same tree.
                parent_ref = None if pname is None else (pname if names[pname] == 1 else ppath)
                yield [code, name, RegionLevel(level).zh, parent_ref, "是" if prone else "否",
                       pop, hazards, remark, ExtraCells(parse_extra(extra))]


def _official_layout(rec: Record, counts: ImportCounts, spec: RegisterSpec) -> None:
    """A row of the published layout (区划代码 + 名称, no 层级/上级): the code says the level
    and the parent, and a committee name (柏山村村委会) is kept as the official name beside
    the name people write (柏山村)."""
    vals = rec.values
    code, name = vals.get("code"), vals.get("name")
    if "level" not in vals:  # no 层级 column at all: the published layout
        if not isinstance(code, str):
            counts.errors.append(spec.error(rec, "level", t(
                "不能为空（没有 12 位区划代码时，请填写 县 / 乡镇 / 村 / 社区）")))
            return
        vals["level"] = level_for(code)
        if "parent" not in vals or vals["parent"] is None:
            parent_code = _parent_code(code)
            if parent_code is not None:
                vals["parent"] = parent_code
    if isinstance(name, str):
        short = display_name(name)
        if short != name:
            vals["name"], vals["official_name"] = short, name


def _parent_code(code: str) -> str | None:
    if code.endswith("000000"):
        return None
    return code[:6] + "000000" if code.endswith("000") else code[:9] + "000"


def _as_name(text: str) -> str:
    """A 上级 text cleaned like a region name ("碧阳 镇" → "碧阳镇"); never raises."""
    try:
        return nz.name_text(text) or ""
    except nz.CellError:  # too long to be a name: it simply will not be found
        return text


def _path(parent: _Node | None, name: str) -> str:
    return f"{parent.path}/{name}" if parent else name


SPEC = RegionsSpec()
