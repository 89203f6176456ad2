"""应急物资 dialogs built around a table: the stocktake (盘点) and the stock card (保管账)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError, ValidationFailed
from emergency_desk.services.supplies.batches import BatchService
from emergency_desk.services.supplies.stock import BookedDoc
from emergency_desk.services.supplies.views import StockViews
from emergency_desk.ui import crash
from emergency_desk.ui.supplies.dialogs import amount, tr
from emergency_desk.ui.widgets import register_page


class StocktakeDialog(QDialog):
    """盘点: the warehouse's batches with their book quantity; enter what was counted and why
    it differs; OK books every difference in one 盘点调整 document."""

    def __init__(self, db: Database, warehouse_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.warehouse_id = db, warehouse_id
        self.setWindowTitle(tr("盘点"))
        self.resize(900, 560)
        self.booked: BookedDoc | None = None
        self.done_ok = False
        self.rows = StockViews(db).batches_of(warehouse_id)
        form = QFormLayout()
        self.counter, self.supervisor = QLineEdit(), QLineEdit()
        self.counter.setObjectName("counter")
        form.addRow(tr("盘点人"), self.counter)
        form.addRow(tr("监盘人"), self.supervisor)
        self.table = QTableWidget(len(self.rows), 6)
        self.table.setObjectName("count_table")
        self.table.setHorizontalHeaderLabels([tr("物资"), tr("批号"), tr("有效期至"),
                                              tr("账面数"), tr("实存数"), tr("差异原因")])
        for i, r in enumerate(self.rows):
            for j, text in enumerate([f"{r.item_name} {r.spec}".strip(), r.batch_no,
                                      r.expiry_date.isoformat() if r.expiry_date else "",
                                      f"{r.qty:g}"]):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, j, cell)
            self.table.setItem(i, 4, QTableWidgetItem(f"{r.qty:g}"))
            self.table.setItem(i, 5, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("确认并入账"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.print_button = buttons.addButton(tr("打印盘点表"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(tr("打印带账面数的空白盘点表，清点时手工填写"))
        self.print_button.clicked.connect(self.print_sheet)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("在“实存数”列填写清点结果；与账面不符的批次须写明原因。")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def print_sheet(self) -> Any:
        from emergency_desk.reports.supplies_sheets import build_count_sheet

        return register_page.print_pdf(
            self, tr("盘点表"), lambda out: build_count_sheet(self.db, self.warehouse_id, out))

    def set_count(self, row: int, actual: float, reason: str = "") -> None:
        self.table.item(row, 4).setText(f"{actual:g}")
        self.table.item(row, 5).setText(reason)

    def counts(self) -> dict[int, tuple[float, str | None]]:
        out: dict[int, tuple[float, str | None]] = {}
        for i, r in enumerate(self.rows):
            text = self.table.item(i, 4).text().strip()
            try:
                actual = amount(text)
            except ValueError:
                raise ValidationFailed({tr("实存数"): tr("第 {0} 行的实存数不是数字").replace(
                    "{0}", str(i + 1))}) from None
            out[r.id] = (actual, self.table.item(i, 5).text().strip() or None)
        return out

    def try_accept(self) -> None:
        try:
            self.booked = BatchService(self.db).take_stock(
                self.warehouse_id, date.today(), self.counts(), self.counter.text(),
                self.supervisor.text())
        except ValidationFailed as exc:
            self.message.setText("\n".join(exc.problems.values()))
            return
        except KnownError as exc:
            self.message.setText(exc.message)
            return
        except Exception as exc:  # a bug: show it and keep what was typed
            crash.show_error(self, exc)
            return
        self.done_ok = True
        self.accept()


class StockCardDialog(QDialog):
    """物资保管账: every document line of one item in one warehouse with a running balance."""

    def __init__(self, db: Database, warehouse_id: int, item_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("物资保管账：{0}").replace("{0}", title))
        self.resize(820, 480)
        self.lines = StockViews(db).stock_card(warehouse_id, item_id)
        self.table = QTableWidget(len(self.lines), 8)
        self.table.setObjectName("card_table")
        self.table.setHorizontalHeaderLabels([tr("日期"), tr("单号"), tr("类型"), tr("批号"),
                                              tr("收入"), tr("发出"), tr("结存"), tr("摘要")])
        for i, c in enumerate(self.lines):
            cells = [c.doc_date.isoformat(), c.doc_no, c.doc_type.label, c.batch_no,
                     f"{c.qty_in:g}" if c.qty_in else "", f"{c.qty_out:g}" if c.qty_out else "",
                     f"{c.balance:g}", c.purpose or ""]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if 4 <= j <= 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        for j in (4, 5, 6):  # quantities line up in columns wide enough for "20000"
            self.table.setColumnWidth(j, max(self.table.columnWidth(j), 70))
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
