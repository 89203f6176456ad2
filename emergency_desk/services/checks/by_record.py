"""The rules' alerts by the record they name: what a register page tints its rows with.

Each page (灾害信息员, 应急物资, 救援队伍, 应急预案, 应急演练) runs its register's rules in a
worker and keeps the result for as long as it is open. A record's entry is a plain tuple —
the worst severity's value ("red", "orange", "info"; a `Severity` compares equal to it) and
its messages — rather than the Severity member and a list: at county scale a page keeps tens
of thousands of them, and the cycle collector stops walking a plain tuple of text after one
pass over it, where it walked each entry's tuple and list on every full pass of the window
(issue 20, "no page blocks the GUI thread").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from emergency_desk.data.db import Database
from emergency_desk.services.checks.registry import Severity, run_checks

# (worst severity's value, every message in the rules' order)
RecordAlert = tuple[str, tuple[str, ...]]
RecordAlerts = dict[int, RecordAlert]


def alerts_by_record(db: Database, rule_ids: Iterable[str], tables: Collection[str], *,
                     with_rule: bool = True) -> dict[str, RecordAlerts]:
    """Run `rule_ids` and gather their alerts on records of `tables`, by table and record id.
    `with_rule` puts the rule's id before each message (O4 …), as the tooltips show it."""
    ids = list(rule_ids)
    worst: dict[tuple[str, int], Severity] = {}
    messages: dict[tuple[str, int], list[str]] = {}
    for a in run_checks(db, only=ids) if ids else []:
        if a.table not in tables or a.record_id is None:
            continue
        key = (a.table, a.record_id)
        seen = worst.get(key)
        if seen is None or a.severity.rank < seen.rank:
            worst[key] = a.severity
        messages.setdefault(key, []).append(f"{a.rule} {a.message}" if with_rule
                                            else a.message)
    out: dict[str, RecordAlerts] = {table: {} for table in tables}
    for (table, record_id), severity in worst.items():
        out[table][record_id] = (severity.value, tuple(messages[(table, record_id)]))
    return out


__all__ = ["RecordAlert", "RecordAlerts", "alerts_by_record"]
