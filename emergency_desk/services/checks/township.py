"""Rules of the township's own machinery (issue 16): D1 值班缺口, G1 村(社区)应急管理员,
F1 防汛责任书."""

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
from emergency_desk.services.township.duty import DutyGap, gaps_in
from emergency_desk.services.township.managers import villages_without_manager_in
from emergency_desk.services.township.pledges import flood_months, villages_without_in

_SHOWN_DAYS = 5  # a message names the first few days; the count says how many there are


@rule("D1", "值班表有缺口（无带班领导或值班员）", Severity.ORANGE, "township",
      "E1（S0、S1）：建立健全24小时值班备勤制度，严格执行领导干部带班、关键岗位24小时值班")
def duty_gaps(ctx: CheckContext) -> Iterator[Alert]:
    days = int(ctx.settings.get("duty_lookahead_days", 7))
    by_region: dict[int, list[DutyGap]] = {}
    for gap in gaps_in(ctx.session, ctx.today, days):
        by_region.setdefault(gap.region_id, []).append(gap)
    for gaps in by_region.values():
        first = gaps[0]
        shown = "、".join(g.text for g in gaps[:_SHOWN_DAYS])
        if len(gaps) > _SHOWN_DAYS:
            shown += t("等")
        label = region_label(first.region_path)
        yield Alert("D1", Severity.ORANGE, label, first.region_path.rsplit("/", 1)[-1],
                    t("未来 {days} 天中有 {n} 天值班缺口：{list}", days=days, n=len(gaps),
                      list=shown), "duty_roster", None)


@rule("G1", "村（社区）未配备应急管理员", Severity.ORANGE, "township",
      "A9（S0）：应急管理员配备全覆盖；A8（S3(4)、S4）：应急管理网格员全覆盖（设置中开启）")
def village_without_manager(ctx: CheckContext) -> Iterator[Alert]:
    if not ctx.settings.get("managers_required"):
        return
    message = t("没有在任的村（社区）应急管理员")
    for rid, path in villages_without_manager_in(ctx.session):
        yield Alert("G1", Severity.ORANGE, region_label(path), path.rsplit("/", 1)[-1],
                    message, "region", rid)


@rule("F1", "汛期村（社区）未签订本年度防汛责任书", Severity.ORANGE, "township",
      "S0：防汛抗旱指挥部、《黟县防汛抗旱应急预案》；防汛责任书县—乡—村逐级签订是乡镇通行"
      "做法（种子文件未写明）；只在设置的汛期月份检查")
def village_without_pledge(ctx: CheckContext) -> Iterator[Alert]:
    if ctx.today.month not in flood_months(str(ctx.settings.get("flood_season_months", ""))):
        return
    for rid, path in villages_without_in(ctx.session, ctx.today.year):
        yield Alert("F1", Severity.ORANGE, region_label(path), path.rsplit("/", 1)[-1],
                    t("未签订 {y} 年防汛责任书", y=ctx.today.year), "region", rid)
