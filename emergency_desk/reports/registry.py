"""The report catalogue and the one entry point that writes a report file.

`generate_report` checks the name and the region before it touches any file, then writes the PDF
under a temporary name beside the target and renames it: a full disk, a pulled USB stick or a
crash leaves either the complete new report or the old file, never half a PDF.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from emergency_desk.data.db import Database
from emergency_desk.errors import EnvironmentProblem, UsageError
from emergency_desk.i18n import t
from emergency_desk.reports import (
    alerts,
    duty,
    library,
    managers,
    network,
    officers,
    plans,
    regions,
    replenishment,
    resources,
    summary,
    supplies,
    supplies_sheets,
    teams,
    trainings,
)
from emergency_desk.reports.pdf import full_ids
from emergency_desk.reports.scope import resolve_region

BuildFn = Callable[[Database, Path, str | None], Path]
# Reports over a period (`--period 2026-Q1`) take its text as a fourth argument.
PeriodBuildFn = Callable[[Database, Path, str | None, str | None], Path]


@dataclass(frozen=True)
class ReportSpec:
    """A printable report: `build(db, out, region)` writes the PDF to `out` and returns it.

    `region` is the user's --region text (name or 区划代码) or None; builders resolve it with
    scope.resolve_region.
    """

    name: str
    title_zh: str
    columns_zh: tuple[str, ...]
    build: BuildFn
    build_period: PeriodBuildFn | None = None  # set by reports that take --period
    # build(db, out, region, event=...) for a report about one training (--event).
    event_build: Callable[[Database, Path, str | None, str | None], Path] | None = None

    @property
    def title(self) -> str:
        return t(self.title_zh)


REPORTS: dict[str, ReportSpec] = {}


def register_report(spec: ReportSpec) -> ReportSpec:
    """Add a report to the catalogue (the calls below; services/registry.py names the same
    reports under their register, and tests/services/test_registry.py fails when they differ)."""
    REPORTS[spec.name] = spec
    return spec


register_report(ReportSpec("regions", regions.TITLE, regions.COLUMNS, regions.build))
register_report(ReportSpec("alerts", alerts.TITLE, alerts.COLUMNS, alerts.build))
register_report(ReportSpec("officers", officers.TITLE, officers.COLUMNS, officers.build))
register_report(ReportSpec("training-signin", trainings.SIGNIN_TITLE, trainings.SIGNIN_COLUMNS,
                           trainings.build_signin_report,
                           event_build=trainings.build_signin_report))
register_report(ReportSpec("training-rate", trainings.RATE_TITLE, trainings.RATE_COLUMNS,
                           trainings.build_rate))
register_report(ReportSpec("teams", teams.TEAMS_TITLE, teams.TEAMS_COLUMNS, teams.build_teams))
register_report(ReportSpec("members", teams.MEMBERS_TITLE, teams.MEMBERS_COLUMNS,
                           teams.build_members))
register_report(ReportSpec("equipment", teams.EQUIPMENT_TITLE, teams.EQUIPMENT_COLUMNS,
                           teams.build_equipment))
register_report(ReportSpec("plans", plans.PLANS_TITLE, plans.PLANS_COLUMNS, plans.build_plans))
register_report(ReportSpec("drills", plans.DRILLS_TITLE, plans.DRILLS_COLUMNS,
                           plans.build_drills))
register_report(ReportSpec("six", plans.SIX_TITLE, plans.SIX_COLUMNS, plans.build_six))
register_report(ReportSpec("stock", supplies.STOCK_TITLE, supplies.STOCK_COLUMNS,
                           supplies.build_stock))
register_report(ReportSpec("expiry", supplies.EXPIRY_TITLE, supplies.EXPIRY_COLUMNS,
                           supplies.build_expiry))
register_report(ReportSpec("replenishment", replenishment.TITLE, replenishment.COLUMNS,
                           replenishment.build))
register_report(ReportSpec("agreements", supplies_sheets.AGREEMENTS_TITLE,
                           supplies_sheets.AGREEMENTS_COLUMNS, supplies_sheets.build_agreements))
register_report(ReportSpec("duty", duty.DUTY_TITLE, duty.DUTY_COLUMNS, duty.build_duty))
register_report(ReportSpec("leaders", duty.LEADERS_TITLE, duty.LEADERS_COLUMNS,
                           duty.build_leaders))
register_report(ReportSpec("managers", managers.TITLE, managers.COLUMNS, managers.build))
register_report(ReportSpec("shelters", resources.SHELTERS_TITLE, resources.SHELTERS_COLUMNS,
                           resources.build_shelters))
register_report(ReportSpec("hazards", resources.HAZARDS_TITLE, resources.HAZARDS_COLUMNS,
                           resources.build_hazards))
register_report(ReportSpec("contacts", network.CONTACTS_TITLE, network.CONTACTS_COLUMNS,
                           network.build_contacts))
register_report(ReportSpec("experts", network.EXPERTS_TITLE, network.EXPERTS_COLUMNS,
                           network.build_experts))
register_report(ReportSpec("regulations", library.REGULATIONS_TITLE,
                           library.REGULATIONS_COLUMNS, library.build_regulations))
register_report(ReportSpec("cases", library.CASES_TITLE, library.CASES_COLUMNS,
                           library.build_cases))
register_report(ReportSpec("summary", summary.TITLE, summary.COLUMNS,
                           lambda db, out, region: summary.build(db, out, region),
                           build_period=summary.build))


def _write_problem(exc: OSError, out: Path) -> EnvironmentProblem:
    if exc.errno == errno.ENOSPC:
        return EnvironmentProblem(
            t("磁盘空间不足，报表 {path} 没有保存。请清理磁盘或换一个保存位置。", path=out))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return EnvironmentProblem(t(
            "没有权限写入 {path}。如果这个文件正在 PDF 阅读器中打开，请先关闭再试；"
            "否则请换一个保存位置。", path=out))
    return EnvironmentProblem(t("无法写入报表 {path}：{err}", path=out,
                                err=exc.strerror or exc))


def generate_report(db: Database, name: str, out: Path | str,
                    region: str | None = None, event: str | None = None,
                    period: str | None = None, *, full_id: bool = False) -> Path:
    """Write report `name` to `out` (a .pdf path) and return the path written.

    `full_id` prints 身份证号 whole (default masked, docs/domain.md section 5).

    Raises UsageError (unknown report), InputRejected (unknown region; nothing written) or
    EnvironmentProblem (folder missing, no permission, disk full).
    """
    spec = REPORTS.get(name)
    if spec is None:
        raise UsageError(t("没有名为“{name}”的报表。可用的报表：{names}", name=name,
                           names="、".join(sorted(REPORTS))))
    if event is not None and spec.event_build is None:
        raise UsageError(t("--event 只用于培训签到表（training-signin），报表“{name}”不需要。",
                           name=name))
    resolve_region(db, region)  # reject a bad --region before any file is touched
    if period is not None:
        if spec.build_period is None:
            raise UsageError(t("报表“{name}”不按时段生成，请去掉 --period。", name=name))
        from emergency_desk.services.summary.period import parse_period

        parse_period(period)  # reject a bad --period before any file is touched
    out = Path(out)
    if out.is_dir():
        raise EnvironmentProblem(t("{path} 是一个文件夹，请给出报表文件名（如 报表.pdf）。",
                                   path=out))
    if not out.parent.is_dir():
        raise EnvironmentProblem(t("文件夹 {path} 不存在，报表没有保存。", path=out.parent))
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with full_ids(full_id):
            if event is not None and spec.event_build is not None:
                spec.event_build(db, tmp, region, event)
            elif spec.build_period is not None:
                spec.build_period(db, tmp, region, period)
            else:
                spec.build(db, tmp, region)
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise _write_problem(exc, out) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return out
