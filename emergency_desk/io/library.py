"""Excel registers `regulations` (法规库) and `cases` (典型案例库), issue 16.

Text cells keep what the office typed — （2024修订）, 〔2024〕, paragraphs of 处置过程 — because
名称 + 文号 and 标题 + 发生日期 are how a row finds its record again: turning （ into ( on import
would make an exported sheet insert every regulation a second time.

The 原文/附件 column holds the attached file's name. On import a blank cell or the name of the
file on record changes nothing; a full path (D:\\法规\\突发事件应对法.pdf) attaches that file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.library import (
    CaseCategory,
    CaseGrade,
    CaseRecord,
    Regulation,
    RegulationLevel,
    RegulationStatus,
)
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.case_rows import CaseRows
from emergency_desk.io.library_rows import file_to_attach
from emergency_desk.io.regulation_rows import RegulationRows
from emergency_desk.io.row_upsert import live_count, region_refs
from emergency_desk.io.spec import Column, ImportCounts, Record, RegisterSpec
from emergency_desk.services import stored_files
from emergency_desk.services.library.cases import case_rows_streamed
from emergency_desk.services.library.files import put_file_in, tidy
from emergency_desk.services.library.regulations import regulation_rows_streamed

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def kept_text(max_len: int, *, one_line: bool = False) -> Callable[[Any], str | None]:
    """A text cell as typed (see the module note); one-line cells collapse their spaces."""
    def parse(value: Any) -> str | None:
        if nz.is_blank(value):
            return None
        s = nz.plain_text(value)
        if _CONTROL.search(s):
            raise nz.CellError(t("含有不可见的控制字符，请删除后重新输入"))
        out = " ".join(s.split()) if one_line else tidy(s)
        if out and len(out) > max_len:
            raise nz.CellError(t("内容过长（{n} 字），最多 {max} 字", n=len(out), max=max_len))
        return out or None
    return parse


def file_cell_in(session: Session, obj: Any, cell: str | None, column: str,
                 on_file: Callable[[Any, stored_files.StoredFile], None] | None = None) -> bool:
    """Apply a 原文/扫描件 cell to `obj`; True when it attached a file."""
    f = file_to_attach(cell, obj.file_name, column)
    if f is None:
        return False
    put_file_in(session, obj, f)
    if on_file is not None:
        on_file(obj, f)
    session.flush()
    return True


parse_status = nz.enumeration({x.zh: x for x in RegulationStatus}, {
    "有效": "现行有效", "现行": "现行有效", "修订": "已修订", "已修正": "已修订", "修正": "已修订",
    "废止": "已废止", "失效": "已废止", "已失效": "已废止", "未生效": "尚未施行"})
parse_level = nz.enumeration({x.zh: x for x in RegulationLevel}, {
    "法律法规": "法律", "司法解释": "其他", "规章": "部门规章", "国务院部门规章": "部门规章",
    "地方法规": "地方性法规", "政府规章": "地方政府规章", "文件": "规范性文件",
    "政策文件": "规范性文件", "标准": "标准规范", "国家标准": "标准规范", "行业标准": "标准规范",
    "预案": "应急预案"})

REGULATION_COLUMNS = [
    Column("名称", "title", kept_text(300, one_line=True), required=True, width=40,
           synonyms=("法规名称", "文件名称", "标题", "法律法规名称")),
    Column("发布机关", "issuer", kept_text(200, one_line=True), width=18,
           synonyms=("制定机关", "发文机关", "发布单位", "颁布机关")),
    Column("文号", "doc_number", kept_text(100, one_line=True), width=20,
           synonyms=("发文字号", "文件编号", "令号")),
    Column("发布日期", "issued_on", dt.date_value, width=12, synonyms=("公布日期", "颁布日期")),
    Column("施行日期", "effective_on", dt.date_value, width=12,
           synonyms=("实施日期", "生效日期")),
    Column("时效性", "status", parse_status, width=10, synonyms=("状态", "效力状态", "是否有效"),
           choices=tuple(x.zh for x in RegulationStatus), comment="空白按“现行有效”"),
    Column("效力层级", "level", parse_level, width=12, synonyms=("层级", "层次", "法规类型"),
           choices=tuple(x.zh for x in RegulationLevel), comment="空白按“其他”"),
    Column("类别", "category", kept_text(50, one_line=True), width=12,
           synonyms=("分类", "专业类别"),
           comment="如 综合、防汛抗旱、地质灾害、森林防火、安全生产"),
    Column("原文文件", "file", kept_text(400, one_line=True), width=24,
           synonyms=("原文", "附件", "文件"),
           comment="导出时为已附加文件的名称；导入时留空不改，填完整路径则附加该文件"),
    Column("备注", "remark", kept_text(2000), width=20, synonyms=("说明",)),
]


class RegulationsSpec(RegisterSpec):
    name = "regulations"
    title_zh = "法规库"
    columns = REGULATION_COLUMNS
    natural_key = "名称 + 文号"
    table = "regulation"
    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        RegulationRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, Regulation)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            for r in regulation_rows_streamed(s):
                yield [r.title, r.issuer, r.doc_number, r.issued_on, r.effective_on,
                       r.status.zh, r.level.zh, r.category, r.file.name if r.file else None,
                       r.remark]


parse_category = nz.enumeration({x.zh: x for x in CaseCategory}, {
    "自然灾害类": "自然灾害", "事故灾难类": "事故灾难", "事故": "事故灾难", "安全事故": "事故灾难",
    "公共卫生": "公共卫生事件", "公共卫生类": "公共卫生事件", "社会安全": "社会安全事件",
    "社会安全类": "社会安全事件"})
parse_grade = nz.enumeration({x.zh: x for x in CaseGrade}, {
    "一般事件": "一般", "Ⅳ级": "一般", "IV级": "一般", "较大事件": "较大", "Ⅲ级": "较大",
    "III级": "较大", "重大事件": "重大", "Ⅱ级": "重大", "II级": "重大", "特别重大事件": "特别重大",
    "Ⅰ级": "特别重大", "I级": "特别重大"})
_LONG = 20000  # a 处置过程 can run to pages

CASE_COLUMNS = [
    Column("标题", "title", kept_text(200, one_line=True), required=True, width=30,
           synonyms=("案例名称", "案例标题", "事件名称")),
    Column("发生日期", "occurred_on", dt.month_date, width=12,
           synonyms=("发生时间", "日期", "时间"), comment="可只写年月，如 2020.07"),
    Column("发生地", "region", nz.text_max(400), width=14, synonyms=("所属区划", "乡镇", "地区"),
           comment="本县的乡镇或村：名称或区划代码；外地案例留空，写在“地点”"),
    Column("地点", "place", kept_text(200, one_line=True), width=16,
           synonyms=("发生地点", "具体地点")),
    Column("事件类别", "category", parse_category, width=12, synonyms=("类别", "事件类型"),
           choices=tuple(x.zh for x in CaseCategory), comment="空白按“自然灾害”"),
    Column("事件类型", "event_type", kept_text(50, one_line=True), width=10,
           synonyms=("灾种", "具体类型"), comment="如 山洪、滑坡、森林火灾、道路交通事故"),
    Column("事件级别", "grade", parse_grade, width=8, synonyms=("级别", "等级"),
           choices=tuple(x.zh for x in CaseGrade)),
    Column("基本情况", "summary", kept_text(_LONG), width=30, synonyms=("事件概况", "简要情况")),
    Column("发生原因", "cause", kept_text(_LONG), width=30, synonyms=("原因", "事故原因")),
    Column("采取措施", "measures", kept_text(_LONG), width=30, synonyms=("处置措施", "应对措施")),
    Column("处置过程", "handling", kept_text(_LONG), width=30, synonyms=("处置情况", "处置经过")),
    Column("主要经验", "lessons", kept_text(_LONG), width=30,
           synonyms=("经验", "经验教训", "经验做法")),
    Column("存在问题", "problems", kept_text(_LONG), width=30, synonyms=("问题", "暴露问题")),
    Column("意见和建议", "suggestions", kept_text(_LONG), width=30,
           synonyms=("意见建议", "建议", "改进建议")),
    Column("专家意见", "expert_opinion", kept_text(_LONG), width=24, synonyms=("专家点评",)),
    Column("附件", "file", kept_text(400, one_line=True), width=20,
           synonyms=("附件文件", "调查报告"),
           comment="导出时为已附加文件的名称；导入时留空不改，填完整路径则附加该文件"),
    Column("备注", "remark", kept_text(2000), width=20, synonyms=("说明",)),
]


class CasesSpec(RegisterSpec):
    name = "cases"
    title_zh = "典型案例库"
    columns = CASE_COLUMNS
    natural_key = "标题 + 发生日期"
    table = "case_record"
    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        counts = ImportCounts()
        CaseRows(self, session, counts).run(records, progress)
        return counts

    def count(self, db: Database) -> int:
        return live_count(db, CaseRecord)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for c in case_rows_streamed(s):
                yield [c.title, c.occurred_on,
                       refs.get(c.region_id) if c.region_id is not None else None, c.place,
                       c.category.zh, c.event_type, c.grade.zh if c.grade else None,
                       c.summary, c.cause, c.measures, c.handling, c.lessons, c.problems,
                       c.suggestions, c.expert_opinion, c.file.name if c.file else None,
                       c.remark]


REGULATIONS = RegulationsSpec()
CASES = CasesSpec()
