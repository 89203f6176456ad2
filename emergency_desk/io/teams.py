"""Excel registers `teams` (救援队伍) and `members` (队员), columns as docs/design.md §3 fixes them.

teams upsert by 队伍名称 within 所属区划; members by 身份证号, else 姓名+手机号码 (the person),
within the team named in 队伍名称. Both go through the window's rules a chunk of rows at a time,
against what the chunk names, loaded at once (issue 20).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emergency_desk.data.dates import with_precision
from emergency_desk.data.db import Database
from emergency_desk.data.extra import parse_extra
from emergency_desk.data.people import Gender, Person
from emergency_desk.data.teams import (
    FORCE_OF_CATEGORY,
    LIST_SEPARATOR,
    SPECIALTIES,
    MemberRole,
    MemberSource,
    RescueTeam,
    TeamCategory,
    TeamForce,
    TeamLevel,
    TeamMember,
    TeamStatus,
)
from emergency_desk.errors import InputRejected, ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io import dates as dt
from emergency_desk.io import normalize as nz
from emergency_desk.io.bulk import WrittenRows
from emergency_desk.io.member_rows import MemberRows
from emergency_desk.io.row_upsert import CellProblem, live_count, region_id_in, region_refs
from emergency_desk.io.spec import (
    BAD,
    CHUNK_ROWS,
    Column,
    ExtraCells,
    ImportCounts,
    Record,
    RegisterSpec,
    kept_extra,
    record_chunks,
    with_extras,
)
from emergency_desk.io.team_rows import TeamRows
from emergency_desk.services.people import Checked, PersonInput, check_person
from emergency_desk.services.people_index import keys_of
from emergency_desk.services.query import streamed
from emergency_desk.services.teams.member_lookup import BulkMemberLookup
from emergency_desk.services.teams.members import MemberInput, sync_leader
from emergency_desk.services.teams.team_lookup import BulkTeamLookup
from emergency_desk.services.teams.teams import TeamInput, find_team_in, upsert_team_in
from emergency_desk.services.teams.views import (
    MemberQuery,
    TeamQuery,
    iter_teams_in,
    ordered_members,
)

_category = nz.enumeration({c.zh: c for c in TeamCategory}, {
    "综合": "综合性", "综合应急救援队伍": "综合性", "综合性应急救援队伍": "综合性",
    "专业救援": "专业", "专业队伍": "专业", "社会": "社会应急力量", "社会力量": "社会应急力量",
    "企业": "企业专兼职", "企业专职": "企业专兼职", "企业兼职": "企业专兼职",
    "民兵应急连": "民兵", "民兵应急排": "民兵", "志愿": "志愿者", "志愿者队伍": "志愿者",
    "微型站": "微型消防站", "扑火队": "半专业扑火队", "半专业森林消防队": "半专业扑火队",
    "森林扑火队": "半专业扑火队"})
# Words of a rescue specialty: a 类别 cell saying 森林防灭火 or 水域救援 names what the team does.
_SPECIALTY_WORDS = re.compile(r"防汛|抗旱|抢险|救援|搜救|防灭火|消防|扑火|地质|地震|医疗|救护|通信|"
                              r"电力|道路|危化|矿山|水域|山岳|排涝|抢修")


class WrittenSpecialty(str):
    """A 类别 cell holding a specialty: the team is 专业 and this is its 专业."""


def parse_category(value: Any) -> TeamCategory | WrittenSpecialty | None:
    """类别: a category label, or a specialty written in its place (森林防灭火, 防汛抢险,
    水域救援 → 专业, with that specialty)."""
    try:
        return _category(value)
    except nz.CellError:
        written = nz.text(value, 50)
        if written and _SPECIALTY_WORDS.search(written):
            return WrittenSpecialty(written)
        raise


parse_force = nz.enumeration({f.zh: f for f in TeamForce}, {
    "政府专职队": "政府专职", "专职": "政府专职", "政府专职队伍": "政府专职",
    "志愿者": "志愿", "志愿者队伍": "志愿", "志愿队": "志愿", "企业": "企业专职",
    "企业专兼职": "企业专职", "企业专职队": "企业专职", "微型站": "微型消防站",
    "民兵应急连": "民兵", "民兵应急排": "民兵", "扑火队": "半专业扑火队",
    "半专业森林消防队": "半专业扑火队", "巡逻": "巡逻队", "森林防火巡逻队": "巡逻队",
    "护林巡逻队": "巡逻队"})
parse_level = nz.enumeration({lv.zh: lv for lv in TeamLevel}, {
    "县": "县级", "区级": "县级", "乡镇": "乡镇级", "乡级": "乡镇级", "镇级": "乡镇级",
    "街道": "乡镇级", "村": "村级", "社区": "村级", "村(社区)": "村级", "企业级": "企业"})
parse_status = nz.enumeration({s.zh: s for s in TeamStatus}, {
    "正常": "在编", "在册": "在编", "撤销": "已撤销", "解散": "已撤销"})
parse_gender = nz.enumeration({g.zh: g for g in Gender}, {"男性": "男", "女性": "女"})
parse_role = nz.enumeration({r.zh: r for r in MemberRole}, {
    "正队长": "队长", "大队长": "队长", "中队长": "队长", "站长": "队长", "副站长": "副队长",
    "副大队长": "副队长", "成员": "队员", "战斗员": "队员", "消防员": "队员", "扑火队员": "队员"})
parse_source = nz.enumeration({s.zh: s for s in MemberSource}, {
    "民兵预备役": "民兵", "民兵预备役人员": "民兵", "基干民兵": "民兵", "保安员": "保安",
    "基层警务人员": "警务", "警察": "警务", "辅警": "警务", "医务人员": "医务", "医生": "医务",
    "护士": "医务", "村两委": "村干部", "两委": "村干部", "村(社区)干部": "村干部",
    "志愿": "志愿者", "群众": "其他"})
_TEAM_REGION = ("队伍所属区划",)

TEAM_COLUMNS = [
    Column("队伍名称", "name", nz.name_text, required=True, width=24,
           synonyms=("队伍", "名称", "救援队伍名称", "队名")),
    Column("类别", "category", parse_category, required=True, width=14,
           synonyms=("队伍类别", "队伍类型", "类型"), choices=tuple(c.zh for c in TeamCategory),
           comment="综合性 / 专业 / 社会应急力量 / 企业专兼职 / 民兵 / 志愿者 / 微型消防站 / "
                   "半专业扑火队（下拉选择）"),
    Column("专业", "specialties", nz.text_max(200), width=20,
           synonyms=("专业类别", "救援专业", "专长"),
           comment="多个用顿号分隔，如 " + "、".join(SPECIALTIES[:3])),
    Column("层级", "level", parse_level, width=8, synonyms=("级别", "队伍层级"),
           choices=tuple(lv.zh for lv in TeamLevel),
           comment="县级 / 乡镇级 / 村级 / 企业；空白按所属区划的层级"),
    Column("所属区划", "region", nz.text, required=True, width=14,
           synonyms=("区划", "乡镇", "所在乡镇", "所属乡镇", "所在地"),
           comment="区划名称或区划代码"),
    Column("主管单位", "supervising_unit", nz.text_max(100), width=18,
           synonyms=("主管部门", "管理单位", "组建单位")),
    Column("队长", "leader_name", nz.person_name, width=10, synonyms=("队长姓名", "负责人")),
    Column("队长电话", "leader_mobile", nz.mobile, width=14, as_text=True,
           synonyms=("队长手机", "负责人电话", "队长联系电话"), comment="11 位手机号码"),
    Column("值班电话", "duty_phone", nz.phone, width=14, as_text=True,
           synonyms=("值守电话", "24小时值班电话", "应急电话"),
           comment="手机或座机，如 0559-5521119"),
    Column("驻地", "base_address", nz.text_max(200), width=20,
           synonyms=("驻地地址", "地址", "队伍驻地")),
    Column("编制人数", "planned_size", nz.non_negative(nz.counted("人", "名")), width=10,
           synonyms=("编制", "规模", "队伍规模", "人数(编制)")),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
    Column("出动时间(分钟)", "response_minutes", nz.non_negative(nz.integer), width=12,
           synonyms=("出动时间", "响应时间(分钟)", "响应时间")),
    Column("成立日期", "founded_date", dt.date_value, width=12, synonyms=("组建日期", "成立时间")),
    Column("政府购买服务", "gov_purchase", nz.yes_no, width=12, choices=("是", "否"),
           synonyms=("是否政府购买服务",)),
    Column("状态", "status", parse_status, width=8, choices=tuple(s.zh for s in TeamStatus)),
    Column("队伍性质", "force_type", parse_force, width=12,
           synonyms=("性质", "人员性质", "队伍性质类别"), choices=tuple(f.zh for f in TeamForce),
           comment="政府专职 / 志愿 / 企业专职 / 微型消防站 / 民兵 / 半专业扑火队 / 巡逻队；"
                   "空白时按类别推定（如 类别为民兵）"),
]


class TeamsSpec(RegisterSpec):
    name = "teams"
    title_zh = "救援队伍"
    columns = TEAM_COLUMNS
    natural_key = "队伍名称 + 所属区划"
    table = "rescue_team"
    keeps_extra = True
    model = RescueTeam
    extra_models = (RescueTeam,)

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """A chunk of rows at a time through the form's rules (`upsert_team_in`), against
        the regions, teams and leaders the chunk names, loaded at once as plain rows
        (BulkTeamLookup), and written with Core when the chunk is done, each team and
        person with the audit row the form's save gives it (io/team_rows.py). Only ids
        outlive a chunk. A refused file's chunks are written too (the importer rolls them
        back), so that a team repeated in a later chunk is still named."""
        counts = ImportCounts()
        cache: dict[str, Any] = {}  # regions by the text naming them
        earlier = WrittenRows()  # team id → the row of an earlier chunk that wrote it
        session.flush()  # what --replace changed, before the chunks load their teams
        writer = TeamRows(session)
        with session.no_autoflush:
            for part in record_chunks(records, progress, CHUNK_ROWS):
                inputs: list[tuple[Record, TeamInput]] = []
                for rec in part:
                    if any(v is BAD for v in rec.values.values()):
                        continue  # its cell errors are already reported
                    try:
                        inputs.append((rec, self._input(session, rec, cache)))
                    except CellProblem as exc:
                        counts.errors.append(self.error(rec, exc.column, exc.reason))
                lookup = BulkTeamLookup(
                    session, [(d.name, d.region_id) for _, d in inputs],
                    [(d.leader_name, d.leader_mobile) for _, d in inputs if d.leader_name],
                    writer)
                written: dict[Any, int] = {}
                for rec, data in inputs:
                    self._one(session, rec, data, lookup, written, earlier, counts)
                writer.chunk_done()
                for team, row in written.items():
                    earlier.add(team.id, row)
        return counts

    def _one(self, session: Session, rec: Record, data: TeamInput, lookup: BulkTeamLookup,
             written: dict[Any, int], earlier: WrittenRows, counts: ImportCounts) -> None:
        try:
            team, change = upsert_team_in(session, data, lookup)
        except ValidationFailed as exc:
            counts.errors.extend(self.error(rec, label, reason)
                                 for label, reason in exc.problems.items())
            return
        except InputRejected as exc:
            counts.errors.append(self.error(rec, "name", exc.message))
            return
        first = written.get(team) or earlier.row(team.id)
        if first is not None:
            counts.errors.append(self.error(rec, "name", t(
                "与第 {row} 行重复（同一记录出现两次）", row=first)))
            return
        written[team] = rec.row
        counted = kept_extra(team, change, rec) if rec.extra else change
        setattr(counts, counted, getattr(counts, counted) + 1)

    def count(self, db: Database) -> int:
        return live_count(db, RescueTeam)

    @staticmethod
    def _input(session: Session, rec: Record, cache: dict[str, Any]) -> TeamInput:
        v = rec.values
        category, specialties = v.get("category"), v.get("specialties")
        if isinstance(category, WrittenSpecialty):
            others = [x for x in re.split(r"[、,，;；/]", specialties or "") if x.strip()]
            specialties = LIST_SEPARATOR.join(dict.fromkeys([str(category), *others]))
            category = TeamCategory.PROFESSIONAL
        force = v.get("force_type") or (FORCE_OF_CATEGORY.get(category) if category else None)
        return TeamInput(
            name=v["name"], region_id=region_id_in(session, v["region"], "所属区划", cache),
            category=category, level=v.get("level"), force_type=force,
            specialties=specialties, supervising_unit=v.get("supervising_unit"),
            leader_name=v.get("leader_name"), leader_mobile=v.get("leader_mobile"),
            duty_phone=v.get("duty_phone"), planned_size=v.get("planned_size"),
            response_minutes=v.get("response_minutes"), base_address=v.get("base_address"),
            gov_purchase=v.get("gov_purchase"), founded_date=v.get("founded_date"),
            status=v.get("status"), remark=v.get("remark"))

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            for r, extra in with_extras(s, RescueTeam, iter_teams_in(s, TeamQuery(status=None))):
                yield [r.name, r.category.zh, r.specialties_text or None, r.level.zh,
                       refs.get(r.region_id, r.region_name), r.supervising_unit, r.leader_name,
                       r.leader_mobile, r.duty_phone, r.base_address, r.planned_size, r.remark,
                       r.response_minutes, r.founded_date, "是" if r.gov_purchase else "否",
                       r.status.zh, r.force_type.zh if r.force_type else None, extra]


MEMBER_COLUMNS = [
    Column("队伍名称", "team", nz.name_text, required=True, width=22,
           synonyms=("所属队伍", "队伍", "所在队伍")),
    Column("姓名", "name", nz.person_name, required=True, width=10, synonyms=("队员姓名",)),
    Column("性别", "gender", parse_gender, width=6, choices=("男", "女")),
    Column("出生日期", "birth_date", dt.birth_date, width=12,
           synonyms=("出生年月", "出生年月日", "生日")),
    Column("身份证号", "id_card", nz.id_card, width=20, as_text=True,
           synonyms=("身份证号码", "公民身份号码", "身份证"),
           comment="18 位；请把本列设为文本，以免 Excel 丢失后几位"),
    Column("手机号码", "mobile", nz.mobile, width=14, as_text=True,
           synonyms=("手机", "手机号", "联系电话", "电话")),
    Column("队内职务", "role", parse_role, width=10, synonyms=("职务", "队内职位", "岗位"),
           choices=tuple(r.zh for r in MemberRole), comment="队长 / 副队长 / 队员；空白按队员"),
    Column("专业特长", "skills", nz.text_max(200), width=16, synonyms=("特长", "专长", "技能")),
    Column("人员来源", "source", parse_source, width=10, synonyms=("来源", "人员类别"),
           choices=tuple(s.zh for s in MemberSource),
           comment="民兵 / 保安 / 警务 / 医务 / 村干部 / 志愿者 / 其他"),
    Column("保险有效期", "insurance_expiry", dt.expiry_date, width=12,
           synonyms=("保险到期日", "保险有效期至", "保险到期日期", "意外险有效期"),
           comment="如 2025-06-30；只写年月（2025.06）按该月最后一天"),
    Column("备注", "remark", nz.multiline_text, width=20, synonyms=("说明",)),
    Column("入队日期", "join_date", dt.month_date, width=12, synonyms=("入队时间", "加入日期")),
    Column("离队日期", "leave_date", dt.date_value, width=12, synonyms=("离队时间", "退出日期")),
    Column("工作单位", "employer", nz.text_max(100), width=18, synonyms=("单位", "所在单位")),
    Column("队伍所属区划", "team_region", nz.text, width=14, synonyms=(),
           comment="队伍同名时用来区分：队伍所属区划的名称或区划代码"),
]


class MembersSpec(RegisterSpec):
    name = "members"
    title_zh = "队员"
    columns = MEMBER_COLUMNS
    natural_key = "身份证号；没有身份证号时按 姓名+手机号码；在所填队伍中"
    table = "team_member"
    keeps_extra = True
    model = TeamMember
    extra_models = (TeamMember,)

    streams = True

    def import_records(self, session: Session, records: Iterable[Record],
                       progress: Callable[[int, int], None] | None = None) -> ImportCounts:
        """A chunk of rows at a time: the people and memberships the chunk names are loaded in
        a few queries as plain rows (BulkMemberLookup), every row is checked by the form's
        rules against them, and the chunk is written with one executemany per table and its
        audit rows (io/member_rows.py). Nothing of a written chunk is kept but its ids, so
        memory stays flat."""
        counts = ImportCounts()
        cache: dict[str, Any] = {}  # regions and teams by the text naming them
        earlier = WrittenRows()  # membership id → the row of an earlier chunk that wrote it
        session.flush()  # what --replace changed, before the chunks load their memberships
        writer = MemberRows(session)
        with session.no_autoflush:
            for part in record_chunks(records, progress, CHUNK_ROWS):
                chunk = [r for r in part
                         if not any(v is BAD for v in r.values.values())]  # errors already
                # Each row's person is checked once: its normalised keys load the lookup,
                # the rules take the same answer.
                people = [self._person(r.values) for r in chunk]
                checked = [check_person(p) for p in people]
                cards, name_mobiles, _ = keys_of(clean for clean, _ in checked)
                lookup = BulkMemberLookup(session, cards, name_mobiles)
                written: dict[TeamMember, int] = {}
                for rec, person, check in zip(chunk, people, checked, strict=True):
                    self._one(session, rec, person, check, cache, lookup, writer, written,
                              earlier, counts)
                writer.chunk_done()
                for m in written:  # 队长 rows make the team's leader (T2), in row order
                    sync_leader(session, m)
                session.flush()
                for m, row in written.items():
                    earlier.add(m.id, row)
        return counts

    def _one(self, session: Session, rec: Record, person: PersonInput, checked: Checked,
             cache: dict[str, Any], lookup: BulkMemberLookup, writer: MemberRows,
             written: dict[TeamMember, int], earlier: WrittenRows,
             counts: ImportCounts) -> None:
        try:
            m, change = writer.upsert(self._input(session, rec, cache, person), lookup,
                                      checked)
        except CellProblem as exc:
            counts.errors.append(self.error(rec, exc.column, exc.reason))
            return
        except ValidationFailed as exc:
            counts.errors.extend(self.error(rec, label, reason)
                                 for label, reason in exc.problems.items())
            return
        first = written.get(m) or earlier.row(m.id)
        if first is not None:
            counts.errors.append(self.error(rec, "team", t(
                "与第 {row} 行重复（同一记录出现两次）", row=first)))
            return
        written[m] = rec.row
        counted = kept_extra(m, change, rec) if rec.extra else change
        setattr(counts, counted, getattr(counts, counted) + 1)

    @staticmethod
    def _person(v: dict[str, Any]) -> PersonInput:
        return PersonInput(name=v["name"], gender=v.get("gender"),
                           birth_date=v.get("birth_date"), id_card=v.get("id_card"),
                           mobile=v.get("mobile"), employer=v.get("employer"))

    @staticmethod
    def _input(session: Session, rec: Record, cache: dict[str, Any],
               person: PersonInput) -> MemberInput:
        v = rec.values
        region_text = v.get("team_region")
        region_id = region_id_in(session, region_text, _TEAM_REGION[0], cache) \
            if region_text else None
        key = f"team:{v['team']}:{region_id}"
        if key not in cache:
            team, problem = find_team_in(session, v["team"], region_id)
            if team is None:
                raise CellProblem("队伍名称", problem or v["team"])
            # The object itself, not only its id: the session's identity map holds clean
            # objects weakly, and each row's checks would otherwise re-read the team.
            cache[key] = team
        return MemberInput(person=person, team_id=cache[key].id, role=v.get("role"),
                           skills=v.get("skills"), source=v.get("source"),
                           join_date=v.get("join_date"), leave_date=v.get("leave_date"),
                           insurance_expiry=v.get("insurance_expiry"), remark=v.get("remark"))

    def count(self, db: Database) -> int:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(TeamMember).where(
                TeamMember.is_deleted.is_(False))) or 0)

    def export_rows(self, db: Database) -> Iterator[list[Any]]:
        with db.read() as s:
            refs = region_refs(s)
            names = dict(s.execute(select(RescueTeam.name, func.count()).where(
                RescueTeam.is_deleted.is_(False)).group_by(RescueTeam.name)).all())
            # The members list's rows in its order, as plain columns: building the list's
            # ORM objects and rows (with certificates and the officer flag, which the sheet
            # has no column for) took as long as writing the sheet (issue 20).
            stmt = ordered_members(MemberQuery(include_left=True)).with_only_columns(
                RescueTeam.name, RescueTeam.region_id, Person.name, Person.gender,
                Person.birth_date, Person.birth_date_month, Person.id_card, Person.mobile,
                TeamMember.role, TeamMember.skills, TeamMember.source,
                TeamMember.insurance_expiry, TeamMember.insurance_expiry_month,
                TeamMember.remark, TeamMember.join_date, TeamMember.join_date_month,
                TeamMember.leave_date, Person.employer, TeamMember.extra)
            for (team, team_region, name, gender, born, born_month, id_card, mobile, role,
                 skills, source, insured, insured_month, remark, joined, joined_month, left,
                 employer, extra) in streamed(s, stmt, iter):
                # The team's region only when its name alone is ambiguous (keeps sheets short).
                region = refs.get(team_region) if names.get(team, 0) > 1 else None
                yield [team, name, _GENDER.get(gender), with_precision(born, born_month),
                       id_card, mobile, _ROLE[role], skills, _SOURCE.get(source),
                       with_precision(insured, insured_month), remark,
                       with_precision(joined, joined_month), left, employer, region,
                       ExtraCells(parse_extra(extra))]


_GENDER = {g.value: g.zh for g in Gender}
_ROLE = {r.value: r.zh for r in MemberRole}
_SOURCE = {x.value: x.zh for x in MemberSource}


TEAMS_SPEC = TeamsSpec()
MEMBERS_SPEC = MembersSpec()
__all__ = ["MEMBERS_SPEC", "TEAMS_SPEC"]
