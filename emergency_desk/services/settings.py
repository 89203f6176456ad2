"""Office settings and rule thresholds: each with its default and the source it came from.

Thresholds come from county plans that differ by province (docs/domain.md section 0), so every one
is a parameter. Only values the user changed are stored; defaults stay in code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data import access, audit
from emergency_desk.data.audit import current_user
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog, Setting
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t


@dataclass(frozen=True)
class Param:
    key: str
    label: str  # Chinese; translated on display
    default: Any
    kind: type  # int, float, str, bool
    group: str
    source: str  # where the default comes from (docs/domain.md section)
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None


PARAMS: list[Param] = [
    # No default office: a new database prints a blank to fill in by hand, never the demo's
    # office (`init`, the first-start dialog or this page fills it).
    Param("office_name", "单位名称", "", str, "本单位",
          "显示在窗口标题和每一份报表上；由“初始化”或首次启动对话框填写"),
    Param("county_name", "县（区）名称", "", str, "本单位", "报表抬头"),
    Param("preparer", "制表人", "", str, "本单位", "报表签字栏"),
    Param("reviewer", "审核人", "", str, "本单位", "报表签字栏"),
    Param("contact_phone", "联系电话", "", str, "本单位", "报表抬头"),
    Param("backup_keep", "自动备份保留份数", 30, int, "备份",
          "使用说明《数据安全》：每天第一次修改前自动备份，轮换保存", "份", 3, 3650),
    Param("officers_min_per_region", "每个村（社区）、乡镇至少配备灾害信息员", 1, int, "规则阈值",
          "S0 黟县规划：每个乡镇村、社区均有不少于1名灾害信息员（O1）", "名", 1, 20),
    Param("officer_training_months", "灾害信息员培训间隔上限", 12, int, "规则阈值",
          "S0：每年举办1期灾害信息员专项培训班（O4）", "个月", 1, 60),
    # O5: one target per tier, because local rules set them per level (F4).
    Param("training_rate_target", "县级灾害信息员年度培训率目标", 100, int, "规则阈值",
          "默认值：全员参训（区级五年工作总结要求三级灾害信息员培训率达标，未给出比例）（O5）",
          "%", 0, 100),
    Param("training_rate_target_township", "乡镇级灾害信息员年度培训率目标", 50, int, "规则阈值",
          "默认值，参照烈山区做法：乡镇灾害信息员每年培训率不低于50%（O5）", "%", 0, 100),
    Param("training_rate_target_village", "村（社区）级灾害信息员年度培训率目标", 20, int,
          "规则阈值", "默认值，参照烈山区做法：村灾害信息员每年培训率不低于20%（O5）", "%", 0, 100),
    Param("expiry_warning_days", "物资临期提醒天数", 90, int, "规则阈值",
          "B3/B12：收储轮换，有效期物资定期调配更新（S2）", "天", 1, 730),
    Param("rotate_at_half_life_all", "所有有保质期的物资都在保质期过半时轮换", False, bool,
          "规则阈值", "B12（S3(4)）：针对有效期物资定期调配更新；各地做法不一，默认只对品目中勾选"
          "“保质期过半轮换”的物资按过半提醒，其余按临期天数（S2）"),
    Param("replenish_days", "常用物资发放后补充期限", 30, int, "规则阈值",
          "S3(4)：经常使用的应急物资及用及补（S4）", "天", 1, 365),
    Param("stocktake_months", "盘点间隔上限", 12, int, "规则阈值",
          "F5 中央级救灾储备物资管理办法：定期盘库（S5）", "个月", 1, 60),
    Param("agreement_warning_days", "协议储备到期提醒天数", 30, int, "规则阈值",
          "S3(4)：乡(镇)、村(社区)与邻近超市、企业等合作开展应急物资协议储备（S8）", "天",
          1, 365),
    Param("stale_days", "仓库数据未更新提醒天数", 180, int, "规则阈值",
          "B2：实现应急物资数据动态更新（S10）", "天", 30, 3650),
    Param("team_min_township", "乡镇综合性救援队伍最少人数", 20, int, "规则阈值",
          "S1 浮梁县规划：乡(镇)级不少于20人（T1）", "人", 1, 500),
    Param("team_min_county", "县级综合性救援队伍最少人数", 30, int, "规则阈值",
          "S1 浮梁县规划：县本级不少于30人（T1）", "人", 1, 1000),
    Param("insurance_warning_days", "保险、证书到期提醒天数", 30, int, "规则阈值",
          "S0：专业救援人员商业保险全覆盖（T3）", "天", 1, 365),
    Param("team_activity_months", "队伍训练或演练间隔上限", 12, int, "规则阈值",
          "S1：日常训练、应急演练（T4）", "个月", 1, 60),
    Param("plan_review_years", "县级以上预案评估周期", 3, int, "规则阈值",
          "F2 突发事件应急预案管理办法（国办发〔2024〕5号）：县级以上预案每3年评估（P1）",
          "年", 1, 10),
    Param("local_plan_review_years", "乡镇、村（社区）预案评估周期", 3, int, "规则阈值",
          "F2：国办发〔2024〕5号的3年评估针对县级以上预案，乡镇、村预案由本单位确定，"
          "默认同样3年（P1）", "年", 1, 10),
    Param("plan_drill_months", "专项、部门预案演练间隔上限", 36, int, "规则阈值",
          "F2：专项、部门应急预案至少每3年进行一次应急演练（P2）", "个月", 1, 120),
    Param("village_drill_months", "村（社区）演练间隔上限", 12, int, "规则阈值",
          "S0：定期开展乡村、社区应急演练（P8）", "个月", 1, 60),
    # -- rescue teams (issue 5) --
    Param("equipment_maint_months", "装备维护保养间隔上限", 12, int, "规则阈值",
          "C10（S3(4)）：装备代储和维护保养；未设下次维护日期时按上次维护或购置日期推算（T5）",
          "个月", 1, 60),
    Param("team_activity_min_attendees", "计为队伍训练的最少参训队员", 3, int, "规则阈值",
          "C3（S1）：队伍日常训练、应急演练——由多名队员参加的培训或演练才算队伍活动，"
          "一名队员参加的县级培训不算（T4）", "人", 1, 100),
    Param("team_equipment_standard", "综合性救援队伍应配装备类别", "防护、通信指挥、照明动力", str,
          "规则阈值", "C6（S0、S1）：制定基层应急救援装备配备目录，分类分重点储备；"
          "C8（S2）：按标准配置技术装备（T6，用顿号分隔，留空则不检查）"),
    # -- plans and drills (P1–P8); plan_review_years, plan_drill_months and
    # village_drill_months above also belong to them.
    Param("enterprise_drill_months", "企事业单位预案演练间隔上限", 12, int, "规则阈值",
          "F3 生产安全事故应急预案管理办法第33条：每年至少一次综合或专项演练（P2）", "个月",
          1, 60),
    Param("onsite_drill_months", "现场处置方案演练间隔上限", 6, int, "规则阈值",
          "F3 第33条：现场处置方案每半年至少演练一次（P2）", "个月", 1, 60),
    Param("comprehensive_drills_per_year", "乡镇每年综合性演练次数目标", 1, int, "规则阈值",
          "S3(4)：每年组织1至2次综合性演练（P2）", "次", 0, 12),
    Param("county_plan_checklist", "县级应配备的专项预案（用“、”分隔）",
          "自然灾害救助、防汛抗旱、生产安全事故、地震、突发地质灾害、森林火灾、低温雨雪冰冻、"
          "民用航空器、油气长输管道、非煤矿山、危险化学品", str, "规则阈值",
          "D4（S0 黟县规划）：县级专项应急预案清单（P5）"),
    Param("township_plan_checklist", "乡镇应配备的专项预案（用“、”分隔）",
          "防汛抗旱、森林火灾、突发地质灾害", str, "规则阈值",
          "D5：各乡镇均制定总体、专项和部门应急预案；默认取 D4 清单中乡镇常见的三项，"
          "请按本地灾种调整（P5）"),
    Param("plan_category_synonyms", "专项预案类别同义词（“=”连接同义词，“；”分隔各组）",
          "防汛抗旱=防汛、防洪、抗旱；突发地质灾害=地质灾害；森林火灾=森林防火；地震=地震灾害",
          str, "规则阈值",
          "D4/D5：应配备的专项预案按预案“事件类别”逐项核对，写法不同的同一类别在此列出（P5）"),
    # -- 应急物资 (issue 3) --
    Param("expiry_urgent_days", "物资临期紧急提醒天数", 30, int, "规则阈值",
          "B11/B12：临期物资按 30 天内、90 天内分档提醒（S2）", "天", 1, 365),
    Param("village_storage_required", "灾害高风险村（社区）须设物资储备点", False, bool, "规则阈值",
          "S3(4)：鼓励灾害高风险的村(社区)建立储备站点（S9，可选）"),
    # -- 领导小组 and 值班 (issue 16) --
    Param("duty_lookahead_days", "值班表检查未来天数", 7, int, "规则阈值",
          "E1（S0、S1）：建立健全24小时值班备勤制度，领导干部带班；未来这些天中每天都要有"
          "带班领导和值班员（D1，六有“有机制”）", "天", 1, 60),
    Param("managers_required", "每个村（社区）须配备应急管理员", False, bool, "规则阈值",
          "A9（S0）：村(社区)党组织书记为应急管理工作主要负责人，应急管理员配备全覆盖；"
          "各地要求不同，由本单位开启（G1）"),
    Param("shelter_inspection_months", "避难场所检查间隔上限", 12, int, "规则阈值",
          "E5（S3(4)）：确保设施设备有效维护；GB/T 33744-2025（管护使用）；种子文件未给周期，"
          "默认每年至少一次（汛前）（H1）", "个月", 1, 60),
    Param("shelter_need_percent", "避难场所应能容纳服务村（社区）人口的比例", 30, int, "规则阈值",
          "GB/T 44013-2024 指标“可容纳避难人数”；种子文件未给比例，默认 30% 为本程序的假设，"
          "请按本地风险调整，0 表示不检查（H1）", "%", 0, 100),
    Param("contact_verify_months", "应急联络网核实间隔上限", 6, int, "规则阈值",
          "S3(1)：应急管理工作网络实行动态管理，及时更新相关资料；种子文件未给周期，"
          "默认每半年核实一次（K1）", "个月", 1, 36),
    Param("flood_season_months", "汛期月份（防汛责任书检查）", "5-9", str, "规则阈值",
          "种子文件未写明汛期；各地不同，默认 5—9 月为本程序的假设。写成 5-9 或 5、6、7；"
          "留空则不检查（F1）"),
    # -- users and roles (issue 7): off for a single-user office. roles_enabled is changed only
    # through services/users.py (enabling creates the first 管理员), never on the settings page.
    Param("roles_enabled", "启用用户和角色", False, bool, "用户",
          "数据安全：管理员、录入员、只读三种角色；默认关闭（单人办公室）"),
    Param("login_max_failures", "连续输错密码几次后锁定", 5, int, "用户",
          "数据安全：多次输错密码后锁定账户，防止猜测密码", "次", 1, 20),
    Param("login_lock_minutes", "账户锁定时长", 15, int, "用户",
          "数据安全：锁定期满自动解锁；管理员重置密码可立即解锁", "分钟", 1, 1440),
    Param("password_min_length", "密码最少位数", 6, int, "用户",
          "数据安全：过短的密码容易被猜中", "位", 4, 64),
    # Set once the window has asked for the county and office (first-start dialog): it asks
    # once, never again, even when the clerk chose "以后再说".
    Param("first_start_asked", "已询问本单位信息", False, bool, "本单位",
          "首次启动对话框只出现一次"),
]
# Settings with their own service (and their own page): the settings page does not show them
# and SettingsService.set refuses them.
MANAGED = {"roles_enabled", "first_start_asked"}
PARAMS_BY_KEY = {p.key: p for p in PARAMS}


def coerce(param: Param, value: Any) -> Any:
    """Check and convert a value typed by the user; raises ValidationFailed in plain Chinese."""
    try:
        if param.kind is bool:
            v: Any = value if isinstance(value, bool) else str(value).strip() in ("1", "是", "true")
        elif param.kind is int:
            v = int(str(value).strip())
        elif param.kind is float:
            v = float(str(value).strip())
        else:
            v = str(value).strip()
    except ValueError as exc:
        raise ValidationFailed({t(param.label): t("请输入数字")}) from exc
    if isinstance(v, int | float) and not isinstance(v, bool):
        if param.minimum is not None and v < param.minimum:
            raise ValidationFailed({t(param.label): t("不能小于 {n}", n=param.minimum)})
        if param.maximum is not None and v > param.maximum:
            raise ValidationFailed({t(param.label): t("不能大于 {n}", n=param.maximum)})
    return v


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> dict[str, Any]:
        values = {p.key: p.default for p in PARAMS}
        with self.db.read() as s:
            for row in s.scalars(select(Setting)):
                if row.key in PARAMS_BY_KEY:
                    values[row.key] = json.loads(row.value)
        return values

    def get(self, key: str) -> Any:
        return self.all()[key]

    def set(self, key: str, value: Any) -> Any:
        """Validate and store a value; an audit row records old → new (管理员 only when roles
        are on)."""
        access.require_admin(self.db, t("修改设置"))
        param = PARAMS_BY_KEY[key]
        if key in MANAGED:
            raise InputRejected(t("“{label}”请在“用户”页中修改。", label=t(param.label)))
        v = coerce(param, value)
        with self.db.begin() as s:
            write_setting(s, key, v)
        if key in OFFICE_PERSON_KEYS:
            adopt_office_person(self.db)
        return v

    def reset(self, key: str) -> None:
        self.set(key, PARAMS_BY_KEY[key].default)


# Who the 操作日志 names when nobody is signed in: the 制表人, else the office itself.
OFFICE_PERSON_KEYS = ("preparer", "office_name")


def adopt_office_person(db: Database) -> str | None:
    """Make the office's person (设置 → 制表人, else 单位名称) the audit log's user for changes
    made while nobody is signed in, so that neither the window nor a command line names the
    PC's login ("root"). Called when a database is opened and when those settings change."""
    values = SettingsService(db).all()
    who = next((str(values[k]).strip() for k in OFFICE_PERSON_KEYS
                if str(values[k] or "").strip()), None)
    audit.set_office_person(who)
    return who


def write_setting(s: Session, key: str, v: Any) -> None:
    """Store an already checked value in an open transaction, with its audit row."""
    param = PARAMS_BY_KEY[key]
    row = s.get(Setting, key)
    old = json.loads(row.value) if row is not None else param.default
    if v == param.default:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(Setting(key=key, value=json.dumps(v, ensure_ascii=False)))
    else:
        row.value = json.dumps(v, ensure_ascii=False)
    if old != v:
        s.add(AuditLog(user=current_user(), action="setting", table_name="setting",
                       summary=f"设置：{param.label}"[:200],
                       changes=json.dumps({key: [old, v]}, ensure_ascii=False)))
