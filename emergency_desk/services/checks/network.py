"""Rule of the people to ring (issue 16): K1 应急联络网 kept current."""

from __future__ import annotations

from collections.abc import Iterator

from emergency_desk.i18n import t
from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    Severity,
    region_label,
    rule,
)
from emergency_desk.services.resources.contacts import contact_rows_in, stale


@rule("K1", "应急联络网条目超过期限未核实", Severity.INFO, "network",
      "S3(1)：建立健全应急管理工作网络，指定专人负责，实行动态管理，及时更新相关资料")
def contact_not_verified(ctx: CheckContext) -> Iterator[Alert]:
    from emergency_desk.services.officers.trainings import months_before

    months = int(ctx.settings.get("contact_verify_months", 6))
    due = months_before(ctx.today, months)
    for c in contact_rows_in(ctx.session):
        if stale(c, due):
            message = t("从未核实") if c.last_verified is None else t(
                "最近核实 {d}，已超过 {n} 个月", d=c.last_verified.isoformat(), n=months)
            yield Alert("K1", Severity.INFO, region_label(c.region_path), f"{c.unit} {c.person}",
                        message, "contact_entry", c.id)
