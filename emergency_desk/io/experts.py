"""Excel register `experts`: 专家库, one row per expert, matched by person (issue 16)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.resources import Expert, ExpertSource
from emergency_desk.io import normalize as nz
from emergency_desk.io.expert_rows import ExpertRows
from emergency_desk.io.row_upsert import live_count
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services.resources.experts import expert_rows_streamed

parse_source = nz.enumeration({x.zh: x for x in ExpertSource}, {
    "县级": "本县", "县": "本县", "市": "市级", "省": "省级", "省库": "省级", "市库": "市级"})

COLUMNS = [
    Column("姓名", "name", nz.name_text, required=True, width=10),
    Column("专业", "specialty", nz.text_max(100), width=16,
           synonyms=("专业领域", "专长", "擅长领域")),
    Column("职称", "title", nz.text_max(50), width=12, synonyms=("技术职称", "职务职称")),
    Column("工作单位", "unit", nz.text_max(100), width=20, synonyms=("单位",)),
    Column("手机号码", "mobile", nz.mobile, width=14, as_text=True,
           synonyms=("手机", "手机号", "联系电话", "电话")),
    Column("专家组", "group", nz.text_max(50), width=12, synonyms=("组别", "所属专家组"),
           comment="如 防汛抗旱、地质灾害、森林防火、安全生产、医疗卫生"),
    Column("专家库", "source", parse_source, width=8, synonyms=("来源", "库别"),
           choices=tuple(x.zh for x in ExpertSource), comment="空白按“本县”"),
    Column("可参与处置", "available", nz.yes_no, width=10, choices=("是", "否"),
           synonyms=("是否可用", "可调用"), comment="空白按“是”"),
    Column("身份证号", "id_card", nz.id_card, width=20, as_text=True),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class ExpertsSpec(RegisterSpec):
    name = "experts"
    title_zh = "专家库"
    columns = COLUMNS
    natural_key = "身份证号，没有时按 姓名+手机号码"
    table = "expert"

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """A chunk at a time: people and experts loaded at once, written with Core
        (io/expert_rows.py)."""
        counts = ImportCounts()
        ExpertRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, Expert)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            for r, id_card in expert_rows_streamed(s):
                yield [r.name, r.specialty, r.title, r.unit, r.mobile, r.group, r.source.zh,
                       "是" if r.available else "否", id_card, r.remark]


SPEC = ExpertsSpec()
