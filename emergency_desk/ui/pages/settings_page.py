"""设置: the office's name and every rule threshold, each with its default and its source.

Values are edited in place and saved together; an out-of-range number cannot be typed (the
spin boxes carry the parameter's limits) and the service checks again before storing.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.services.settings import MANAGED, PARAMS, Param, SettingsService
from emergency_desk.ui import crash
from emergency_desk.ui.widgets import register_page

PAGE_TITLE = "设置"
_BIG = 1_000_000_000
_ROWS_PER_TURN = 10  # about a screenful


def _display(value: Any) -> str:
    if isinstance(value, bool):
        return t("是") if value else t("否")
    return str(value) if value != "" else t("（空）")


class SettingsPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = SettingsService(db)
        self.editors: dict[str, QWidget] = {}
        self._note_palette = QPalette(self.palette())
        self._note_palette.setColor(QPalette.ColorRole.WindowText, QColor("#666666"))
        tr = self.tr
        intro = QLabel(tr("规则阈值来自各地规划，各地标准不同：请按本地文件调整。"
                          "每项下方注明默认值及其依据。"
                          "修改后点“保存”，工作台会按新阈值重新检查。"))
        intro.setWordWrap(True)
        # The codes in the notes below are the documents a clerk can look up, by name.
        sources = QLabel(tr(
            "依据文件：S0《黟县“十四五”应急管理体系和能力建设规划》（2022年8月）；"
            "S1《浮梁县“十四五”应急体系规划》（2021年12月）；S2 区级应急管理五年及年度工作总结；"
            "S3《加强应急管理工作的几点建议》（(4) 武胜县政协调研报告）；"
            "F2《突发事件应急预案管理办法》（国办发〔2024〕5号）；"
            "F3《生产安全事故应急预案管理办法》（应急管理部令第2号）；"
            "F5《中央级救灾储备物资管理办法》（民发〔2002〕193号）。"))
        sources.setObjectName("sources")
        sources.setWordWrap(True)
        sources.setStyleSheet("color: #555555;")
        body = QWidget()
        self._body_layout = QVBoxLayout(body)
        self._body_layout.addWidget(self._database_box())
        self._body_layout.addStretch(1)
        self._groups: dict[str, QFormLayout] = {}
        # The rows are built a screenful per turn of the event loop: all 45 at once (editors,
        # wrapped notes) held the GUI thread 0.16–0.21 s on a slow PC (issue 20). Whatever
        # reads or writes the editors builds the rest first (finish_building).
        self._todo = [p for p in PARAMS if p.key not in MANAGED]  # roles: on the 用户 page
        self._stored = self.service.all()
        self._build_rows(_ROWS_PER_TURN)
        if self._todo:
            QTimer.singleShot(0, self._build_more)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.save_button = QPushButton(tr("保存"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(tr("放弃修改"))
        revert.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(intro)
        layout.addWidget(sources)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _build_rows(self, n: int) -> None:
        for p in self._todo[:n]:
            if p.group not in self._groups:
                box = QGroupBox(t(p.group))
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
                # Long labels (专项预案类别同义词…) beside their field were wider than the page at
                # 150 % on 1366×768, which then scrolled sideways: the field goes below instead.
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                self._groups[p.group] = form
                self._body_layout.insertWidget(self._body_layout.count() - 1, box)  # stretch last
            self._groups[p.group].addRow(t(p.label), self._row(p))
            self._set_editor(p.key, self._stored[p.key])
        del self._todo[:n]

    def _build_more(self) -> None:
        if self._todo and shiboken6.isValid(self):
            self._build_rows(_ROWS_PER_TURN)
            if self._todo:
                QTimer.singleShot(0, self._build_more)

    def finish_building(self) -> None:
        """Every row's editor, now (before reading or writing them)."""
        self._build_rows(len(self._todo))

    def _database_box(self) -> QGroupBox:
        """Where the data is: this PC's file or the county server (issue 19)."""
        box = QGroupBox(self.tr("数据库"))
        box.setObjectName("database_box")
        row = QHBoxLayout(box)
        where = QLabel(t("单位服务器：{path}", path=self.db.location) if self.db.server
                       else t("本机数据库文件：{path}", path=self.db.path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(where, 1)
        connect = QPushButton(self.tr("连接单位服务器…"))
        connect.setObjectName("connect_server")
        connect.clicked.connect(self._connect_server)
        row.addWidget(connect)
        if self.db.server is not None:
            local = QPushButton(self.tr("改用本机数据库文件"))
            local.clicked.connect(self._use_local_file)
            row.addWidget(local)
        return box

    def _connect_server(self) -> None:
        from emergency_desk.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self, current=self.db.server)
        dialog.exec()
        if dialog.address is not None:  # connected and saved
            QMessageBox.information(self, self.tr("连接单位服务器"), t(
                "已保存。请关闭并重新打开本程序，之后打开的就是单位服务器 {where} 上的数据库。"
                "本机原来的数据库文件保留不动。", where=dialog.address.where))

    def _use_local_file(self) -> None:
        from emergency_desk.data import server_config

        server_config.forget()
        QMessageBox.information(self, self.tr("改用本机数据库文件"), t(
            "已改回本机数据库文件。请关闭并重新打开本程序。服务器上的数据不受影响。"))

    def _row(self, p: Param) -> QWidget:
        editor: QWidget
        if p.kind is bool:
            editor = QCheckBox()
        elif p.kind is int:
            editor = QSpinBox()
            editor.setRange(int(p.minimum if p.minimum is not None else -_BIG),
                            int(p.maximum if p.maximum is not None else _BIG))
            if p.unit:
                editor.setSuffix(f" {t(p.unit)}")
            editor.setMinimumWidth(120)
        elif p.kind is float:
            editor = QDoubleSpinBox()
            editor.setRange(p.minimum if p.minimum is not None else -_BIG,
                            p.maximum if p.maximum is not None else _BIG)
            if p.unit:
                editor.setSuffix(f" {t(p.unit)}")
        else:
            editor = QLineEdit()
            editor.setMinimumWidth(260)
        editor.setObjectName(p.key)
        self.editors[p.key] = editor
        reset = QPushButton(self.tr("恢复默认"))
        reset.setObjectName(f"reset_{p.key}")
        reset.clicked.connect(lambda _c=False, key=p.key: self._set_editor(
            key, next(q.default for q in PARAMS if q.key == key)))
        note = QLabel(t("默认：{value}；依据：{source}", value=_display(p.default),
                        source=t(p.source)))
        note.setWordWrap(True)
        note.setPalette(self._note_palette)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QWidget()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(editor)
        top.addWidget(reset)
        top.addStretch(1)
        v = QVBoxLayout(row)
        v.setContentsMargins(0, 0, 0, 4)
        v.addLayout(top)
        v.addWidget(note)
        return row

    def _set_editor(self, key: str, value: Any) -> None:
        w = self.editors[key]
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value))

    def _editor_value(self, key: str) -> Any:
        w = self.editors[key]
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            return w.value()
        assert isinstance(w, QLineEdit)
        return w.text()

    def load(self) -> None:
        self.finish_building()
        for key, value in self.service.all().items():
            if key in self.editors:
                self._set_editor(key, value)

    def pending(self) -> dict[str, Any]:
        """Settings whose editor differs from what is stored."""
        self.finish_building()
        stored = self.service.all()
        return {k: self._editor_value(k) for k in self.editors
                if self._editor_value(k) != stored[k]}

    def save(self) -> None:
        changes = self.pending()
        try:
            for key, value in changes.items():
                self.service.set(key, value)
        except KnownError as exc:
            crash.show_error(self, exc)
            return
        finally:
            if changes:
                self.changed.emit()
        self.load()
        register_page.inform(self, self.tr("设置"), t("已保存 {n} 项设置。", n=len(changes))
                             if changes else t("没有需要保存的修改。"))

    def show_record(self, table: str, record_id: int) -> bool:
        return False
