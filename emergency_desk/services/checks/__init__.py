"""The checks engine: a registry of alert rules (docs/domain.md section 4).

A rule is a function `(ctx) -> Iterable[Alert]` registered with `@rule(...)`. Rules query with
SQL and return plain alerts; `check`, `check --json`, the dashboard and the work list all read
`run_checks`. The rule modules are listed here, below the registry they register with: the
registry never imports them back.
"""

# The rule modules, one per register: importing them registers their rules.
from emergency_desk.services.checks import (  # noqa: F401
    network,
    officers,
    plans,
    regions,
    resources,
    supplies,
    teams,
    township,
)
from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    RuleInfo,
    Severity,
    rule,
    rules,
    run_checks,
)

__all__ = ["Alert", "CheckContext", "RuleInfo", "Severity", "rule", "rules", "run_checks"]
