"""The registers that can be imported and exported, by their CLI name (docs/design.md §2).

A new register adds its spec module and one line to `_build`.
"""

from __future__ import annotations

from emergency_desk.errors import UsageError
from emergency_desk.i18n import t
from emergency_desk.io.spec import RegisterSpec


def _build() -> dict[str, RegisterSpec]:
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

    specs: list[RegisterSpec] = [
        regions.SPEC, supplies.WAREHOUSES, supplies.ITEMS, supplies.STOCK, categories.SPEC,
        teams.TEAMS_SPEC,
        teams.MEMBERS_SPEC, equipment.SPEC, equipment_standard.SPEC, officers.SPEC,
        trainings.SPEC, plans.PLANS,
        plans.DRILLS, quotas.QUOTAS, quotas.AGREEMENTS, certificates.SPEC, leaders.SPEC,
        duty.SPEC, managers.SPEC, shelters.SPEC, hazards.SPEC, experts.SPEC, contacts.SPEC,
        pledges.SPEC]
    return {s.name: s for s in specs}


REGISTERS: dict[str, RegisterSpec] = _build()


def register(spec: RegisterSpec) -> None:
    """Add (or replace) a register spec; for registers defined outside this package."""
    REGISTERS[spec.name] = spec


def get_register(name: str) -> RegisterSpec:
    try:
        return REGISTERS[name]
    except KeyError:
        raise UsageError(t("没有名为“{name}”的台账。可用的有：{names}", name=name,
                           names="、".join(REGISTERS))) from None
