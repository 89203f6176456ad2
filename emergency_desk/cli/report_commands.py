"""Commands that read and judge: `report` (PDF) and `check` (the alert list, or --json).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emergency_desk.cli.console import open_db, out
from emergency_desk.errors import EXIT_OK, UsageError
from emergency_desk.i18n import t

if TYPE_CHECKING:
    from emergency_desk.data.location import Target


def cmd_report(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.reports.registry import REPORTS, generate_report

    if args.report not in REPORTS:
        raise UsageError(t("没有名为“{name}”的报表。可用的报表：{names}", name=args.report,
                           names="、".join(sorted(REPORTS))))
    db = open_db(db_path)
    try:
        if args.full_id:  # where roles are on, whole ID numbers are an administrator's call
            from emergency_desk.data import access

            access.require_admin(db, t("打印完整身份证号"))
        written = generate_report(db, args.report, Path(args.out).expanduser(), args.region,
                              event=args.event, period=args.period,
                              full_id=args.full_id)
    finally:
        db.dispose()
    out(t("报表已保存：{path}", path=written))
    return EXIT_OK


def alert_objects(alerts: Sequence[Any]) -> list[dict[str, str]]:
    """The `check --json` shape (docs/design.md §2)."""
    return [{"rule": a.rule, "severity": a.severity.value, "region": a.region,
             "subject": a.subject, "message": a.message} for a in alerts]


def alerts_json(alerts: Sequence[Any]) -> str:
    """`json.dumps(alert_objects(alerts), ensure_ascii=False, indent=2)`, byte for byte,
    with each text escaped by json's C encoder: with `indent` json encodes in Python, and at
    county scale (30,000 alerts) that was a fifth of a second of `check --json`."""
    if not alerts:
        return "[]"
    enc = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False
    return "[\n" + ",\n".join(
        f'  {{\n    "rule": {enc(a.rule)},\n    "severity": {enc(a.severity.value)},\n'
        f'    "region": {enc(a.region)},\n    "subject": {enc(a.subject)},\n'
        f'    "message": {enc(a.message)}\n  }}' for a in alerts) + "\n]"


def cmd_check(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.data.collector import no_collections, none_at_exit

    none_at_exit()  # nor at the end of the process, over what is still alive then
    with no_collections():  # one read and one answer: no cycle-collector pass in between
        return _check(args, db_path)


def _check(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.data.migrate import damage_reported
    from emergency_desk.services.checks import Severity, run_checks

    with damage_reported(db_path):  # opened without reading every page first
        db = open_db(db_path, reading=True)
        try:
            alerts = run_checks(db)
        finally:
            db.dispose()
    if args.json:
        out(alerts_json(alerts))
        return EXIT_OK
    if not alerts:
        out(t("没有发现问题。"))
        return EXIT_OK
    lines: list[str] = []  # printed at once: a flush per line cost more than the lines
    for sev in Severity:
        group = [a for a in alerts if a.severity == sev]
        if not group:
            continue
        lines.append(t("【{label}】{n} 条", label=sev.label, n=len(group)))
        # Measured once per region: a county's 30,000 alerts name a few thousand regions.
        widths = {region: _width(region) for region in {a.region for a in group}}
        width = max(widths.values())
        for a in group:
            pad = " " * (width - widths[a.region])
            subject = "" if a.subject in a.region.split("/") else f"{a.subject}  "
            lines.append(f"  {a.rule:<4} {a.region}{pad}  {subject}{a.message}")
        lines.append("")
    lines.append(t("共 {n} 条预警。", n=len(alerts)))
    out("\n".join(lines))
    return EXIT_OK


def _width(text: str) -> int:
    """Columns a terminal uses: CJK characters take two."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)
