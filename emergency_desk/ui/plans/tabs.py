"""Pieces the 应急预案 page's tabs share: alert tints, township filter, Excel and PDF actions."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.services.checks import Severity, rules
from emergency_desk.services.checks.by_record import RecordAlerts, alerts_by_record
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.ui import workers
from emergency_desk.ui.widgets import register_page
from emergency_desk.ui.widgets.register_page import RegisterPage
from emergency_desk.ui.widgets.table_model import TINT_ORANGE, TINT_RED, RowStyle
from emergency_desk.ui.widgets.township_list import townships_this_turn

Alerts = RecordAlerts


def plan_alerts(db: Database, table: str) -> Alerts:
    """The plan rules' alerts on records of `table`, worst severity first, by record id."""
    ids = [r.id for r in rules() if r.register == "plans"]
    return alerts_by_record(db, ids, (table,))[table]


def alert_style(alerts: Alerts, record_id: int) -> RowStyle | None:
    alert = alerts.get(record_id)
    if alert is None:
        return None
    tint = TINT_RED if alert[0] == Severity.RED else TINT_ORANGE
    return RowStyle(tint, tooltip="\n".join(alert[1]))


def township_combo(db: Database, all_label: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName("township_filter")
    box.setMinimumContentsLength(8)
    box.addItem(all_label, None)
    for r in townships_this_turn(db):
        box.addItem(r.name, r.id)
    return box


def import_register(page: RegisterPage, db: Database, register: str) -> bool:
    from emergency_desk.ui.widgets.import_wizard import ImportWizard

    wizard = ImportWizard(db, register, page)
    wizard.exec()
    return bool(wizard.committed)


def export_register(page: RegisterPage, db: Database, register: str,
                    title: str) -> workers.Task | None:
    from emergency_desk.io.exporter import export_register as export

    stamp = datetime.now().strftime("%Y%m%d")
    path = register_page.ask_save_path(page, page.tr("导出"), t("{title}_{d}.xlsx",
                                                                 title=title, d=stamp))
    if path is None:
        return None
    path = path.with_suffix(".xlsx")
    return workers.run_task(page, page.tr("正在导出…"),
                            lambda progress: export(db, register, path, progress),
                            lambda n: register_page.inform(page, page.tr("导出完成"), t(
                                "已导出 {n} 条到 {path}", n=n, path=path)))


def save_template(page: RegisterPage, register: str, title: str) -> workers.Task | None:
    from emergency_desk.io.template import write_template

    path = register_page.ask_save_path(page, page.tr("保存导入模板"),
                                       t("{title}导入模板.xlsx", title=title))
    if path is None:
        return None
    path = path.with_suffix(".xlsx")
    return workers.run_task(page, page.tr("正在生成模板…"),
                            lambda _p: write_template(register, path),
                            lambda _r: register_page.inform(page, page.tr("模板已保存"),
                                                            str(path)))


def print_report(page: RegisterPage, db: Database, report: str, title: str,
                 region_id: int | None, view: tuple[Any, list[str]] | None = None
                 ) -> workers.Task:
    """Write `report` for the page's township; with `view` (the page's query and the names of
    its filters) only the rows the page shows, named in the header's 统计范围."""
    from emergency_desk.reports.registry import generate_report

    region = None
    if region_id is not None:
        r = RegionService(db).get(region_id)
        region = r.code or r.name
    stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
    out: Path = register_page.documents_dir() / t("{title}_{s}.pdf", title=title, s=stamp)
    def build(_progress: Any) -> Path:
        return generate_report(db, report, out, region)

    run = build if view is None else register_page.filtered(view[0], view[1], build)
    return workers.run_task(page, page.tr("正在生成报表…"), run,
                            lambda path: register_page.open_file(path))
