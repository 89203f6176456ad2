"""应急联络网 (K1 with its setting, 标记已核实) and 专家库: service, Excel, PDF, page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.resources import ContactCategory, ExpertSource
from emergency_desk.errors import ValidationFailed
from emergency_desk.io.exporter import export_register
from emergency_desk.io.importer import import_file
from emergency_desk.reports.registry import generate_report
from emergency_desk.services.checks import run_checks
from emergency_desk.services.resources.contacts import ContactInput, ContactService
from emergency_desk.services.resources.experts import ExpertInput, ExpertService
from emergency_desk.services.settings import SettingsService
from tests.session_day import SESSION_DAY

# The program's clock reads SESSION_DAY too (the fixture): a run crossing midnight had judged
# 还早 (31 days ahead of a TODAY read the day before) as expiring within 30 days.
TODAY = SESSION_DAY
pytestmark = pytest.mark.usefixtures("on_session_day")


def test_k1_and_verifying(db: Database, county: dict[str, int]) -> None:
    svc = ContactService(db)
    fresh = svc.save(ContactInput("县水利局", "汪成林", ContactCategory.DEPARTMENT,
                                  office_phone="0559-5521110",
                                  last_verified=TODAY - timedelta(days=30)))
    old = svc.save(ContactInput("县气象局", "谢慧", ContactCategory.DEPARTMENT,
                                mobile="13955910001", last_verified=TODAY - timedelta(days=250)))
    never = svc.save(ContactInput("碧阳镇人民政府", "程明", ContactCategory.TOWNSHIP,
                                  region_id=county["碧阳镇"], mobile="13955910002"))
    alerts = {a.record_id: a for a in run_checks(db, only={"K1"})}
    assert set(alerts) == {old, never}
    assert alerts[never].message == "从未核实" and alerts[never].region == "碧阳镇"
    assert "已超过 6 个月" in alerts[old].message
    SettingsService(db).set("contact_verify_months", 12)
    assert {a.record_id for a in run_checks(db, only={"K1"})} == {never}
    assert svc.verify([never]) == 1
    assert run_checks(db, only={"K1"}) == []
    assert fresh in {c.id for c in svc.list(category=ContactCategory.DEPARTMENT)}
    assert [c.id for c in svc.list(township_id=county["碧阳镇"])] == [never]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ContactInput("县消防救援大队", "方勇"))
    assert "至少填写一个" in exc.value.problems["手机号码"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ContactInput("县水利局", "汪成林", mobile="13955910003"))
    assert "已有" in exc.value.problems["联系人"]


def test_experts_are_people(db: Database, county: dict[str, int]) -> None:
    svc = ExpertService(db)
    eid = svc.save(ExpertInput("胡建国", "13955910001", "县水利局", "水利工程", "高级工程师",
                               "防汛抗旱"))
    svc.save(ExpertInput("叶丽华", "13955910004", group="医疗卫生", available=False,
                         source=ExpertSource.CITY))
    assert sorted(svc.groups()) == sorted(["医疗卫生", "防汛抗旱"])
    assert [e.name for e in svc.list(available_only=True)] == ["胡建国"]
    assert [e.name for e in svc.list(search="hjg")] == ["胡建国"]  # pinyin initials
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ExpertInput("胡建国", "139 5591 0001"))
    assert "已在专家库中" in exc.value.problems["姓名"]
    with pytest.raises(ValidationFailed) as exc:
        svc.save(ExpertInput("", "123"))
    assert set(exc.value.problems) == {"姓名", "手机号码"}
    row = svc.get(eid)
    assert row is not None and row.group == "防汛抗旱"


def test_excel_and_reports(db: Database, county: dict[str, int], tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["黟县应急管理工作联络网（2026年）"])
    ws.append(["序号", "分类", "单位名称", "乡镇", "职责", "姓名", "座机", "手机", "核对日期"])
    ws.append([1, "部门", "县水利局", None, "分管副局长", "汪成林", "0559-5521110", None,
               "2026.6.1"])
    ws.append([2, "乡镇(街道)", "碧阳镇人民政府", "碧阳镇", "值班室", "程明", 5595521234,
               13955910002, None])
    ws.append(["注：号码如有变动请及时告知县应急管理局"])
    path = tmp_path / "contacts.xlsx"
    wb.save(path)
    result = import_file(db, "contacts", path)
    assert result.ok, [e.format() for e in result.errors]
    rows = ContactService(db).list()
    assert [(c.unit, c.category, c.office_phone) for c in rows] == [
        ("县水利局", ContactCategory.DEPARTMENT, "0559-5521110"),
        ("碧阳镇人民政府", ContactCategory.TOWNSHIP, "0559-5521234")]
    ExpertService(db).save(ExpertInput("胡建国", "13955910001", "县水利局", "水利工程",
                                       group="防汛抗旱"))
    for register in ("contacts", "experts"):
        out = tmp_path / f"{register}.xlsx"
        export_register(db, register, out)
        back = import_file(db, register, out)
        assert back.ok and back.inserted == back.updated == 0, register
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "contacts", tmp_path / "c.pdf")).pages)
    assert "应急联络网通讯录" in text and "碧阳镇人民政府" in text and "未核实" in text
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(
        generate_report(db, "experts", tmp_path / "e.pdf")).pages)
    assert "防汛抗旱" in text and "胡建国" in text and "水利工程" in text


def test_network_page_marks_verified(qtbot: Any, db: Database, county: dict[str, int]) -> None:
    from PySide6.QtCore import Qt

    from emergency_desk.ui.resources.network_page import NetworkPage

    cid = ContactService(db).save(ContactInput("县气象局", "谢慧", mobile="13955910001"))
    page = NetworkPage(db)
    qtbot.addWidget(page)
    m = page.contacts.model
    assert m is not None and m.total_count() == 1
    assert "K1" in (m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole) or "")
    assert page.show_record("contact_entry", cid)
    page.contacts.mark_verified()
    row = ContactService(db).get(cid)
    assert row is not None and row.last_verified == TODAY
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["应急联络网", "专家库"]
