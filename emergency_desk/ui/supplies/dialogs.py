"""应急物资 dialogs: warehouse and item forms, movement slips (入库/出库/调拨) and the stocktake.

Every dialog only gathers input; the services check it and book the whole document in one
transaction. A refusal (not enough stock, expiry before production…) stays in the dialog next
to its field, with what the user typed kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import (
    FUNDING_SOURCES,
    BatchStatus,
    DocType,
    StockBatch,
    SupplyItem,
    Warehouse,
    WarehouseStatus,
    WarehouseType,
)
from emergency_desk.io.normalize import number as number_cell
from emergency_desk.services.extra_fields import extra_fields_of
from emergency_desk.services.regions.regions import RegionQuery, RegionService
from emergency_desk.services.supplies.batches import BatchService
from emergency_desk.services.supplies.stock import (
    BatchInput,
    BookedDoc,
    DocHeader,
    LineOut,
    StockService,
)
from emergency_desk.services.supplies.supplies import ItemInput, SuppliesService, WarehouseInput
from emergency_desk.services.supplies.views import CatalogueViews, StockViews
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog
from emergency_desk.values import InvalidValue

FEFO = "fefo"  # the batch choice "先到期先出，自动分配"


def tr(text: str) -> str:
    """Translate in this module's context (the name lets tools/update_translations.py find the
    strings)."""
    return QCoreApplication.translate("SuppliesDialogs", text)


def _positive(value: Any) -> str | None:
    try:
        number = _number(value)
    except ValueError:
        return tr("请填写数字")
    if number is None:
        return tr("请填写数字")
    return None if number > 0 else tr("数量应大于 0")


def _number(value: Any) -> float | None:
    """A number as typed, read as an imported cell is (io/normalize.number): "1,000",
    "１２００", "1，000"; not "inf", "1_0" or a number too big to be real. ValueError when it is
    not a number; the checks above say so before the form is saved."""
    try:
        return number_cell(value)
    except InvalidValue as exc:
        raise ValueError(str(exc)) from None


def amount(value: Any) -> float:
    """A required number of the form (数量), checked by `_positive` before saving."""
    number = _number(value)
    if number is None:
        raise ValueError(tr("请填写数字"))
    return number


def warehouse_choices(db: Database, active_only: bool = True) -> list[tuple[str, Any]]:
    rows = CatalogueViews(db).warehouses()
    return [(f"{w.name}（{w.region}）" if w.region else w.name, w.id) for w in rows
            if not active_only or w.status == WarehouseStatus.ACTIVE]


def item_choices(db: Database) -> list[tuple[str, Any]]:
    return [(f"{i.name} {i.spec}".strip() + (f"（{i.unit}）" if i.unit else ""), i.id)
            for i in CatalogueViews(db).items()]


def _run(dialog: FormDialog) -> Any:
    return dialog.saved_result if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- warehouses and items -----------------------------------------------------------------
def make_warehouse_dialog(db: Database, warehouse_id: int | None = None,
                          parent: QWidget | None = None) -> FormDialog:
    svc = SuppliesService(db)
    regions = [(r.path, r.id) for r in RegionService(db).list(RegionQuery())]
    fields = [
        FieldSpec("仓库名称", tr("仓库名称"), required=True,
                  placeholder=tr("如 碧阳镇应急物资储备点")),
        FieldSpec("类型", tr("类型"), "choice", required=True,
                  choices=[(wt.label, wt) for wt in WarehouseType]),
        FieldSpec("所属区划", tr("所属区划"), "lookup", required=True, choices=regions,
                  placeholder=tr("输入名称查找")),
        FieldSpec("地址", tr("地址")),
        FieldSpec("保管员", tr("保管员")),
        FieldSpec("备岗保管员", tr("备岗保管员")),
        FieldSpec("联系电话", tr("联系电话")),
        FieldSpec("面积(平方米)", tr("面积(平方米)"), "number", minimum=0),
        FieldSpec("状态", tr("状态"), "choice", required=True,
                  choices=[(s.label, s) for s in WarehouseStatus]),
        FieldSpec("备注", tr("备注"), "multiline"),
    ]
    values: dict[str, Any] = {"类型": WarehouseType.TOWNSHIP, "状态": WarehouseStatus.ACTIVE}

    def stored() -> dict[str, Any]:
        assert warehouse_id is not None
        w = svc.warehouse_input(warehouse_id)
        return {"仓库名称": w.name, "类型": w.type, "所属区划": w.region_id, "地址": w.address,
                "保管员": w.keeper, "备岗保管员": w.keeper2, "联系电话": w.phone,
                "面积(平方米)": w.area_m2, "状态": w.status, "备注": w.remark}

    if warehouse_id is not None:
        values = stored()

    def save(v: dict[str, Any]) -> int:
        data = WarehouseInput(v["仓库名称"], v["类型"], v["所属区划"], v["地址"],
                              v["面积(平方米)"], v["保管员"], v["备岗保管员"], v["联系电话"],
                              v["状态"], remark=v["备注"])
        if warehouse_id is None:
            return svc.create_warehouse(data)
        svc.update_warehouse(warehouse_id, data)
        return warehouse_id

    title = tr("新增仓库") if warehouse_id is None else tr("编辑仓库")
    return FormDialog(title, fields, values, save, parent,
                      extra=extra_fields_of(db, Warehouse, warehouse_id),
                      reload=stored if warehouse_id is not None else None)


def make_item_dialog(db: Database, item_id: int | None = None,
                     parent: QWidget | None = None) -> FormDialog:
    svc = SuppliesService(db)
    fields = [
        FieldSpec("物资名称", tr("物资名称"), required=True, placeholder=tr("如 救灾帐篷")),
        FieldSpec("规格型号", tr("规格型号")),
        FieldSpec("计量单位", tr("计量单位"), placeholder=tr("如 顶、条、箱")),
        FieldSpec("分类编码", tr("分类编码"),
                  placeholder=tr("GB/T 38565，如 1010101"),
                  help=tr("1 位大类 + 2 位中类 + 2 位小类 + 2 位细类")),
        FieldSpec("保质期(月)", tr("保质期(月)"), "int", minimum=1),
        FieldSpec("轮换提前期(天)", tr("轮换提前期(天)"), "int", minimum=0,
                  help=tr("空白时按设置中的物资临期提醒天数")),
        FieldSpec("保质期过半轮换", tr("保质期过半轮换"), "bool",
                  help=tr("勾选后，批次的保质期过半即提醒轮换（不必等到临期）；需填写保质期")),
        FieldSpec("存储方式", tr("存储方式")),
        FieldSpec("常用物资", tr("常用物资（及用及补）"), "bool"),
        FieldSpec("备注", tr("备注"), "multiline"),
    ]
    values: dict[str, Any] = {}

    def stored() -> dict[str, Any]:
        assert item_id is not None
        i = svc.item_input(item_id)
        return {"物资名称": i.name, "规格型号": i.spec, "计量单位": i.unit,
                "分类编码": i.category_code, "保质期(月)": i.shelf_life_months,
                "轮换提前期(天)": i.rotation_lead_days, "存储方式": i.storage_method,
                "常用物资": i.frequently_used, "备注": i.remark,
                "保质期过半轮换": i.rotate_at_half_life}

    if item_id is not None:
        values = stored()

    def save(v: dict[str, Any]) -> int:
        data = ItemInput(v["物资名称"], v["规格型号"] or "", v["计量单位"], v["分类编码"] or None,
                         storage_method=v["存储方式"], shelf_life_months=v["保质期(月)"],
                         rotation_lead_days=v["轮换提前期(天)"],
                         frequently_used=bool(v["常用物资"]), remark=v["备注"],
                         rotate_at_half_life=bool(v["保质期过半轮换"]))
        if item_id is None:
            return svc.create_item(data)
        svc.update_item(item_id, data)
        return item_id

    title = tr("新增物资品目") if item_id is None else tr("编辑物资品目")
    return FormDialog(title, fields, values, save, parent,
                      extra=extra_fields_of(db, SupplyItem, item_id),
                      reload=stored if item_id is not None else None)


# -- movements ----------------------------------------------------------------------------
def _signatures() -> list[FieldSpec]:
    return [FieldSpec("日期", tr("日期"), "date", required=True),
            FieldSpec("经办人", tr("经办人"), required=True),
            FieldSpec("审批人", tr("审批人"))]


def make_receive_dialog(db: Database, warehouse_id: int | None = None,
                        parent: QWidget | None = None) -> FormDialog:
    fields = [
        FieldSpec("仓库", tr("仓库"), "choice", required=True, choices=warehouse_choices(db)),
        FieldSpec("物资名称", tr("物资"), "lookup", required=True, choices=item_choices(db),
                  placeholder=tr("输入名称或拼音查找")),
        FieldSpec("数量", tr("数量"), required=True, validator=_positive),
        FieldSpec("批号", tr("批号")),
        FieldSpec("生产日期", tr("生产日期"), "date", month="first"),
        FieldSpec("有效期至", tr("有效期至"), "date", month="last",
                  help=tr("空白时按生产日期 + 保质期计算")),
        FieldSpec("资金来源", tr("资金来源"), "choice",
                  choices=[("", None)] + [(f, f) for f in FUNDING_SOURCES]),
        FieldSpec("单价", tr("单价（元）"), "number", minimum=0),
        FieldSpec("来源单位", tr("供货/调出单位")),
        *_signatures(),
        FieldSpec("备注", tr("备注"), "multiline"),
    ]

    def save(v: dict[str, Any]) -> BookedDoc:
        return StockService(db).receive(v["仓库"], DocHeader(
            v["日期"], handler=v["经办人"], approver=v["审批人"], peer_org=v["来源单位"],
            remark=v["备注"]), [BatchInput(
                v["物资名称"], amount(v["数量"]), v["批号"] or "", v["生产日期"], v["有效期至"],
                funding=v["资金来源"], unit_price=v["单价"], source=tr("采购"))])

    return FormDialog(tr("入库"), fields, {"仓库": warehouse_id, "日期": date.today()}, save,
                      parent)


def _batch_choices(db: Database, warehouse_id: Any, item_id: Any,
                   kind: DocType = DocType.ISSUE) -> list[tuple[str, Any]]:
    """The batch picker: FEFO first (not for 退库, which names the batch goods return to)."""
    out: list[tuple[str, Any]] = [] if kind == DocType.RETURN else \
        [(tr("先到期先出（自动分配批次）"), FEFO)]
    if not isinstance(warehouse_id, int) or not isinstance(item_id, int):
        return out
    rows = StockViews(db).batches_of(warehouse_id, item_id,
                                     include_empty=kind == DocType.RETURN)
    today = date.today()
    for r in rows:
        expiry = r.expiry_date.isoformat() if r.expiry_date else tr("无有效期")
        note = tr("（已过期）") if r.expiry_date and r.expiry_date < today else ""
        out.append((f"{r.batch_no or '—'}  {tr('有效期至')} {expiry}  "
                    f"{tr('结存')} {r.qty:g}{note}", r.id))
    return out


def _lines(db: Database, v: dict[str, Any]) -> list[LineOut]:
    qty = amount(v["数量"])
    if v["批次"] in (None, FEFO):
        return StockService(db).fefo(v["仓库"], v["物资名称"], qty, v["日期"])
    return [LineOut(v["批次"], qty)]


def make_outgoing_dialog(db: Database, kind: DocType, *, warehouse_id: int | None = None,
                         item_id: int | None = None, batch_id: int | None = None,
                         parent: QWidget | None = None) -> FormDialog:
    """出库发放, 调拨, 报损报废, 轮换 or 退库: the batch picker follows the warehouse and item
    chosen. 轮换 also takes the fresh batch that replaces the one going out."""
    fields = [
        FieldSpec("仓库", tr("调出仓库") if kind == DocType.TRANSFER else tr("仓库"), "choice",
                  required=True, choices=warehouse_choices(db)),
        FieldSpec("物资名称", tr("物资"), "lookup", required=True, choices=item_choices(db),
                  placeholder=tr("输入名称或拼音查找")),
        FieldSpec("批次", tr("批次"), "choice", required=True,
                  choices=_batch_choices(db, warehouse_id, item_id, kind)),
        FieldSpec("数量", tr("退回数量") if kind == DocType.RETURN else tr("数量"),
                  required=True, validator=_positive),
    ]
    if kind == DocType.ROTATION:
        fields += [FieldSpec("新批号", tr("换入批号")),
                   FieldSpec("新生产日期", tr("换入生产日期"), "date", month="first"),
                   FieldSpec("新有效期至", tr("换入有效期至"), "date", month="last"),
                   FieldSpec("换入数量", tr("换入数量"), required=True, validator=_positive),
                   FieldSpec("单价", tr("单价（元）"), "number", minimum=0)]
    if kind == DocType.TRANSFER:
        fields.append(FieldSpec("调入仓库", tr("调入仓库"), "choice", required=True,
                                choices=warehouse_choices(db)))
    fields.append(FieldSpec("用途", tr("报损原因") if kind == DocType.WRITEOFF else tr("用途"),
                            required=kind == DocType.WRITEOFF,
                            placeholder=tr("抢险 / 救助 / 演练 / 轮换")))
    if kind in (DocType.ISSUE, DocType.TRANSFER):
        fields.append(FieldSpec("接收人", tr("接收人"), required=True))
    if kind == DocType.ROTATION:
        fields.append(FieldSpec("去向", tr("换出去向"), placeholder=tr("如 学校食堂、超市")))
    fields += _signatures()
    fields.append(FieldSpec("事由", tr("事由（灾害或事件）")))

    def save(v: dict[str, Any]) -> BookedDoc:
        header = DocHeader(v["日期"], handler=v["经办人"], approver=v["审批人"],
                           receiver=v.get("接收人"), purpose=v["用途"], event_ref=v["事由"],
                           peer_org=v.get("去向"))
        svc = StockService(db)
        if kind == DocType.TRANSFER:
            return svc.transfer(v["仓库"], v["调入仓库"], header, _lines(db, v))
        if kind == DocType.RETURN:
            return svc.give_back(v["仓库"], header, [LineOut(v["批次"], amount(v["数量"]))])
        if kind == DocType.ROTATION:
            fresh = BatchInput(v["物资名称"], amount(v["换入数量"]), v["新批号"] or "",
                               v["新生产日期"], v["新有效期至"], source=tr("轮换"),
                               unit_price=v["单价"])
            return svc.rotate(v["仓库"], header, _lines(db, v), [fresh])
        return svc.issue(v["仓库"], header, _lines(db, v), kind)

    title = {DocType.ISSUE: tr("出库发放"), DocType.TRANSFER: tr("调拨"),
             DocType.WRITEOFF: tr("报损报废"), DocType.ROTATION: tr("轮换"),
             DocType.RETURN: tr("退库")}[kind]
    dialog = FormDialog(title, fields, {"仓库": warehouse_id, "物资名称": item_id,
                                        "批次": batch_id or (None if kind == DocType.RETURN
                                                             else FEFO),
                                        "日期": date.today()},
                        save, parent)

    def follow(key: str) -> None:
        if key in ("仓库", "物资名称"):
            dialog.set_choices("批次", _batch_choices(db, dialog.value("仓库"),
                                                      dialog.value("物资名称"), kind))

    dialog.changed.connect(follow)
    return dialog


def run_dialog(dialog: FormDialog) -> Any:
    """Show a form modally; the saved result, or None if cancelled."""
    return _run(dialog)




def make_batch_dialog(db: Database, batch_id: int, parent: QWidget | None = None) -> FormDialog:
    """Correct a batch's label data; its quantity only changes through documents."""
    row = StockViews(db).get(batch_id)
    assert row is not None
    fields = [
        FieldSpec("批号", tr("批号")),
        FieldSpec("生产日期", tr("生产日期"), "date", month="first"),
        FieldSpec("有效期至", tr("有效期至"), "date", month="last"),
        FieldSpec("资金来源", tr("资金来源"), "choice",
                  choices=[("", None)] + [(f, f) for f in FUNDING_SOURCES]),
        FieldSpec("单价", tr("单价（元）"), "number", minimum=0),
        FieldSpec("产地", tr("产地")),
        FieldSpec("货位", tr("货位")),
        FieldSpec("状态", tr("状态"), "choice", required=True,
                  choices=[(s.label, s) for s in BatchStatus],
                  help=tr("冻结、待报损的批次不计入可用库存，也不参与先到期先出")),
        FieldSpec("备注", tr("备注"), "multiline"),
    ]

    def stored() -> dict[str, Any]:
        nonlocal row
        fresh = StockViews(db).get(batch_id)
        assert fresh is not None
        row = fresh
        funding = row.funding if row.funding in FUNDING_SOURCES else None
        return {"批号": row.batch_no, "生产日期": row.production_date,
                "有效期至": row.expiry_date, "资金来源": funding,
                "单价": row.unit_price,
                "产地": row.origin, "货位": row.bin, "状态": row.status, "备注": row.remark}

    values = stored()

    def save(v: dict[str, Any]) -> int:
        BatchService(db).update_batch(
            batch_id, batch_no=v["批号"] or "", production_date=v["生产日期"],
            expiry_date=v["有效期至"], funding=v["资金来源"] or row.funding,
            unit_price=v["单价"], origin=v["产地"], bin=v["货位"], status=v["状态"],
            remark=v["备注"])
        return batch_id

    title = tr("批次信息：{0} {1}").replace("{0}", row.item_name).replace("{1}", row.batch_no)
    return FormDialog(title, fields, values, save, parent,
                      extra=extra_fields_of(db, StockBatch, batch_id), reload=stored)




