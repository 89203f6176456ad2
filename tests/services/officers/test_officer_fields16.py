"""Issue 16: the 花名册 fields — 民族, 文化程度, 政治面貌, 工作单位, 住址 on the person;
职业技能等级 with its certificate on the post — through the service, the Excel register (headers as
offices write them, round trip) and migration 0019 (values an earlier import kept as extra
fields move into the new columns)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from alembic import command
from officer_helpers import OfficerMaker, make_id_card
from sqlalchemy import select

from emergency_desk.data import migrate
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.data.officers import InfoOfficer, OfficerPost
from emergency_desk.data.people import Person
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.privacy import Privacy
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.views import NO_SKILL_LEVEL, OfficerQuery, OfficerViews
from emergency_desk.services.people import PersonInput


def test_form_values_are_stored_and_a_cleared_field_is_cleared(
        db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    data = officer("汪建国", "古筑村", OfficerPost.A)
    data = replace(data, person=replace(data.person, ethnicity="汉 族", education="大学专科",
                                        political_status="中共党员", employer="古筑村村委会",
                                        address="碧阳镇古筑村上村组 12 号"),
                   skill_level="中级", skill_cert_no="DZ2023-0415",
                   skill_cert_date=date(2023, 6, 30))
    oid = svc.create(data)
    row = OfficerViews(db).list(OfficerQuery())[0]
    assert (row.ethnicity, row.education, row.political_status, row.employer, row.address) == (
        "汉族", "大学专科", "中共党员", "古筑村村委会", "碧阳镇古筑村上村组 12 号")
    assert (row.skill_level, row.skill_cert_no, row.skill_cert_date) == (
        "中级", "DZ2023-0415", date(2023, 6, 30))
    before = svc.input_of(oid)
    svc.update(oid, replace(before, person=replace(before.person, address=""),
                            skill_level=""))
    row = OfficerViews(db).list(OfficerQuery())[0]
    assert row.address is None and row.skill_level is None
    assert row.ethnicity == "汉族"  # untouched fields stay


def test_a_form_that_does_not_show_the_fields_keeps_them(db: Database,
                                                         officer: OfficerMaker) -> None:
    """The team-member form passes a PersonInput without 民族 …: None keeps them."""
    from emergency_desk.services.people import update_person_in

    data = officer("汪建国", "古筑村")
    data = replace(data, person=replace(data.person, ethnicity="回族", address="古筑村"))
    OfficerService(db).create(data)
    with db.begin() as s:
        p = s.scalars(select(Person)).one()
        update_person_in(s, p.id, PersonInput(name="汪建国", mobile=p.mobile,
                                              id_card=p.id_card))
    with db.read() as s:
        p = s.scalars(select(Person)).one()
        assert (p.ethnicity, p.address) == ("回族", "古筑村")


def test_bad_values_are_refused_with_their_field(db: Database, officer: OfficerMaker) -> None:
    data = officer("汪建国", "古筑村")
    with pytest.raises(ValidationFailed) as exc:
        OfficerService(db).create(replace(data, skill_cert_date=date(2099, 1, 1),
                                          person=replace(data.person, ethnicity="汉" * 30)))
    assert set(exc.value.problems) >= {"发证日期", "民族"}


def test_filter_by_skill_level(db: Database, officer: OfficerMaker) -> None:
    svc = OfficerService(db)
    svc.create(replace(officer("甲", "古筑村", OfficerPost.A), skill_level="高级"))
    svc.create(officer("乙", "南屏村"))
    views = OfficerViews(db)
    assert [r.name for r in views.list(OfficerQuery(skill_level="高级"))] == ["甲"]
    assert [r.name for r in views.list(OfficerQuery(skill_level=NO_SKILL_LEVEL))] == ["乙"]


def _sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["黟县碧阳镇灾害信息员花名册"])
    for r in rows:
        ws.append(r)
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    return path


def test_roster_columns_as_offices_write_them_import_and_round_trip(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    card = make_id_card("19800315", 7)
    path = _sheet(tmp_path, [
        ["序号", "乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "民 族", "学历", "政治面貌",
         "工作单位", "家庭住址", "技能等级", "职业技能等级证书编号", "发证时间"],
        [1, "碧阳镇", "古筑村委会", "汪建国", card, 13905591234, "汉族", "大专", "党员",
         "古筑村村委会", "古筑村上村组12号", "四级", "3400123", "2023.6.30"],
        ["填表人：李敏"]])
    result = import_file(db, "officers", path)
    assert result.ok, result.error_lines()
    row = OfficerViews(db).list(OfficerQuery())[0]
    assert (row.ethnicity, row.education, row.political_status, row.address) == (
        "汉族", "大学专科", "中共党员", "古筑村上村组12号")
    assert (row.skill_level, row.skill_cert_no, row.skill_cert_date) == (
        "中级", "3400123", date(2023, 6, 30))
    out = tmp_path / "out.xlsx"
    export_register(db, "officers", out, privacy=Privacy.FULL_ID)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    for name in ("民族", "文化程度", "政治面貌", "工作单位", "住址", "职业技能等级", "证书编号",
                 "发证日期"):
        assert name in header
    again = import_file(db, "officers", out)
    assert again.ok and again.updated == 0 and again.inserted == 0


def test_a_bad_skill_level_names_row_and_column(db: Database, county: dict[str, int],
                                               tmp_path: Path) -> None:
    path = _sheet(tmp_path, [["乡镇", "村(社区)", "姓名", "手机号码", "职业技能等级"],
                             ["碧阳镇", "古筑村", "汪建国", "13905591234", "特级"]])
    result = import_file(db, "officers", path)
    assert not result.ok
    assert any("第 3 行" in line and "职业技能等级" in line and "初级" in line
               for line in result.error_lines())
    with db.read() as s:
        assert s.scalars(select(InfoOfficer)).first() is None


def test_migration_0019_moves_extra_fields_into_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    try:
        from emergency_desk.data.enums import RegionLevel
        from emergency_desk.services.regions.regions import RegionInput, RegionService

        region_id = RegionService(db).create(RegionInput("黟县", RegionLevel.COUNTY))
        with db.engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0016")
    finally:
        db.dispose()
    con = sqlite3.connect(path)
    stamp = "'2024-01-01 00:00:00'"
    con.execute("INSERT INTO person (id, uuid, name, search_key, employer, created_at, "
                f"updated_at, is_deleted, birth_date_month, row_version) VALUES (1, 'p', "
                f"'汪建国', '', '县应急局', {stamp}, {stamp}, 0, 0, 1)")
    extra = {"民 族": "汉族", "学历": "高中", "住址": "碧阳镇", "工作单位": "村委会",
             "技能等级": "初级", "发证日期": "2022年5月1日", "籍贯": "黟县"}
    con.execute("INSERT INTO info_officer (id, uuid, person_id, level, region_id, post, "
                "status, in_national_system, extra, created_at, updated_at, is_deleted, "
                f"appoint_date_month, row_version) VALUES (1, 'o', 1, 'county', ?, 'single', "
                f"'active', 0, ?, {stamp}, {stamp}, 0, 0, 1)",
                (region_id, json.dumps(extra, ensure_ascii=False)))
    con.commit()
    con.close()
    db = open_database(path)
    try:
        with db.read() as s:
            p = s.get(Person, 1)
            o = s.get(InfoOfficer, 1)
            assert p is not None and o is not None
            assert (p.ethnicity, p.education, p.address) == ("汉族", "高中", "碧阳镇")
            assert p.employer == "县应急局"  # a different value already there: extra keeps its
            assert (o.skill_level, o.skill_cert_date) == ("初级", date(2022, 5, 1))
            assert json.loads(o.extra or "{}") == {"工作单位": "村委会", "籍贯": "黟县"}
    finally:
        db.dispose()
