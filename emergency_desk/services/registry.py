"""The registers, declared in one list: what each owns, from its models to its page.

Everything that needs "every register" reads this list instead of a list filled as a side
effect of importing modules:

- the recycle bin (services/recycle.py): which models show there, which hook runs on restore;
- the checks engine (services/checks/registry.py): the rule module of each register;
- the demo county (services/demo/county.py): the demo steps, in the order listed here;
- the window (ui/navigation.PAGES): its page keys are checked against `page`, and a page shows
  the alerts of the registers naming it (services must not import Qt, so the page classes
  stay on the ui side);
- io/registers.py and reports/registry.py: tests/services/test_registry.py fails when their
  Excel specs or reports and the ones named here differ, or when an entry names a module,
  hook, rule, demo step or page that does not exist.

Everything above the data layer is named as a dotted path ("package.module:name"), resolved
only when used: this module imports models and nothing else of the project, so every layer can
read it without an import circle. Adding a register is one `Register(...)` here plus its own
modules — docs/architecture.md "How to add a register".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from emergency_desk.data.library import CaseRecord, Regulation
from emergency_desk.data.models import Region
from emergency_desk.data.officers import InfoOfficer
from emergency_desk.data.people import Person, TrainingAttendance, TrainingEvent
from emergency_desk.data.plans import (
    AnnualDrill,
    Drill,
    DrillPlan,
    DrillTeam,
    EmergencyPlan,
    LeadershipGroup,
    PlanAttachment,
    PlanEvaluation,
    PlanResource,
    PlanRevision,
)
from emergency_desk.data.resources import ContactEntry, Expert, HazardPoint, Shelter
from emergency_desk.data.supplies import (
    AgreementLine,
    AgreementReserve,
    StockBatch,
    StockDoc,
    StockDocLine,
    StockQuota,
    Stocktake,
    StocktakeLine,
    SupplyCategory,
    SupplyItem,
    Warehouse,
)
from emergency_desk.data.teams import (
    Certificate,
    Equipment,
    EquipmentMaintenance,
    EquipmentStandard,
    RescueTeam,
    TeamMember,
)
from emergency_desk.data.township import (
    DutyLog,
    DutyRoster,
    FloodPledge,
    LeadershipMember,
    VillageManager,
)
from emergency_desk.data.users import User

_S = "emergency_desk.services."


@dataclass(frozen=True)
class BinModel:
    """A model whose deleted rows show in the recycle bin. `on_restore` ("module:function",
    `(session, obj) -> None`) runs inside the restore transaction before the record comes
    back: it raises InputRejected to refuse (a clash with a live record) or brings back the
    record's dependants."""

    model: Any
    on_restore: str | None = None


@dataclass(frozen=True)
class DemoStep:
    """One step of the demo county: `step` ("module:function", `(session, DemoContext) ->
    int`) fills part of a register and returns how many records it wrote; `title_zh` names it
    in `demo`'s summary."""

    title_zh: str
    step: str


@dataclass(frozen=True)
class Register:
    key: str  # also the checks' rule `register` and, when it has one, the page key
    title_zh: str
    bin: tuple[BinModel, ...] = ()
    # Soft-deletable models that never show in the bin on their own: lines, links and log
    # rows that go and come back with their parent, or records deleted for good.
    parts: tuple[Any, ...] = ()
    services: tuple[str, ...] = ()  # modules
    views: tuple[str, ...] = ()  # modules (read-only rows for pages and reports)
    specs: tuple[str, ...] = ()  # Excel specs by CLI name (io/registers.py REGISTERS)
    reports: tuple[str, ...] = ()  # reports by CLI name (reports/registry.py REPORTS)
    checks: str | None = None  # rule module (services/checks/); its rules carry `key`
    demo: tuple[DemoStep, ...] = ()  # run in list order: a step may use earlier registers
    page: str | None = None  # ui/navigation.PAGES key