def make_quota_dialog(db: Database, quota_id: int | None = None,
                      parent: QWidget | None = None) -> FormDialog:
    from emergency_desk.services.supplies.quota import QuotaInput, QuotaService

    fields = [
        FieldSpec("仓库", tr("仓库"), "choice", required=True, choices=warehouse_choices(db)),
        FieldSpec("物资", tr("物资"), "lookup", required=True, choices=item_choices(db),
                  placeholder=tr("输入名称或拼音查找")),
        FieldSpec("最低储备", tr("最低储备"), "number", minimum=0,
                  help=tr("低于此数时提醒（规则 S3）；填了人均定额可留空")),
        FieldSpec("标准储备", tr("标准储备"), "number", minimum=0),
        FieldSpec("人均定额", tr("人均定额"), "number", minimum=0,
                  help=tr("每人储备量 × 仓库所在区划人口 = 最低储备")),
        FieldSpec("依据", tr("依据"), placeholder=tr("如 乡镇储备点配备标准")),
        FieldSpec("依靠协议储备", tr("部分依靠协议储备"), "bool"),
        FieldSpec("备注", tr("备注"), "multiline"),
    ]
    values: dict[str, Any] = {}
    if quota_id is not None:
        q = QuotaService(db).quota_input(quota_id)
        values = {"仓库": q.warehouse_id, "物资": q.item_id, "最低储备": q.min_qty,
                  "标准储备": q.target_qty, "人均定额": q.per_capita_ratio,
                  "依据": q.basis, "依靠协议储备": q.relies_on_agreement, "备注": q.remark}

    def save(v: dict[str, Any]) -> int:
        data = QuotaInput(v["仓库"], v["物资"], v["最低储备"] or 0.0,
                          v["标准储备"], v["依据"], v["人均定额"],
                          bool(v["依靠协议储备"]), v["备注"])
        return QuotaService(db).save_quota(data, quota_id)

    title = tr("新增储备定额") if quota_id is None else tr("编辑储备定额")
    return FormDialog(title, fields, values, save, parent)


