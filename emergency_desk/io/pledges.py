"""Excel register `pledges`: 防汛责任书, one row per signing township or village and year,
checked and written in bulk (io/pledge_rows.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.township import FloodPledge
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.library import kept_text
from emergency_desk.io.pledge_rows import PledgeRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services.township.pledges import pledge_rows_streamed


def parse_year(value: Any) -> int | None:
    n = nz.integer(str(value).replace("年", "").strip() if isinstance(value, str) else value)
    if n is not None and not 2000 <= n <= 2100:
        raise nz.CellError(t("年度应为四位数字，如 2026，现为“{v}”", v=value))
    return n


COLUMNS = [
    Column("年度", "year", parse_year, required=True, width=8, synonyms=("年份",),
           comment="如 2026"),
    Column("签订单位", "region", nz.text_max(400), required=True, width=16,
           synonyms=("乡镇", "村(社区)", "单位", "责任单位"),
           comment="签订责任书的乡镇或村（社区）：名称或区划代码"),
    Column("责任人", "responsible", nz.name_text, required=True, width=10,
           synonyms=("防汛责任人", "签订人", "姓名")),
    Column("职务", "post", nz.text_max(100), width=16, synonyms=("责任人职务",)),
    Column("签订日期", "signed_date", dt.date_value, width=12, synonyms=("签订时间", "日期")),
    Column("发放单位", "issuer", nz.text_max(100), width=16, synonyms=("上级单位", "甲方")),
    Column("扫描件", "file", kept_text(400, one_line=True), width=20,
           synonyms=("责任书扫描件", "附件"),
           comment="导出时为已附加扫描件的文件名；导入时留空不改，填完整路径则附加该文件"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
]


class PledgesSpec(RegisterSpec):
    name = "pledges"
    title_zh = "防汛责任书"
    columns = COLUMNS
    natural_key = "年度 + 签订单位"
    table = "flood_pledge"

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        PledgeRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, FloodPledge)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for p in pledge_rows_streamed(s):
                yield [p.year, refs.get(p.region_id, p.region_path), p.responsible, p.post,
                       p.signed_date, p.issuer, p.file.name if p.file else None, p.remark]


SPEC = PledgesSpec()
