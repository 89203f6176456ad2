"""Region rules (R1–R4): the tree must be complete enough for the other rules to mean much."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.models import Region
from emergency_desk.data.sql import unindexed
from emergency_desk.i18n import t
from emergency_desk.services.checks.registry import (
    Alert,
    CheckContext,
    Severity,
    region_label,
    rule,
)

_LIVE = Region.is_deleted.is_(False)
_LOWEST = (RegionLevel.VILLAGE.value, RegionLevel.COMMUNITY.value)


@rule("R1", "灾害多发频发区划未填写主要灾种", Severity.ORANGE, "regions",
      "A1：灾害多发频发乡镇、村设置AB岗——需写明灾种，以便预案和演练有针对性")
def prone_without_hazards(ctx: CheckContext) -> Iterator[Alert]:
    stmt = select(Region.id, Region.name, Region.path).where(
        _LIVE, Region.is_disaster_prone.is_(True),
        (Region.main_hazards.is_(None)) | (Region.main_hazards == ""))
    for rid, name, path in ctx.execute(stmt):
        yield Alert("R1", Severity.ORANGE, region_label(path), name,
                    t("标为灾害多发频发，但未填写主要灾种"), "region", rid)


@rule("R2", "村（社区）缺少区划代码", Severity.INFO, "regions",
      "B2/docs/design.md §3：导入时以区划代码匹配区划，缺代码易造成重名误配")
def village_without_code(ctx: CheckContext) -> Iterator[Alert]:
    # From the code index (the few without one), not every live region (issue 20).
    stmt = select(Region.id, Region.name, Region.path).where(
        unindexed(Region.is_deleted).is_(False), Region.level.in_(_LOWEST),
        (Region.code.is_(None)) | (Region.code == ""))
    for rid, name, path in ctx.execute(stmt):
        yield Alert("R2", Severity.INFO, region_label(path), name,
                    t("未填写 12 位区划代码"), "region", rid)


@rule("R3", "区划代码与上级不一致", Severity.ORANGE, "regions",
      "国家统计用区划代码：乡镇代码以所属县代码前 6 位开头，村代码以乡镇代码前 9 位开头")
def code_mismatch(ctx: CheckContext) -> Iterator[Alert]:
    parent = aliased(Region)
    # The prefixes are compared in SQL too, so a county of 25,000 villages reads only the
    # mismatches; the Python test below stays the definition.
    township = Region.level == RegionLevel.TOWNSHIP.value
    stmt = select(Region.id, Region.name, Region.path, Region.code, Region.level,
                  parent.code).join(parent, Region.parent_id == parent.id).where(
        _LIVE, Region.code.is_not(None), parent.code.is_not(None), Region.code != "",
        parent.code != "",
        or_(and_(township, func.substr(Region.code, 1, 6) != func.substr(parent.code, 1, 6)),
            and_(~township, func.substr(Region.code, 1, 9) != func.substr(parent.code, 1, 9))))
    for rid, name, path, code, level, pcode in ctx.execute(stmt):
        n = 6 if level == RegionLevel.TOWNSHIP.value else 9
        if code and pcode and code[:n] != pcode[:n]:
            yield Alert("R3", Severity.ORANGE, region_label(path), name,
                        t("区划代码 {code} 的前 {n} 位与上级代码 {pcode} 不一致",
                          code=code, n=n, pcode=pcode), "region", rid)


@rule("R4", "乡镇下没有村（社区）", Severity.INFO, "regions",
      "A1/D2：覆盖检查按村（社区）进行，乡镇下应录入其村（社区）")
def township_without_villages(ctx: CheckContext) -> Iterator[Alert]:
    child = aliased(Region)
    has_child = exists().where(and_(child.parent_id == Region.id, child.is_deleted.is_(False)))
    stmt = select(Region.id, Region.name, Region.path).where(
        _LIVE, Region.level == RegionLevel.TOWNSHIP.value, ~has_child)
    for rid, name, path in ctx.execute(stmt):
        yield Alert("R4", Severity.INFO, region_label(path), name,
                    t("尚未录入下属村（社区）"), "region", rid)
