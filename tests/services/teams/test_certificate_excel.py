"""Excel register `certificates` (证书): the person by 身份证号 or 姓名+手机, bad rows named by
row and column, masked export imports back, export → import changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.data.people import Person
from emergency_desk.data.teams import Certificate
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.template import write_template

HEADER = ["姓名", "身份证号", "手机号码", "证书名称", "证书编号", "发证日期", "有效期至", "备注"]


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str = "certs.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def state(db: Database) -> tuple[list[tuple[Any, ...]], int]:
    with db.read() as s:
        certs = [tuple(r) for r in s.execute(
            select(Person.name, Certificate.name, Certificate.number, Certificate.issue_date,
                   Certificate.expiry_date, Certificate.remark)
            .join(Person, Person.id == Certificate.person_id)
            .where(Certificate.is_deleted.is_(False)).order_by(Certificate.id))]
        return certs, int(s.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action != "export")) or 0)  # an export is logged (issue 18)


def test_certificates_import_round_trip_and_refusals(
        db: Database, make_team: Callable[..., int], make_member: Callable[..., int],
        tmp_path: Path) -> None:
    team = make_team("碧阳镇综合应急救援队")
    make_member(team, "张三")
    make_member(team, "李四")
    with db.read() as s:
        people = {n: (c, m) for n, c, m in s.execute(
            select(Person.name, Person.id_card, Person.mobile))}
    path = xlsx(tmp_path, [
        ["救援队员证书登记表"],
        ["持证人", "身份证号码", "手机", "证书", "证号", "发证时间", "有效期", "备注"],
        ["张三", people["张三"][0], None, "应急救援员证", "YJ-001", "2023.5.1", "2027-04-30",
         None],
        ["李四", None, int(people["李四"][1]), "急救员证", None, "2024年3月1日", None, "红十字会"],
    ])
    result = import_file(db, "certificates", path)
    assert result.error_lines() == [] and result.inserted == 2
    certs, _ = state(db)
    assert certs == [("张三", "应急救援员证", "YJ-001", date(2023, 5, 1), date(2027, 4, 30), None),
                     ("李四", "急救员证", None, date(2024, 3, 1), None, "红十字会")]

    before = state(db)
    assert import_file(db, "certificates", path).unchanged == 2
    out = tmp_path / "export.xlsx"
    assert export_register(db, "certificates", out) == 2  # 身份证号 masked by default
    back = import_file(db, "certificates", out)
    assert back.error_lines() == [] and (back.inserted, back.updated) == (0, 0)
    assert state(db) == before

    bad = xlsx(tmp_path, [
        HEADER,
        ["王五", None, "13900000000", "潜水证", None, None, None, None],
        ["张三", people["李四"][0], None, "潜水证", None, None, None, None],
        ["李四", None, None, "潜水证", None, None, None, None],
        ["张三", people["张三"][0], None, None, None, "2024-01-01", "2023-01-01", None],
    ], "bad.xlsx")
    result = import_file(db, "certificates", bad)
    lines = result.error_lines()
    assert lines[0].startswith("第 2 行 [手机号码]: 找不到人员“王五”")
    assert lines[1] == "第 3 行 [姓名]: 身份证号登记的姓名是“李四”，不是“张三”"
    assert lines[2].startswith("第 4 行 [身份证号]: 请填写身份证号，或手机号码")
    assert lines[3] == "第 5 行 [证书名称]: 不能为空"
    assert state(db) == before


def test_certificate_template(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write_template("certificates", out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "姓名")
    assert list(header[:len(HEADER)]) == HEADER