def make_agreement_dialog(db: Database, agreement_id: int | None = None,
                          parent: QWidget | None = None) -> FormDialog:
    from emergency_desk.services.supplies.quota import (
        AgreementInput,
        AgreementViews,
        QuotaService,
    )

    regions = [(r.path, r.id) for r in RegionService(db).list(RegionQuery())]
    fields = [
        FieldSpec("协议单位", tr("协议单位"), required=True,
                  placeholder=tr("如 黟县百货超市有限公司")),
        FieldSpec("协议编号", tr("协议编号")),
        FieldSpec("所属区划", tr("所属区划"), "lookup", choices=regions,
                  placeholder=tr("输入名称查找")),
        FieldSpec("起始日期", tr("起始日期"), "date"),
        FieldSpec("截止日期", tr("截止日期"), "date", required=True),
        FieldSpec("联系人", tr("联系人")),
        FieldSpec("电话", tr("电话")),
        FieldSpec("响应时限", tr("响应时限（小时）"), "number", minimum=0),
        FieldSpec("协议物资", tr("协议物资"), "multiline", required=True,
                  placeholder=tr(
                      "每行一种：物资名称 规格型号 数量，如“瓶装饮用水 550ml×24瓶 2000”")),
        FieldSpec("备注", tr("备注"), "multiline"),
    ]
    values: dict[str, Any] = {}
    if agreement_id is not None:
        a = QuotaService(db).agreement_input(agreement_id)
        values = {"协议单位": a.supplier, "协议编号": a.contract_no, "所属区划": a.region_id,
                  "起始日期": a.start_date, "截止日期": a.end_date, "联系人": a.contact,
                  "电话": a.phone, "备注": a.remark,
                  "响应时限": a.response_hours,
                  "协议物资": AgreementViews(db).goods_lines(agreement_id)}

    def save(v: dict[str, Any]) -> int:
        data = AgreementInput(v["协议单位"], v["协议编号"], v["所属区划"], v["起始日期"],
                              v["截止日期"], v["联系人"], v["电话"], v["响应时限"],
                              remark=v["备注"])
        return QuotaService(db).save_agreement_form(data, v["协议物资"], agreement_id)

    title = tr("新增协议储备") if agreement_id is None else tr("编辑协议储备")
    return FormDialog(title, fields, values, save, parent)
