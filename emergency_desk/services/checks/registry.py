"""Rule registry and the alert shape shared by the CLI (`check --json`) and the window.

The rule modules are the ones services/registry.py names (`Register.checks`): `rules()` imports
them by name the first time it is asked, and their `@rule` decorators fill the table. Nothing
imports them for the side effect, and they are never imported back from here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.i18n import t
from emergency_desk.services.registry import resolve, rule_modules

T = TypeVar("T")


class Severity(StrEnum):
    RED = "red"
    ORANGE = "orange"
    INFO = "info"

    @property
    def label(self) -> str:
        return t({"red": "严重", "orange": "警告", "info": "提示"}[self.value])

    @property
    def rank(self) -> int:
        return _RANK[self]


# A severity's place in the alert list; a module-level table because `check` sorts every
# alert by it (117,000 at county scale) and building the dict per call showed in profiles.
_RANK = {Severity.RED: 0, Severity.ORANGE: 1, Severity.INFO: 2}


class Alert(NamedTuple):
    """One finding. Immutable; a named tuple rather than a frozen dataclass, which sets each
    field through object.__setattr__: building `check`'s 30,000 alerts at county scale cost
    5× as much (issue 20)."""

    rule: str
    severity: Severity
    region: str  # "碧阳镇/古筑村": path below the county
    subject: str
    message: str
    table: str = ""  # where the record lives, for "one click to the record"
    record_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        d = self._asdict()
        d["severity"] = self.severity.value
        return d


@dataclass
class CheckContext:
    session: Session
    settings: dict[str, Any]
    today: date
    # What several rules read (the officer coverage gaps for O1 and O2), computed once a run;
    # the contexts of one parallel run (checks/parallel.py) share it, hence the lock.
    _shared: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def shared(self, key: str, compute: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._shared:
                self._shared[key] = compute()
            return cast(T, self._shared[key])

    def sibling(self, session: Session) -> CheckContext:
        """A context on another session of the same snapshot, sharing what is read once."""
        return CheckContext(session, self.settings, self.today, self._shared, self._lock)

    def execute(self, stmt: Any) -> Any:
        """A rule's select of plain columns, run on the session's connection (same
        transaction): the ORM's compile and row loading cost 7 % of `check` at 50,000
        officers for nothing, as the rules select no mapped objects (issue 20)."""
        return self.session.connection().execute(stmt)


@dataclass(frozen=True)
class RuleInfo:
    id: str
    title: str  # Chinese
    severity: Severity
    register: str  # regions / supplies / teams / officers / plans
    source: str
    func: Callable[[CheckContext], Iterable[Alert]]


_RULES: dict[str, RuleInfo] = {}


def rule(id: str, title: str, severity: Severity, register: str, source: str
         ) -> Callable[[Callable[[CheckContext], Iterable[Alert]]],
                       Callable[[CheckContext], Iterable[Alert]]]:
    def deco(fn: Callable[[CheckContext], Iterable[Alert]]
             ) -> Callable[[CheckContext], Iterable[Alert]]:
        _RULES[id] = RuleInfo(id, title, severity, register, source, fn)
        return fn
    return deco


def rules() -> list[RuleInfo]:
    """Every rule of every register's rule module, by id."""
    for module in rule_modules():
        resolve(module)  # imported once; its @rule decorators fill _RULES
    return sorted(_RULES.values(), key=lambda r: rule_order(r.id))


def rule_order(rule_id: str) -> tuple[str, int, str]:
    """Where a rule comes in a list: by letter, then number, so S2 before S10."""
    number = rule_id[1:]
    return rule_id[:1], int(number) if number.isdigit() else 0, rule_id


def region_label(path: str | None) -> str:
    """Alerts name regions below the county: '黟县/碧阳镇/古筑村' → '碧阳镇/古筑村'."""
    if not path:
        return ""
    # Everything after the first "/" (the county), or the path itself when it is the county.
    _county, slash, below = path.partition("/")
    return below if slash else path


def run_checks(db: Database, today: date | None = None,
               only: Iterable[str] | None = None) -> list[Alert]:
    from emergency_desk.services.checks.parallel import run_rules
    from emergency_desk.services.settings import SettingsService

    settings = SettingsService(db).all()
    wanted = set(only) if only else None
    # In rule order (rules() sorts them), each rule's alerts sorted as it finishes, on the
    # thread that ran it, while the other thread's rule is in SQLite: sorting a county's
    # 30,000 alerts at the end took 20 ms of `check` on one thread (issue 20).
    chosen = [replace(info, func=_sorted(info.func)) for info in rules()
              if wanted is None or info.id in wanted]
    day = today or date.today()
    alerts = run_rules(db, chosen, lambda session: CheckContext(session, settings, day))
    # By severity, then by rule, region and subject: the rules came in rule order, each
    # sorted by region and subject, so a stable sort on the severity alone finishes the job.
    alerts.sort(key=_severity_rank)
    return alerts


def _severity_rank(alert: Alert) -> int:
    return _RANK[alert.severity]


def _region_and_subject(alert: Alert) -> tuple[str, str]:
    return alert.region, alert.subject


def _sorted(func: Callable[[CheckContext], Iterable[Alert]]
            ) -> Callable[[CheckContext], list[Alert]]:
    def run(ctx: CheckContext) -> list[Alert]:
        return sorted(func(ctx), key=_region_and_subject)
    return run
