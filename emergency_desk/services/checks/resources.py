"""Rules of the places in the field (issue 16): H1 避难场所, Z1 隐患点."""

from __future__ import annotations

from collections.abc import Iterator

from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    Severity,
    region_label,
    rule,
)
from emergency_desk.services.resources.hazards import hazard_rows_in
from emergency_desk.services.resources.shelters import shelter_problems_in


@rule("H1", "避难场所无管理责任人、检查超期或容量不足", Severity.ORANGE, "resources",
      "E5（S3(4)）：明确应急避难场所的管理主体，确保设施设备有效维护；"
      "GB/T 44013-2024 指标“可容纳避难人数”")
def shelter_problems(ctx: CheckContext) -> Iterator[Alert]:
    for p in shelter_problems_in(ctx.session, ctx.today,
                                 int(ctx.settings.get("shelter_inspection_months", 12)),
                                 int(ctx.settings.get("shelter_need_percent", 30))):
        yield Alert("H1", Severity.ORANGE, region_label(p.shelter.region_path),
                    p.shelter.name, p.message, "shelter", p.shelter.id)


@rule("Z1", "隐患点未落实监测人、责任人或避难场所", Severity.RED, "resources",
      "S0：全县地质灾害隐患点202处，崩塌、滑坡、泥石流、山洪高发；每处隐患点须有"
      "监测人、责任人和转移安置场所（DOMAIN.md Z1）")
def hazard_problems(ctx: CheckContext) -> Iterator[Alert]:
    for h in hazard_rows_in(ctx.session):
        for message in h.problems():
            yield Alert("Z1", Severity.RED, region_label(h.region_path), h.name, message,
                        "hazard_point", h.id)
