"""县/乡/村 三级装备配置标准 dialog (rule T6; register `equipment-standard`): the office's table
of what each level's teams must hold, edited row by row, loaded from the examples, or
imported and exported as Excel like every register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.teams import EquipmentCategory, TeamForce
from emergency_desk.errors import KnownError
from emergency_desk.i18n import counted
from emergency_desk.services.teams.standards import (
    STANDARD_LEVELS,
    StandardInput,
    StandardRow,
    StandardService,
)
from emergency_desk.ui.teams.dialogs import tr
from emergency_desk.ui.widgets.form_dialog import FieldSpec, FormDialog
from emergency_desk.ui.widgets.register_actions import export_to_excel, import_with_wizard

REGISTER = "equipment-standard"


def standard_fields() -> list[FieldSpec]:
    return [
        FieldSpec("层级", tr("StandardDialog", "层级"), kind="choice", required=True,
                  choices=[(lv.label, lv) for lv in STANDARD_LEVELS]),
        FieldSpec("队伍性质", tr("StandardDialog", "队伍性质"), kind="choice",
                  choices=[(tr("StandardDialog", "全部"), None),
                           *((f.label, f) for f in TeamForce)],
                  help=tr("StandardDialog", "“全部”：该层级的所有队伍都按此配备")),
        FieldSpec("装备名称", tr("StandardDialog", "装备名称"), required=True,
                  placeholder=tr("StandardDialog", "如 救生衣"),
                  help=tr("StandardDialog", "按名称包含匹配：“救生衣”也计入“救生衣（成人）”")),
        FieldSpec("装备类别", tr("StandardDialog", "装备类别"), kind="choice",
                  choices=[(c.label, c) for c in EquipmentCategory]),
        FieldSpec("配备数量", tr("StandardDialog", "配备数量"), kind="int", required=True,
                  minimum=1, maximum=100000),
        FieldSpec("计量单位", tr("StandardDialog", "计量单位"),
                  placeholder=tr("StandardDialog", "如 件、台")),
        FieldSpec("依据", tr("StandardDialog", "依据"),
                  placeholder=tr("StandardDialog", "如 县应急局《三级应急装备配置标准》（2024）")),
        FieldSpec("备注", tr("StandardDialog", "备注"), kind="multiline"),
    ]


class StandardDialog(QDialog):
    """The table, with 新增 / 编辑 / 删除 / 载入示例标准 / 导入 / 导出."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.svc = db, StandardService(db)
        self.rows: list[StandardRow] = []
        self.setWindowTitle(tr("StandardDialog", "县/乡/村三级装备配置标准"))
        self.resize(900, 520)
        headers = [tr("StandardDialog", "层级"), tr("StandardDialog", "队伍性质"),
                   tr("StandardDialog", "装备名称"), tr("StandardDialog", "装备类别"),
                   tr("StandardDialog", "配备数量"), tr("StandardDialog", "计量单位"),
                   tr("StandardDialog", "依据")]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("standard_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel(tr("StandardDialog",
                               "尚未录入配置标准，T6 只检查综合性队伍的装备类别。可“新增”，"
                               "或“载入示例标准”后按本地标准修改数量。"))
        self.empty.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for name, label, slot in (
                ("add", tr("StandardDialog", "新增"), self.add),
                ("edit", tr("StandardDialog", "编辑"), self.edit),
                ("delete", tr("StandardDialog", "删除"), self.delete),
                ("defaults", tr("StandardDialog", "载入示例标准"), self.load_defaults),
                ("import", tr("StandardDialog", "导入…"), self.import_table),
                ("export", tr("StandardDialog", "导出…"), self.export_table)):
            b = QPushButton(label)
            b.setObjectName(f"standard_{name}")
            b.clicked.connect(lambda _=False, f=slot: f())
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("StandardDialog", "关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("StandardDialog", "每行：某一层级（及队伍性质）的队伍应配的装备和数量；"
                          "T6 按此检查每支队伍完好且在有效期内的装备，并列出缺少的项目。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.rows = self.svc.list()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = (r.level.label, r.force_label, r.name,
                     r.category.label if r.category else "", str(r.required_qty), r.unit or "",
                     r.basis or "")
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
            if r.id == select:
                self.table.selectRow(i)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(6, 200)
        self.empty.setVisible(not self.rows)

    def current(self) -> StandardRow | None:
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) and self.table.selectedItems() else None

    def _form(self, standard_id: int | None) -> int | None:
        values: dict[str, Any] = {"层级": STANDARD_LEVELS[1], "配备数量": 1}
        if standard_id is not None:
            d = self.svc.input_of(standard_id)
            values = {"层级": d.level, "队伍性质": d.force_type, "装备名称": d.name,
                      "装备类别": d.category, "配备数量": d.required_qty, "计量单位": d.unit,
                      "依据": d.basis, "备注": d.remark}

        def save(v: dict[str, Any]) -> int:
            return self.svc.save(StandardInput(
                v["层级"], v["装备名称"], v["配备数量"], v["队伍性质"], v["装备类别"],
                v["计量单位"] or None, v["依据"] or None, v["备注"] or None), standard_id)

        title = tr("StandardDialog", "新增配置标准") if standard_id is None \
            else tr("StandardDialog", "编辑配置标准")
        dialog = FormDialog(title, standard_fields(), values, save, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            saved = int(dialog.saved_result)
            self.reload(saved)
            return saved
        return None

    def add(self) -> int | None:
        return self._form(None)

    def edit(self) -> int | None:
        cur = self.current()
        if cur is None:
            self.message.setText(tr("StandardDialog", "请先选择一行"))
            return None
        return self._form(cur.id)

    def delete(self) -> bool:
        cur = self.current()
        if cur is None:
            self.message.setText(tr("StandardDialog", "请先选择一行"))
            return False
        if QMessageBox.question(self, tr("StandardDialog", "删除配置标准"),
                                tr("StandardDialog", "确定删除“{0}”吗？删除后可在“回收站”中恢复。")
                                .replace("{0}", f"{cur.level.label} {cur.name}")
                                ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.svc.delete(cur.id)
        except KnownError as exc:
            self.message.setText(exc.message)
            return False
        self.reload()
        return True

    def load_defaults(self) -> int:
        added = self.svc.load_defaults()
        self.message.setText(counted(tr("StandardDialog", "已载入 {0} 条示例标准；"
                                        "示例数量为本程序的假设，请按本地标准修改。"), added))
        self.reload()
        return added

    def import_table(self) -> bool:
        done = import_with_wizard(self, self.db, REGISTER)
        if done:
            self.reload()
        return done

    def export_table(self) -> None:
        export_to_excel(self, self.db, REGISTER, tr("StandardDialog", "导出配置标准"),
                        tr("StandardDialog", "装备配置标准"))
