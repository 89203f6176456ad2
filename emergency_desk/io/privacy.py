"""Personal data in exports: 身份证号 masked unless the user chooses otherwise.

An export leaves the office on a USB stick or in a chat group, so the default is the safe one:
身份证号 shown as in the lists ("3410**********1234"). The user may explicitly ask for full
numbers (a file meant to be edited and imported back as an update) or for no personal columns
at all (a roster to hand out). A masked export still imports back unchanged (docs/design.md §3:
export → import round-trips): a masked number names the person on record with the same name
and the same visible digits, and is refused when there is no such person
(io/importer._resolve_masked_ids).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from emergency_desk.errors import InputRejected
from emergency_desk.i18n import t
from emergency_desk.io.spec import Column, RegisterSpec
from emergency_desk.services.people import mask_id_card

# Fields that describe a private person (docs/design.md §3 columns): dropped by NO_PERSONAL. Office
# numbers (值班电话) and names stay: a roster without names is useless.
PERSONAL_FIELDS = frozenset({"id_card", "birth_date", "mobile", "phone2", "leader_mobile"})
ID_FIELDS = frozenset({"id_card"})


class Privacy(Enum):
    MASKED = "masked"  # default: 身份证号 masked, other columns as they are
    FULL_ID = "full-id"  # explicit choice: full 身份证号 (for editing and importing back)
    NO_PERSONAL = "no-personal"  # 身份证号, 手机号码, 出生日期… left out


@dataclass(frozen=True)
class ExportPlan:
    """Which of the spec's columns an export writes, and how each value is shown."""

    columns: list[Column]
    picks: list[tuple[int, Callable[[Any], Any] | None]]

    def apply(self, row: list[Any]) -> list[Any]:
        return [row[i] if f is None else f(row[i]) for i, f in self.picks]


def _mask(value: Any) -> Any:
    return mask_id_card(str(value)) if value else value


def has_personal_columns(spec: RegisterSpec) -> bool:
    return any(c.field in PERSONAL_FIELDS for c in spec.columns)


def export_plan(spec: RegisterSpec, privacy: Privacy = Privacy.MASKED) -> ExportPlan:
    columns: list[Column] = []
    picks: list[tuple[int, Callable[[Any], Any] | None]] = []
    for i, col in enumerate(spec.columns):
        if privacy is Privacy.NO_PERSONAL and col.field in PERSONAL_FIELDS:
            continue
        mask = privacy is Privacy.MASKED and col.field in ID_FIELDS
        columns.append(col)
        picks.append((i, _mask if mask else None))
    return ExportPlan(columns, picks)


# Written into the workbook's keywords by a NO_PERSONAL export; Excel and WPS keep it on save.
NO_PERSONAL_MARK = "emergency-desk:no-personal"


def refuse_personless_reimport(spec: RegisterSpec, keywords: str) -> None:
    """People are recognised by 身份证号: importing a roster exported without it would add
    everyone a second time, so such a file is refused before any row is read."""
    if NO_PERSONAL_MARK in keywords and any(c.field in ID_FIELDS for c in spec.columns):
        raise InputRejected(t(
            "这个文件是“不含个人信息”的导出，只供查阅和分发，不能导入：没有身份证号就认不出人员，"
            "导入会重复添加。要修改后导入，请用“含完整身份证号”方式重新导出。"))
