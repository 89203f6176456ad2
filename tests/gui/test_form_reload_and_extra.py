"""A record's form: its 其他信息 (extra fields kept from an imported sheet) can be changed, added
and removed, and are saved in the record's own transaction with an audit row (issue 13); a
save over a record another program saved meanwhile offers 重新载入, which brings the stored
values into the open dialog and says what changed, after which the save goes through
(issue 18, point 11)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.migrate import open_database
from emergency_desk.data.models import AuditLog, Region
from emergency_desk.services.regions.regions import RegionInput, RegionService
from emergency_desk.ui.regions.dialog import make_region_dialog

pytestmark = pytest.mark.gui


def _county(db: Database, extra: dict[str, str] | None = None) -> int:
    rid = RegionService(db).create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000",
                                               population=90000))
    if extra is not None:
        with db.begin() as s:
            region = s.get(Region, rid)
            assert region is not None
            region.extra = json.dumps(extra, ensure_ascii=False)
    return rid


def _elsewhere(db_path: Path, region_id: int, **changes: Any) -> None:
    """Another program (its own connection, its own thread) saving the same region."""
    def run() -> None:
        other = open_database(db_path)
        try:
            svc = RegionService(other)
            row = svc.get(region_id)
            data = RegionInput(row.name, RegionLevel(row.level), code=row.code,
                               population=row.population, main_hazards=row.main_hazards,
                               remark=row.remark)
            for key, value in changes.items():
                setattr(data, key, value)
            svc.update(region_id, data)
        finally:
            other.dispose()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()


def _stored(db: Database, rid: int) -> Region:
    with db.read() as s:
        region = s.get(Region, rid)
        assert region is not None
        return region


def test_extra_fields_are_edited_added_removed_and_saved_with_the_record(
        qtbot: Any, db: Database) -> None:
    rid = _county(db, {"联系人": "汪主任", "传真": "0559-5512345"})
    dialog = make_region_dialog(db, rid)
    qtbot.addWidget(dialog)
    box = dialog.extra_box
    assert box is not None and box.values() == {"联系人": "汪主任", "传真": "0559-5512345"}
    box.table.item(0, 1).setText("程主任")  # change a value
    box.table.setCurrentCell(1, 0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)  # remove 传真
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)  # add a field
    box.table.item(1, 0).setText("邮编")
    box.table.item(1, 1).setText("245500")
    dialog.set_value("人口", 91000)
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.banner.text()
    region = _stored(db, rid)
    assert parse_extra(region.extra) == {"联系人": "程主任", "邮编": "245500"}
    assert region.population == 91000
    with db.read() as s:
        changes = [json.loads(c) for c in s.scalars(select(AuditLog.changes).where(
            AuditLog.table_name == "region", AuditLog.record_id == rid,
            AuditLog.action == "update"))]
    assert any("extra" in c for c in changes) and any("population" in c for c in changes)


def test_a_field_name_given_twice_is_refused_in_the_form(qtbot: Any, db: Database) -> None:
    rid = _county(db, {"联系人": "汪主任"})
    dialog = make_region_dialog(db, rid)
    qtbot.addWidget(dialog)
    assert dialog.extra_box is not None
    dialog.extra_box.add_field("联系人", "程主任")
    dialog.try_accept()
    assert "出现了两次" in dialog.banner.text() and dialog.result() == 0
    assert parse_extra(_stored(db, rid).extra) == {"联系人": "汪主任"}


def test_extra_fields_are_not_saved_when_the_record_save_is_refused(
        qtbot: Any, db: Database, db_path: Path) -> None:
    """Same transaction: a refused save (another program saved first) keeps neither."""
    rid = _county(db, {"联系人": "汪主任"})
    dialog = make_region_dialog(db, rid)
    qtbot.addWidget(dialog)
    _elsewhere(db_path, rid, population=92000)
    assert dialog.extra_box is not None
    dialog.extra_box.add_field("邮编", "245500")
    dialog.try_accept()
    assert "记录已被他人修改" in dialog.banner.text()
    assert parse_extra(_stored(db, rid).extra) == {"联系人": "汪主任"}


def test_reload_after_someone_else_saved_then_save_goes_through(
        qtbot: Any, db: Database, db_path: Path) -> None:
    rid = _county(db)
    dialog = make_region_dialog(db, rid)
    qtbot.addWidget(dialog)
    assert not dialog.reload_button.isVisibleTo(dialog)
    _elsewhere(db_path, rid, population=91000, remark="人口按2024年统计")
    dialog.set_value("主要灾种", "山洪")
    dialog.try_accept()
    assert "记录已被他人修改" in dialog.banner.text() and "重新载入" in dialog.banner.text()
    assert dialog.reload_button.isVisibleTo(dialog)
    assert dialog.result() == 0  # still open, nothing written
    assert _stored(db, rid).main_hazards is None

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.value("人口") == 91000 and dialog.value("备注") == "人口按2024年统计"
    text = dialog.banner.text()
    assert "他人修改了" in text and "人口" in text and "备注" in text and "主要灾种" not in text
    assert not dialog.reload_button.isVisibleTo(dialog)
    assert dialog.value("主要灾种") in ("", None)  # the stored value: her edit is re-applied

    dialog.set_value("主要灾种", "山洪")
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.banner.text()
    region = _stored(db, rid)
    assert (region.population, region.remark, region.main_hazards) == (
        91000, "人口按2024年统计", "山洪")
