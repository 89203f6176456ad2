"""Excel registers `quotas` (储备定额) and `agreements` (协议储备, one row per goods line):
templates with drop-downs, import as offices write them, bad rows named by row and column,
export → import changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, select

from emergency_desk.data.models import AuditLog
from emergency_desk.data.supplies import AgreementLine, AgreementReserve, StockQuota
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.io.template import write_template
from tests.services.supplies.conftest import Depot

QUOTA_HEADER = ["仓库", "物资名称", "规格型号", "最低储备", "标准储备", "依据", "人均定额",
                "依赖协议储备", "备注"]
AGREEMENT_HEADER = ["协议单位", "协议编号", "所属区划", "起始日期", "截止日期", "联系人",
                    "联系电话", "响应时限(小时)", "物资名称", "规格型号", "协议数量", "备注"]


def xlsx(tmp_path: Path, rows: Sequence[Sequence[Any]], name: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(list(r))
    path = tmp_path / name
    wb.save(path)
    return path


def state(depot: Depot) -> tuple[Any, ...]:
    with depot.db.read() as s:
        quotas = s.execute(select(StockQuota.warehouse_id, StockQuota.item_id,
                                  StockQuota.min_qty, StockQuota.target_qty, StockQuota.basis,
                                  StockQuota.relies_on_agreement)
                           .where(StockQuota.is_deleted.is_(False))
                           .order_by(StockQuota.id)).all()
        agreements = s.execute(select(AgreementReserve.supplier, AgreementReserve.contract_no,
                                      AgreementReserve.region_id, AgreementReserve.end_date,
                                      AgreementReserve.phone, AgreementReserve.response_hours)
                               .where(AgreementReserve.is_deleted.is_(False))
                               .order_by(AgreementReserve.id)).all()
        lines = s.execute(select(AgreementLine.agreement_id, AgreementLine.item_id,
                                 AgreementLine.agreed_qty)
                          .where(AgreementLine.is_deleted.is_(False))
                          .order_by(AgreementLine.id)).all()
        audits = s.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action != "export"))  # an export is logged (issue 18), changes nothing
    return [tuple(r) for r in quotas], [tuple(r) for r in agreements], \
        [tuple(r) for r in lines], audits


def test_templates_have_the_columns_and_drop_downs(tmp_path: Path) -> None:
    for register, header in (("quotas", QUOTA_HEADER), ("agreements", AGREEMENT_HEADER)):
        out = tmp_path / f"{register}.xlsx"
        write_template(register, out)
        ws = openpyxl.load_workbook(out).worksheets[0]
        row = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == header[0])
        assert list(row[:len(header)]) == header
    ws = openpyxl.load_workbook(tmp_path / "quotas.xlsx").worksheets[0]
    assert any('"是,否"' in (dv.formula1 or "") for dv in ws.data_validations.dataValidation)


def test_quotas_import_as_written_and_reimport(depot: Depot, tmp_path: Path) -> None:
    path = xlsx(tmp_path, [
        ["储备定额表"],
        ["仓库名称", "物资", "规格", "最低储备量", "标准储备量", "定额依据", "备注"],
        ["县级救灾物资储备库", "救灾帐篷", "12平方米单帐篷", "100", 150, "县储备计划", None],
        ["碧阳镇应急物资储备点", "瓶装饮用水", None, 50, None, None, "及用及补"],
    ], "quotas.xlsx")
    result = import_file(depot.db, "quotas", path)
    assert result.error_lines() == [] and result.inserted == 2
    quotas, *_ = state(depot)
    assert quotas == [(depot.county_wh, depot.tent, 100.0, 150.0, "县储备计划", False),
                      (depot.town_wh, depot.water, 50.0, None, None, False)]
    before = state(depot)
    again = import_file(depot.db, "quotas", path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert state(depot) == before


def test_bad_quota_rows_named_by_row_and_column(depot: Depot, tmp_path: Path) -> None:
    path = xlsx(tmp_path, [
        QUOTA_HEADER,
        ["县级救灾物资储备库", "救灾帐蓬", None, 10, None, None, None, None, None],
        ["不存在的库", "救生衣", None, 10, None, None, None, None, None],
        ["县级救灾物资储备库", "救生衣", None, 10, 5, None, None, "也许", None],
    ], "bad.xlsx")
    before = state(depot)
    result = import_file(depot.db, "quotas", path)
    lines = result.error_lines()
    assert lines[0].startswith("第 2 行 [物资名称]: 找不到物资“救灾帐蓬”")
    assert "救灾帐篷" in lines[0]  # the closest known item
    assert lines[1].startswith("第 3 行 [仓库]: 找不到仓库“不存在的库”")
    assert lines[2].startswith("第 4 行 [依赖协议储备]")
    assert state(depot) == before


def test_agreements_group_goods_lines_and_round_trip(depot: Depot, tmp_path: Path) -> None:
    path = xlsx(tmp_path, [
        ["协议储备单位名录"],
        AGREEMENT_HEADER,
        ["黟县惠民超市", "XY-2025-01", "碧阳镇", "2025-01-01", "2027.12.31", "汪经理",
         "0559-5521234", 4, "瓶装饮用水", "550ml×24瓶", 2000, None],
        ["黟县惠民超市", "XY-2025-01", "碧阳镇", "2025-01-01", "2027.12.31", "汪经理",
         "0559-5521234", 4, "救灾帐篷", None, "300", None],
        ["宏村建材商行", None, None, None, "2026-12-31", None, 13905591234, None,
         "救生衣", "成人款", 50, "代储"],
    ], "agreements.xlsx")
    result = import_file(depot.db, "agreements", path)
    assert result.error_lines() == [] and result.inserted == 2
    _, agreements, lines, _ = state(depot)
    assert agreements[0] == ("黟县惠民超市", "XY-2025-01", depot.regions["碧阳镇"],
                             date(2027, 12, 31), "0559-5521234", 4.0)
    assert agreements[1][:2] == ("宏村建材商行", None)
    assert sorted((i, q) for _, i, q in lines) == sorted(
        [(depot.water, 2000.0), (depot.tent, 300.0), (depot.jacket, 50.0)])

    before = state(depot)
    out = tmp_path / "export.xlsx"
    assert export_register(depot.db, "agreements", out) == 3  # one row per goods line
    again = import_file(depot.db, "agreements", out)
    assert again.error_lines() == [] and (again.inserted, again.updated) == (0, 0)
    assert state(depot) == before
    out_q = tmp_path / "quotas_export.xlsx"
    export_register(depot.db, "quotas", out_q)
    assert import_file(depot.db, "quotas", out_q).ok


def test_agreement_lines_that_disagree_are_refused(depot: Depot, tmp_path: Path) -> None:
    path = xlsx(tmp_path, [
        AGREEMENT_HEADER,
        ["黟县惠民超市", "XY-1", None, None, "2027-12-31", None, None, None, "瓶装饮用水",
         None, 20, None],
        ["黟县惠民超市", "XY-1", None, None, "2028-12-31", None, None, None, "救灾帐篷",
         None, 5, None],
        ["黟县惠民超市", "XY-1", None, None, None, None, None, None, None, None, 5, None],
    ], "bad_agreements.xlsx")
    before = state(depot)
    result = import_file(depot.db, "agreements", path)
    assert result.error_lines() == [
        "第 3 行 [截止日期]: 与第 2 行（同一协议）填写的不一致：“2027-12-31”与“2028-12-31”",
        "第 4 行 [物资名称]: 填写了协议数量，请同时填写物资名称"]
    assert state(depot) == before


def test_an_agreement_phone_from_the_form_is_kept_as_the_import_keeps_it(depot: Depot) -> None:
    """The form stored 电话 as typed while the import tidied and checked it: the same number
    was two different texts, and a wrong one went in unremarked."""
    import pytest

    from emergency_desk.errors import ValidationFailed
    from emergency_desk.services.supplies.quota import AgreementInput, QuotaService

    quotas = QuotaService(depot.db)
    aid = quotas.save_agreement(AgreementInput(
        "黟县百货超市", "XY-2025-01", depot.regions["碧阳镇"], date(2025, 7, 1),
        date(2027, 6, 30), "程海涛", "０５５９ ５５２１１１０", 12, [(depot.water, 500)]))
    with depot.db.read() as s:
        assert s.get(AgreementReserve, aid).phone == "0559-5521110"  # type: ignore[union-attr]
    quotas.save_agreement(AgreementInput(
        "黟县百货超市", "XY-2025-01", depot.regions["碧阳镇"], date(2025, 7, 1),
        date(2027, 6, 30), "程海涛", "139 0559 1234", 12, [(depot.water, 500)]), aid)
    with depot.db.read() as s:
        assert s.get(AgreementReserve, aid).phone == "13905591234"  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as info:
        quotas.save_agreement(AgreementInput(
            "黟县百货超市", "XY-2025-01", depot.regions["碧阳镇"], date(2025, 7, 1),
            date(2027, 6, 30), "程海涛", "5521", 12, [(depot.water, 500)]), aid)
    assert "5521" in info.value.problems["电话"]
    with depot.db.read() as s:
        assert s.get(AgreementReserve, aid).phone == "13905591234"  # type: ignore[union-attr]
