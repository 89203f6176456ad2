"""The live catalogue in dicts, for imports that name an item on every row (quotas,
agreements): the answers of `lookup_item_in` without its two or three queries a name.

Loaded once per import; a county's catalogue is a few hundred items, a few thousand at most.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.names import name_key
from emergency_desk.data.supplies import SupplyItem
from emergency_desk.services.supplies.supplies import pick_item


class ItemIndex:
    def __init__(self, session: Session) -> None:
        self.names: dict[int, str] = {}  # id → name of every live item
        self._by_key: dict[tuple[str, str], int] = {}
        self._by_name: dict[str, list[tuple[int, str | None]]] = {}
        self._found: dict[tuple[str, str | None], tuple[int | None, str | None]] = {}
        for iid, name, spec in session.execute(
                select(SupplyItem.id, SupplyItem.name, SupplyItem.spec)
                .where(SupplyItem.is_deleted.is_(False)).order_by(SupplyItem.id)):
            self.names[iid] = name
            if spec is not None:  # SQL's NULL matches no spec, not even the empty one
                self._by_key.setdefault((name_key(name), name_key(spec)), iid)
            self._by_name.setdefault(name_key(name), []).append((iid, spec))

    def lookup(self, name: str, spec: str | None) -> tuple[int | None, str | None]:
        """As `lookup_item_in`: (id, None) or (None, the problem naming the closest items)."""
        key = (name, spec)
        found = self._found.get(key)
        if found is None:
            name = (name or "").strip()
            hit = self._by_key.get((name_key(name), name_key(spec or "")))
            found = self._found[key] = (hit, None) if hit is not None else pick_item(
                name, spec, self._by_name.get(name_key(name), []),
                lambda: list(self.names.values()))
        return found
