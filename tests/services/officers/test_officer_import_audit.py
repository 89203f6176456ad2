"""Issue 20: the officers import writes with Core statements (io/officer_rows.py), yet every
record it changes gets the audit row the form's ORM upsert gives it — same action, table,
summary and changes (values as JSON, month dates, defaults) — on a first import and on a
re-import that changes some rows.

Each sheet is compared with the same rows written by `upsert_officer_in` (the ORM and its
audit hook) in a transaction that is then rolled back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from officer_helpers import make_id_card
from sqlalchemy.orm import Session

from emergency_desk.data.dates import MonthDate
from emergency_desk.data.db import Database
from emergency_desk.data.officers import OfficerPost
from emergency_desk.services.officers.officers import OfficerInput, upsert_officer_in
from emergency_desk.services.people import PersonInput
from tests.services import bulk_import_audit

HEADER = ["序号", "乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "岗位", "任职日期",
          "最近培训日期", "民族", "本职职务"]


def _rows(changed: bool) -> list[dict[str, Any]]:
    rows = [
        dict(town="碧阳镇", village="古筑村", name="汪建国", card=make_id_card("19700312", 1),
             mobile="13900000001", post=OfficerPost.A, appoint=(2021, 3), trained=(2024, 5),
             ethnicity="汉族", duty="村委会主任"),
        dict(town="碧阳镇", village="南屏村", name="胡明", card=None, mobile="13900000002",
             post=OfficerPost.B, appoint=None, trained=None, ethnicity=None, duty=None),
        dict(town="宏村镇", village=None, name="程军", card=make_id_card("19850101", 3),
             mobile=None, post=OfficerPost.SINGLE, appoint=(2020, 1), trained=(2024, 5),
             ethnicity="回族", duty="副镇长"),
    ]
    if changed:  # a new duty, a later training, a number added; the third row unchanged
        rows[0]["duty"] = "村支书"
        rows[0]["trained"] = (2025, 3)
        rows[1]["card"] = make_id_card("19900215", 2)
        rows[1]["ethnicity"] = "汉族"
    return rows


def _month(ym: tuple[int, int] | None) -> MonthDate | None:
    return MonthDate.first(*ym) if ym else None


def _text(ym: tuple[int, int] | None) -> str | None:
    """As offices write a month: 2021.03."""
    return f"{ym[0]}.{ym[1]:02d}" if ym else None


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县灾害信息员花名册"])
    ws.append(HEADER)
    for i, r in enumerate(rows, 1):
        ws.append([i, r["town"], r["village"], r["name"], r["card"], r["mobile"], r["post"].zh,
                   _text(r["appoint"]), _text(r["trained"]), r["ethnicity"], r["duty"]])
    wb.save(path)
    return path


def _inputs(rows: list[dict[str, Any]], county: dict[str, int]) -> list[OfficerInput]:
    return [OfficerInput(
        person=PersonInput(name=r["name"], id_card=r["card"], mobile=r["mobile"],
                           ethnicity=r["ethnicity"]),
        region_id=county[r["village"] or r["town"]], post=r["post"],
        appoint_date=_month(r["appoint"]), latest_training=_month(r["trained"]),
        duty_title=r["duty"]) for r in rows]


def _orm_audit(db: Database, inputs: list[OfficerInput]) -> list[Any]:
    def saves(s: Session) -> None:
        for data in inputs:
            upsert_officer_in(s, data)
        s.flush()

    return bulk_import_audit.form_audit(db, saves)


def _import_audit(db: Database, path: Path) -> list[Any]:
    return bulk_import_audit.import_audit(db, "officers", path)


def test_an_import_audits_each_record_as_the_forms_upsert_does(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    first = _rows(changed=False)
    expected = _orm_audit(db, _inputs(first, county))
    got = _import_audit(db, _sheet(tmp_path / "first.xlsx", first))
    assert got == expected
    # 3 people, 3 posts, 2 attendances, the imported training event (created, then marked
    # imported: an insert and an update, on both paths)
    assert [a[:2] for a in got].count(("insert", "person")) == 3
    assert len(got) == 10

    second = _rows(changed=True)
    expected = _orm_audit(db, _inputs(second, county))
    got = _import_audit(db, _sheet(tmp_path / "second.xlsx", second))
    assert got == expected
    actions = sorted(a[:2] for a in got)
    assert ("update", "info_officer") in actions and ("update", "person") in actions
    # 汪建国's post, 胡明's person, the new 2025.03 event marked imported
    assert len([a for a in got if a[0] == "update"]) == 3
    # Idempotent: the same sheet again changes nothing and writes no audit row.
    assert _import_audit(db, tmp_path / "second.xlsx") == []
