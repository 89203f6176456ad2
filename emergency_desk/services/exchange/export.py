"""`exchange export`: everything this database holds, deletions too, as one package."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from emergency_desk.data import access
from emergency_desk.data.audit import record_event
from emergency_desk.data.base import now
from emergency_desk.data.db import Database
from emergency_desk.data.plans import AttachmentBlob
from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.services.exchange.package import SUFFIX, encode, write_package
from emergency_desk.services.exchange.scope import (
    exchanged_models,
    fk_target,
    link_tables,
    office_of,
    register_of,
)

Progress = Callable[[int, int], None]


@dataclass
class ExportSummary:
    path: Path
    office: str
    size: int = 0
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # label → (live, deleted)
    files: int = 0

    def text(self) -> str:
        lines = [t("已导出上报包 {path}（{office}，{size} KB）。", path=self.path,
                   office=self.office, size=max(1, self.size // 1024))]
        for label, (live, deleted) in self.counts.items():
            if live or deleted:
                lines.append(t("  {label}：{live} 条，已删除 {deleted} 条",
                               label=label, live=live, deleted=deleted))
        if self.files:
            lines.append(t("  附件文件：{n} 个", n=self.files))
        return "\n".join(lines)


def _counts(models: list[Any], tables: dict[str, tuple[list[str], list[list[Any]]]]
            ) -> dict[str, Any]:
    """Per register (services/registry.py): its title and the rows of each of its tables."""
    out: dict[str, Any] = {}
    for m in models:
        register = register_of(m.__tablename__)
        entry = out.setdefault(register.key, {"register": register.title_zh, "tables": {}})
        entry["tables"][m.__tablename__] = len(tables[m.__tablename__][1])
    return out


def package_path(db: Database, out: Path) -> Path:
    """`--out` as given; a folder gets a name saying who and when (碧阳镇-20241105.edx), and
    the .edx suffix is added when missing."""
    if out.is_dir():
        with db.read() as s:
            office = office_of(s)
        who = (office.township_name or office.county_name) if office else db.path.stem
        return out / f"{who}-{now().strftime('%Y%m%d-%H%M')}{SUFFIX}"
    return out if out.suffix.lower() == SUFFIX else out.with_name(out.name + SUFFIX)


def export_package(db: Database, out: Path, progress: Progress | None = None) -> ExportSummary:
    """Write the package to `out`. Reads in one transaction, so the package is one moment of
    the database; the export itself is an audit row."""
    access.require_admin(db, t("导出上报包（包中有完整的身份证号）"))
    models = exchanged_models()
    links = link_tables()
    steps = len(models) + len(links) + 2
    tables: dict[str, tuple[list[str], list[list[Any]]]] = {}
    manifest: dict[str, Any] = {}
    counts: dict[str, tuple[int, int]] = {}
    with db.read() as s:
        office = office_of(s)
        if office is None:
            raise InputRejected(t("本数据库还没有建立本县的行政区划，无法导出上报包。"
                                  "请先在“文件”菜单中“按区划代码建立本县区划”（或用 init 命令）。"))
        uuids: dict[str, dict[int, str]] = {}
        for m in models:
            uuids[m.__tablename__] = {r.id: r.uuid for r in s.execute(select(m.id, m.uuid))}
        for i, m in enumerate(models):
            table = m.__table__
            columns = [c.name for c in table.columns if c.name != "id"]
            targets = {c.name: fk_target(c) for c in table.columns}
            rows: list[list[Any]] = []
            deleted = 0
            for r in s.execute(select(*[table.c[c] for c in columns])).mappings():
                row = []
                for c in columns:
                    value = r[c]
                    target = targets[c]
                    if target is not None and value is not None:
                        value = uuids[target][value]
                    row.append(encode(value))
                rows.append(row)
                deleted += bool(r["is_deleted"])
            tables[m.__tablename__] = (columns, rows)
            counts[t(m.__label__) or m.__tablename__] = (len(rows) - deleted, deleted)
            if progress:
                progress(i + 1, steps)
        for link in links:
            columns = [c.name for c in link.columns]
            targets = {c.name: fk_target(c) for c in link.columns}
            tables[link.name] = (columns, [
                [uuids[str(targets[c])][r[c]] for c in columns]
                for r in s.execute(select(link)).mappings()])
        blobs = {r.sha256: r.content for r in s.execute(
            select(AttachmentBlob.sha256, AttachmentBlob.content))}
        manifest = {
            "package_id": str(uuidlib.uuid4()),
            "county_code": office.county_code, "county_region_code": office.county_region_code,
            "county_name": office.county_name,
            "township_code": office.township_code, "township_name": office.township_name,
            "office": office.office_name, "origin_name": office.title,
            "created_at": now().isoformat(sep=" "),
            "counts": _counts(models, tables),
            "files": len(blobs),
        }
    if progress:
        progress(steps - 1, steps)
    size = write_package(out, manifest, tables, blobs)
    if not db.read_only:  # a database on a CD can still send its package
        with db.begin() as s:
            record_event(s, "export", "exchange", t("导出上报包：{path}", path=out.name),
                         {"package_id": manifest["package_id"], "file": str(out)})
    if progress:
        progress(steps, steps)
    return ExportSummary(out, office.title, size, counts, len(blobs))
