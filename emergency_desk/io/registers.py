"""The registers that can be imported and exported, by their CLI name (docs/design.md §2).

A new register adds its spec module and one line to `_build`; services/registry.py names the
same specs under their register (tests/services/test_registry.py fails when the two differ).
"""

from __future__ import annotations

from emergency_desk.errors import UsageError
from emergency_desk.i18n import t
from emergency_desk.io import (
    categories,
    certificates,
    contacts,
    duty,
    equipment,
    equipment_standard,
    experts,
    hazards,
    leaders,
    library,
    managers,
    officers,
    plans,
    pledges,
    quotas,
    regions,
    shelters,
    supplies,
    teams,
    trainings,
)
from emergency_desk.io.spec import RegisterSpec


def _build() -> dict[str, RegisterSpec]:
    specs: list[RegisterSpec] = [
        regions.SPEC, supplies.WAREHOUSES, supplies.ITEMS, supplies.STOCK, categories.SPEC,
        teams.TEAMS_SPEC,
        teams.MEMBERS_SPEC, equipment.SPEC, equipment_standard.SPEC, officers.SPEC,
        trainings.SPEC, plans.PLANS,
        plans.DRILLS, quotas.QUOTAS, quotas.AGREEMENTS, certificates.SPEC, leaders.SPEC,
        duty.SPEC, managers.SPEC, shelters.SPEC, hazards.SPEC, experts.SPEC, contacts.SPEC,
        pledges.SPEC, library.REGULATIONS, library.CASES]
    return {s.name: s for s in specs}


REGISTERS: dict[str, RegisterSpec] = _build()


def get_register(name: str) -> RegisterSpec:
    try:
        return REGISTERS[name]
    except KeyError:
        raise UsageError(t("没有名为“{name}”的台账。可用的有：{names}", name=name,
                           names="、".join(REGISTERS))) from None


def column_labels() -> dict[tuple[str, str], str]:
    """(table, field) → the Excel column header that fills it: how the audit log names a field
    no curated label covers (a clerk knows the column she typed it in)."""
    out: dict[tuple[str, str], str] = {}
    for spec in REGISTERS.values():
        for col in spec.columns:
            out.setdefault((spec.table, col.field), col.name)
            out.setdefault((spec.table, col.field + "_id"), col.name)  # 所属区划 → region_id
    return out
