"""Extra fields: columns of an imported sheet that map to no field of the register (民族, 文化程度,
住址, 保管人, 主要装备 …). Kept as JSON {header: text} in the record's `extra` column, shown in
its form and exported again after the template's columns, so nothing a clerk typed is lost."""

from __future__ import annotations

import json


def parse_extra(raw: str | None) -> dict[str, str]:
    """A record's extra fields (header → text); a damaged value reads as none."""
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