# In dependency order, which is the demo's order: regions first; teams after officers (captains
# are officers); drills after the plans they exercise; the township registers after the plans
# (their 领导小组) and the officers (managers are often them).
REGISTERS: tuple[Register, ...] = (
    Register(
        "regions", "行政区划",
        bin=(BinModel(Region),),  # the bin itself checks the parent (recycle.py)
        services=(_S + "regions.regions", _S + "regions.references"),
        specs=("regions",), reports=("regions", "alerts"),
        checks=_S + "checks.regions",
        demo=(DemoStep("行政区划", _S + "demo.county:regions_step"),), page="regions"),
    Register(
        "people", "人员",
        bin=(BinModel(Person, _S + "people:restore_person"),),
        services=(_S + "people",)),
    Register(
        "officers", "灾害信息员",
        bin=(BinModel(InfoOfficer, _S + "officers.officers:restore_officer"),
             BinModel(TrainingEvent, _S + "officers.training_events:restore_event")),
        parts=(TrainingAttendance,),
        services=(_S + "officers.officers", _S + "officers.trainings"),
        views=(_S + "officers.views", _S + "officers.coverage"),
        specs=("officers", "trainings"),
        reports=("officers", "training-signin", "training-rate"),
        checks=_S + "checks.officers",
        demo=(DemoStep("灾害信息员", _S + "demo.officers:demo_step"),), page="officers"),
    Register(
        "teams", "救援队伍",
        bin=(BinModel(RescueTeam, _S + "teams.teams:restore_team"),
             BinModel(TeamMember, _S + "teams.members:restore_member"),
             BinModel(Certificate, _S + "teams.members:restore_member"),
             BinModel(Equipment, _S + "teams.equipment:restore_equipment"),
             BinModel(EquipmentMaintenance), BinModel(EquipmentStandard)),
        services=(_S + "teams.teams", _S + "teams.members", _S + "teams.equipment",
                  _S + "teams.standards"),
        views=(_S + "teams.views",),
        specs=("teams", "members", "equipment", "certificates", "equipment-standard"),
        reports=("teams", "members", "equipment"),
        checks=_S + "checks.teams",
        demo=(DemoStep("救援队伍", _S + "demo.teams:demo_step"),), page="teams"),
    Register(
        "supplies", "应急物资",
        bin=(BinModel(Warehouse, _S + "supplies.supplies:restore_warehouse"),
             BinModel(SupplyItem, _S + "supplies.supplies:restore_item"),
             BinModel(StockBatch, _S + "supplies.stock:restore_batch"),
             BinModel(StockQuota), BinModel(AgreementReserve)),
        parts=(SupplyCategory, StockDoc, StockDocLine, Stocktake, StocktakeLine, AgreementLine),
        services=(_S + "supplies.supplies", _S + "supplies.stock", _S + "supplies.quota"),
        views=(_S + "supplies.views",),
        specs=("warehouses", "items", "stock", "categories", "quotas", "agreements"),
        reports=("stock", "expiry", "agreements", "replenishment"),
        checks=_S + "checks.supplies",
        demo=(DemoStep("应急物资", _S + "demo.supplies:build_demo_supplies"),), page="supplies"),
    Register(
        "plans", "应急预案与演练",
        bin=(BinModel(EmergencyPlan, _S + "plans.plans:restore_plan"),
             BinModel(PlanRevision, _S + "plans.plans:restore_child"),
             BinModel(PlanEvaluation, _S + "plans.plans:restore_child"),
             BinModel(PlanAttachment, _S + "plans.attachments:restore_attachment"),
             BinModel(Drill, _S + "plans.drills:restore_drill"),
             BinModel(AnnualDrill), BinModel(LeadershipGroup)),
        parts=(DrillPlan, DrillTeam, PlanResource),
        services=(_S + "plans.plans", _S + "plans.drills", _S + "plans.annual_drills",
                  _S + "plans.attachments", _S + "plans.leadership"),
        views=(_S + "plans.views",),
        specs=("plans", "drills"), reports=("plans", "drills", "six"),
        checks=_S + "checks.plans",
        demo=(DemoStep("应急预案", _S + "demo.plans:build_demo_plans"),
              DemoStep("应急演练", _S + "demo.plans:build_demo_drills")),
        page="plans"),
    # Issue 16. How a township office is organised (六有 有班子, 有机制): 领导小组, 值班,
    # 村(社区)应急管理员, 防汛责任书 — one page, one rule module.
    Register(
        "township", "领导小组、值班、应急管理员和防汛责任书",
        bin=(BinModel(LeadershipMember, _S + "township.leaders:restore_member"),
             BinModel(DutyRoster, _S + "township.duty:restore_roster"), BinModel(DutyLog),
             BinModel(VillageManager, _S + "township.managers:restore_manager"),
             BinModel(FloodPledge, _S + "township.pledges:restore_pledge")),
        services=(_S + "township.leaders", _S + "township.duty", _S + "township.managers",
                  _S + "township.pledges"),
        views=(_S + "township.choices",),
        specs=("leaders", "duty", "managers", "pledges"),
        reports=("duty", "leaders", "managers"),
        checks=_S + "checks.township",
        demo=(DemoStep("领导小组和值班", _S + "township.demo:build_demo_township"),
              DemoStep("村(社区)应急管理员", _S + "township.demo:build_demo_managers"),
              DemoStep("防汛责任书", _S + "township.demo:build_demo_pledges")),
        page="township"),
    # Places in the field: 避难场所 and 隐患点 (a hazard point names its shelter).
    Register(
        "resources", "避难场所和隐患点",
        bin=(BinModel(Shelter, _S + "resources.shelters:restore_shelter"),
             BinModel(HazardPoint, _S + "resources.hazards:restore_hazard")),
        services=(_S + "resources.shelters", _S + "resources.hazards"),
        views=(_S + "resources.choices",),
        specs=("shelters", "hazards"), reports=("shelters", "hazards"),
        checks=_S + "checks.resources",
        demo=(DemoStep("避难场所和隐患点", _S + "resources.demo:build_demo_resources"),),
        page="field"),
    # People to ring: 应急联络网 and 专家库 (two of 一网五库).
    Register(
        "network", "应急联络网和专家库",
        bin=(BinModel(ContactEntry, _S + "resources.contacts:restore_contact"),
             BinModel(Expert, _S + "resources.experts:restore_expert")),
        services=(_S + "resources.contacts", _S + "resources.experts"),
        specs=("contacts", "experts"), reports=("contacts", "experts"),
        checks=_S + "checks.network",
        demo=(DemoStep("应急联络网和专家库", _S + "resources.demo:build_demo_network"),),
        page="network"),
    # 法规库 and 典型案例库, the last two of 一网五库; each record carries one file.
    Register(
        "library", "法规库和典型案例库",
        bin=(BinModel(Regulation, _S + "library.regulations:restore_regulation"),
             BinModel(CaseRecord, _S + "library.cases:restore_case")),
        services=(_S + "library.regulations", _S + "library.cases", _S + "library.files",
                  _S + "stored_files"),
        specs=("regulations", "cases"), reports=("regulations", "cases"),
        demo=(DemoStep("法规库和典型案例库", _S + "library.demo:build_demo_library"),),
        page="library"),
    # Not a register: the period summary reads every register and belongs to none.
    Register(
        "summary", "综合台账汇总",
        services=(_S + "summary.counts", _S + "summary.period"), reports=("summary",)),
    # Sign-in accounts: switched off, never deleted through the bin.
    Register("users", "用户", parts=(User,), services=(_S + "users",)),
)


def get(key: str) -> Register:
    for r in REGISTERS:
        if r.key == key:
            return r
    raise KeyError(key)


def bin_models() -> list[Any]:
    """Every model whose deleted rows show in the recycle bin, in register order."""
    return [b.model for r in REGISTERS for b in r.bin]


def resolve(dotted: str) -> Any:
    """"package.module:name" → the object; "package.module" → the module."""
    module, _, name = dotted.partition(":")
    mod = importlib.import_module(module)
    return getattr(mod, name) if name else mod


def rule_modules() -> list[str]:
    """The checks' rule modules, one per register that has rules."""
    return [r.checks for r in REGISTERS if r.checks]


def demo_steps() -> list[tuple[str, Callable[..., int]]]:
    """(title in Chinese, step) for every demo step, in the order they must run."""
    return [(d.title_zh, resolve(d.step)) for r in REGISTERS for d in r.demo]


def restore_hooks(table: str) -> list[Callable[[Any, Any], None]]:
    """The restore hook of the bin model stored in `table`, if it has one."""
    return [resolve(b.on_restore) for r in REGISTERS for b in r.bin
            if b.model.__tablename__ == table and b.on_restore]
