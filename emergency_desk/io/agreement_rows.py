"""The agreements import (`import agreements`, 协议储备 and their goods lines) in bulk
(issue 20).

Rows are grouped by 协议单位 + 协议编号 as before (the repeated cells must agree, each goods
line names a known item). The stored agreements and their live lines are then loaded once
into dicts — before, each agreement scanned every stored one as an ORM object to compare
names in their normal form, quadratic: 212 s in-process for 10,000 rows — and each
agreement is checked by the form's rules (`check_agreement`, `agreement_values`) and written
with Core executemany a chunk at a time (io/bulk.py), as the form's `save_agreement_in` writes
it: the agreement inserted or updated, its old lines deleted (soft) and its lines inserted
anew, each with the audit row the ORM gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emergency_desk.data.names import name_key
from emergency_desk.data.supplies import AgreementLine, AgreementReserve
from emergency_desk.errors import ValidationFailed
from emergency_desk.i18n import t
from emergency_desk.io.bulk import Bulk
from emergency_desk.io.row_upsert import CellProblem, region_id_in
from emergency_desk.io.spec import BAD, ImportCounts, Record, RegisterSpec
from emergency_desk.services.supplies.item_index import ItemIndex
from emergency_desk.services.supplies.quota import (
    AgreementInput,
    agreement_values,
    check_agreement,
)

_HEAD_FIELDS = ("region", "start_date", "end_date", "contact", "phone", "response_hours",
               "remark")
_COLUMNS = ("supplier", "contract_no", "region_id", "start_date", "end_date", "contact",
            "phone", "response_hours", "remark")
_LIVE = {"is_deleted": False, "deleted_at": None}


@dataclass
class _Group:
    first: Record
    head: dict[str, Any] = field(default_factory=dict)  # field → (value, row it came from)
    lines: list[tuple[int, float]] = field(default_factory=list)
    failed: bool = False


@dataclass
class _Stored:
    """A live agreement as stored (or as this import wrote it), with its live goods lines
    as (id, uuid, item id, agreed qty)."""

    id: int
    uuid: str
    values: dict[str, Any]
    lines: list[tuple[int, str, int, float]] = field(default_factory=list)


class AgreementRows:
    def __init__(self, spec: RegisterSpec, session: Session, counts: ImportCounts) -> None:
        self.spec, self.session, self.counts = spec, session, counts
        self.items = ItemIndex(session)
        self.cache: dict[str, Any] = {}  # region_id_in's
        self._supplier, self._number = spec.column("supplier"), spec.column("contract_no")
        # Compared as the sheet's cells are read, names in their normal form (data/names.py),
        # so that an export finds its agreements again; the first stored one of a key wins.
        self._stored: dict[tuple[str, str | None], _Stored] = {}
        by_id: dict[int, _Stored] = {}
        for rid, uuid, *values in session.execute(
                select(AgreementReserve.id, AgreementReserve.uuid,
                       *(getattr(AgreementReserve, f) for f in _COLUMNS))
                .where(AgreementReserve.is_deleted.is_(False)).order_by(AgreementReserve.id)):
            a = by_id[rid] = _Stored(rid, uuid, dict(zip(_COLUMNS, values, strict=True)))
            self._stored.setdefault(self._key(a.values["supplier"], a.values["contract_no"],
                                              stored=True), a)
        for lid, uuid, aid, iid, qty in session.execute(
                select(AgreementLine.id, AgreementLine.uuid, AgreementLine.agreement_id,
                       AgreementLine.item_id, AgreementLine.agreed_qty)
                .where(AgreementLine.is_deleted.is_(False)).order_by(AgreementLine.id)):
            if aid in by_id:
                by_id[aid].lines.append((lid, uuid, iid, float(qty)))
        self.bulk = Bulk(session)
        self.agreements = self.bulk.table(AgreementReserve)
        self.lines = self.bulk.table(AgreementLine)

    def _key(self, supplier: str | None, contract_no: str | None,
             stored: bool = False) -> tuple[str, str | None]:
        if stored:  # read back as the sheet's cells are
            supplier, contract_no = self._supplier.parse(supplier), self._number.parse(contract_no)
        return name_key(supplier if isinstance(supplier, str) else ""), contract_no

    # -- the rows, grouped ---------------------------------------------------------------
    def run(self, records: list[Record], progress: Callable[[int, int], None] | None) -> None:
        counts = self.counts
        groups: dict[tuple[str, str], _Group] = {}
        for rec in records:
            v = rec.values
            if v.get("supplier") is BAD or v.get("contract_no") is BAD:
                continue
            g = groups.setdefault((v["supplier"], v.get("contract_no") or ""), _Group(rec))
            if any(x is BAD for x in v.values()):
                g.failed = True  # its cell errors are already reported
                continue
            self._head(rec, g)
            self._line(rec, g)
        if counts.errors or any(g.failed for g in groups.values()):
            self.bulk.stop()  # the file will be refused: the groups are only checked
        for n, ((supplier, contract_no), g) in enumerate(groups.items(), 1):
            if progress is not None:
                progress(n, len(groups))
            if g.failed:
                continue
            before = len(counts.errors)
            try:
                change = self._upsert(supplier, contract_no or None, g)
            except CellProblem as exc:
                counts.errors.append(self.spec.error(g.first, _field_of(exc.column), exc.reason))
            except ValidationFailed as exc:
                counts.errors.extend(self.spec.error(g.first, _field_of(k), r)
                                     for k, r in exc.problems.items())
            else:
                setattr(counts, change, getattr(counts, change) + 1)
            self.bulk.row_done(refused=len(counts.errors) != before)
        self.bulk.write()

    def _head(self, rec: Record, g: _Group) -> None:
        """The agreement's own cells: repeated on every line, they must agree."""
        for f in _HEAD_FIELDS:
            value = rec.values.get(f)
            if value is None:
                continue
            if f not in g.head:
                g.head[f] = (value, rec.row)
            elif g.head[f][0] != value:
                self.counts.errors.append(self.spec.error(rec, f, t(
                    "与第 {row} 行（同一协议）填写的不一致：“{a}”与“{b}”", row=g.head[f][1],
                    a=_text(g.head[f][0]), b=_text(value))))
                g.failed = True

    def _line(self, rec: Record, g: _Group) -> None:
        item, qty = rec.values.get("item"), rec.values.get("qty")
        if item is None and qty is None:
            return
        errors = self.counts.errors
        if item is None:
            errors.append(self.spec.error(rec, "item", t("填写了协议数量，请同时填写物资名称")))
        elif qty is None or qty <= 0:
            errors.append(self.spec.error(rec, "qty", t("协议数量应大于 0")))
        else:
            iid, problem = self.items.lookup(item, rec.values.get("spec"))
            if iid is None:
                errors.append(self.spec.error(rec, "item", problem or ""))
            elif any(i == iid for i, _ in g.lines):
                errors.append(self.spec.error(rec, "item", t(
                    "同一协议中这种物资出现了两次，请合并为一行")))
            else:
                g.lines.append((iid, float(qty)))
                return
        g.failed = True

    # -- one agreement -------------------------------------------------------------------
    def _upsert(self, supplier: str, contract_no: str | None, g: _Group) -> str:
        key = self._key(supplier, contract_no)
        stored = self._stored.get(key)
        old: dict[str, Any] = stored.values if stored is not None else {}
        head = {f: v for f, (v, _row) in g.head.items()}
        region_text = head.get("region")
        region_id = region_id_in(self.session, region_text, "所属区划", self.cache) \
            if region_text else old.get("region_id")
        old_lines = [(i, q) for _id, _uuid, i, q in stored.lines] if stored else []
        data = AgreementInput(
            supplier=supplier, contract_no=contract_no, region_id=region_id,
            **{f: _keep(head.get(f), old.get(f))
               for f in ("start_date", "end_date", "contact", "phone", "response_hours",
                         "remark")},
            lines=g.lines or old_lines)
        if stored is not None and sorted(data.lines) == sorted(old_lines) and tuple(
                old[f] for f in _COLUMNS[2:]) == (
                data.region_id, data.start_date, data.end_date, data.contact, data.phone,
                data.response_hours, data.remark):
            return "unchanged"
        check_agreement(data, self.items.names.get)
        self._write(key, stored, data)
        return "updated" if stored else "inserted"

    def _write(self, key: tuple[str, str | None], stored: _Stored | None,
               data: AgreementInput) -> None:
        """As `save_agreement_in` writes it: the agreement, its old lines deleted, its lines
        added anew."""
        values = agreement_values(data)
        name = values["supplier"]
        if stored is None:
            rid, uuid = self.agreements.insert(values, name)
            stored = self._stored[key] = _Stored(rid, uuid, values)
        else:
            self.agreements.update(stored.id, stored.uuid, name, stored.values, values)
            stored.values = values
            gone = {"is_deleted": True, "deleted_at": self.bulk.stamp}
            for lid, uuid, _iid, _qty in stored.lines:
                self.lines.update(lid, uuid, "", _LIVE, gone)
        stored.lines = []
        for iid, qty in data.lines:
            lid, uuid = self.lines.insert(
                {"agreement_id": stored.id, "item_id": iid, "agreed_qty": float(qty)}, "")
            stored.lines.append((lid, uuid, iid, float(qty)))


def _keep(value: Any, stored: Any) -> Any:
    """A blank cell keeps the stored value (a sheet without 备注 leaves 备注 alone)."""
    return stored if value is None else value


def _text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


_LABEL_FIELD = {"协议单位": "supplier", "截止日期": "end_date", "响应时限": "response_hours",
                "物资": "item", "协议数量": "qty", "所属区划": "region", "物资名称": "item"}


def _field_of(label: str) -> str:
    return _LABEL_FIELD.get(label, label)
