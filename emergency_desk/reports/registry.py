"""The report catalogue and the one entry point that writes a report file.

`generate_report` checks the name and the region before it touches any file, then writes the PDF
under a temporary name beside the target and renames it: a full disk, a pulled USB stick or a
crash leaves either the complete new report or the old file, never half a PDF.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import uuid
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emergency_desk.data.collector import few_collections
from emergency_desk.data.db import Database
from emergency_desk.errors import EnvironmentProblem, UsageError
from emergency_desk.i18n import t
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


class _Catalogue(MutableMapping[str, ReportSpec]):
    """The reports by name, each module imported only when its report is first looked up.

    `report officers` then imports the officers report and what it uses, not matplotlib and
    the other twenty modules (≈0.3 s of every command's start-up, issue 20); listing the
    catalogue (the reports page) imports them all, as before.
    """

    def __init__(self) -> None:
        self._entries: dict[str, ReportSpec | Callable[[], ReportSpec]] = {}

    def __getitem__(self, name: str) -> ReportSpec:
        entry = self._entries[name]
        if not isinstance(entry, ReportSpec):
            entry = self._entries[name] = entry()
        return entry

    def __setitem__(self, name: str, spec: ReportSpec | Callable[[], ReportSpec]) -> None:
        self._entries[name] = spec

    def __delitem__(self, name: str) -> None:
        del self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries


REPORTS = _Catalogue()


def register_report(spec: ReportSpec) -> ReportSpec:
    """Add a report to the catalogue (the calls below; services/registry.py names the same
    reports under their register, and tests/services/test_registry.py fails when they differ)."""
    REPORTS[spec.name] = spec
    return spec


def _lazy(name: str, module: str, title: str, columns: str, build: str, *,
          period: str | None = None, event: str | None = None) -> None:
    """Register report `name`, whose title, columns and builders are attributes of
    emergency_desk.reports.<module>, imported on the first look-up."""

    def load() -> ReportSpec:
        mod: Any = importlib.import_module(f"emergency_desk.reports.{module}")
        return ReportSpec(name, getattr(mod, title), getattr(mod, columns), getattr(mod, build),
                          build_period=getattr(mod, period) if period else None,
                          event_build=getattr(mod, event) if event else None)

    REPORTS[name] = load


_lazy("regions", "regions", "TITLE", "COLUMNS", "build")
_lazy("alerts", "alerts", "TITLE", "COLUMNS", "build")
_lazy("officers", "officers", "TITLE", "COLUMNS", "build")
_lazy("training-signin", "trainings", "SIGNIN_TITLE", "SIGNIN_COLUMNS", "build_signin_report",
      event="build_signin_report")
_lazy("training-rate", "trainings", "RATE_TITLE", "RATE_COLUMNS", "build_rate")
_lazy("teams", "teams", "TEAMS_TITLE", "TEAMS_COLUMNS", "build_teams")
_lazy("members", "teams", "MEMBERS_TITLE", "MEMBERS_COLUMNS", "build_members")
_lazy("equipment", "teams", "EQUIPMENT_TITLE", "EQUIPMENT_COLUMNS", "build_equipment")
_lazy("plans", "plans", "PLANS_TITLE", "PLANS_COLUMNS", "build_plans")
_lazy("drills", "plans", "DRILLS_TITLE", "DRILLS_COLUMNS", "build_drills")
_lazy("six", "plans", "SIX_TITLE", "SIX_COLUMNS", "build_six")
_lazy("stock", "supplies", "STOCK_TITLE", "STOCK_COLUMNS", "build_stock")
_lazy("expiry", "supplies", "EXPIRY_TITLE", "EXPIRY_COLUMNS", "build_expiry")
_lazy("replenishment", "replenishment", "TITLE", "COLUMNS", "build")
_lazy("agreements", "supplies_sheets", "AGREEMENTS_TITLE", "AGREEMENTS_COLUMNS",
      "build_agreements")
_lazy("duty", "duty", "DUTY_TITLE", "DUTY_COLUMNS", "build_duty")
_lazy("leaders", "duty", "LEADERS_TITLE", "LEADERS_COLUMNS", "build_leaders")
_lazy("managers", "managers", "TITLE", "COLUMNS", "build")
_lazy("shelters", "resources", "SHELTERS_TITLE", "SHELTERS_COLUMNS", "build_shelters")
_lazy("hazards", "resources", "HAZARDS_TITLE", "HAZARDS_COLUMNS", "build_hazards")
_lazy("contacts", "network", "CONTACTS_TITLE", "CONTACTS_COLUMNS", "build_contacts")
_lazy("experts", "network", "EXPERTS_TITLE", "EXPERTS_COLUMNS", "build_experts")
_lazy("regulations", "library", "REGULATIONS_TITLE", "REGULATIONS_COLUMNS", "build_regulations")
_lazy("cases", "library", "CASES_TITLE", "CASES_COLUMNS", "build_cases")
# summary.build(db, out, region, period=None) serves both the plain and the --period call.
_lazy("summary", "summary", "TITLE", "COLUMNS", "build", period="build")


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
        with full_ids(full_id), few_collections():
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
