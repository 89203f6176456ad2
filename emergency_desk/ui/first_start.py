"""第一次使用: pick the county (province → city → county, or search by name, pinyin initials
or code), optionally one township, type the office's name, and the official tree is built —
the same as `emergency-desk init`. Or look at the demo first, in its own database file.

The dialog only collects choices; services/regions/county_setup.py checks and builds.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import KnownError
from emergency_desk.i18n import t
from emergency_desk.services.regions.county_setup import InitSummary, apply, plan
from emergency_desk.services.regions.official import CUTOFF, Division, RegionData
from emergency_desk.ui import workers

_LIST_LIMIT = 300  # counties shown at once; typing narrows the list


class Choice(Enum):
    BUILT = "built"
    DEMO = "demo"
    LATER = "later"
    SERVER = "server"  # connected to the county server instead (ui/server_dialog.py)


class FirstStartDialog(QDialog):
    def __init__(self, db: Database, data: RegionData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data = data or RegionData()
        self.choice = Choice.LATER
        self._office_touched = False
        self._town_names: dict[str, str] = {}  # township code → name, of the chosen county
        self.setObjectName("first_start")
        self.setWindowTitle(t("第一次使用 — 应急资源台账"))
        layout = QVBoxLayout(self)
        intro = QLabel(t(
            "<b>欢迎使用应急资源台账。</b>请选择本单位所在的县（区），程序会按国家统计局的"
            "统计用区划代码建立全县的乡镇（街道）和村（社区），并把单位名称印在每一份报表上。"),
            self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            t("搜索县（区）：名称、拼音首字母或代码，如 浮梁、flx、360222"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        combos = QHBoxLayout()
        self.province = QComboBox(self)
        self.city = QComboBox(self)
        for combo, label in ((self.province, t("省")), (self.city, t("市"))):
            combos.addWidget(QLabel(label, self))
            combos.addWidget(combo, 1)
        layout.addLayout(combos)
        self.counties = QListWidget(self)
        self.counties.setObjectName("counties")
        layout.addWidget(self.counties, 1)

        form = QFormLayout()
        self.township = QComboBox(self)
        self.township.setObjectName("township")
        form.addRow(t("范围"), self.township)
        self.office = QLineEdit(self)
        self.office.setObjectName("office")
        self.office.setPlaceholderText(t("如 浮梁县应急管理局、经公桥镇人民政府"))
        form.addRow(t("单位名称"), self.office)
        layout.addLayout(form)
        self.note = QLabel(t(
            "区划数据：统计用区划代码 2023 年版，数据截至 {d}（这是最后一版含村级的公开数据）。"
            "此后村（社区）的撤并、更名和新设，请在“行政区划”页中自行修改；"
            "自然村、组、片区也可以在那里添加。", d=CUTOFF), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout.addWidget(self.note)

        buttons = QHBoxLayout()
        self.demo_button = QPushButton(t("先看看演示数据"), self)
        self.demo_button.setToolTip(t("演示县（黟县）放在单独的数据库文件中，不会混入本单位的数据"))
        self.server_button = QPushButton(t("连接单位服务器…"), self)
        self.server_button.setToolTip(t("县级单位几位同事共用一台 PostgreSQL 服务器时使用；"
                                        "乡镇不需要"))
        self.later_button = QPushButton(t("以后再说"), self)
        self.build_button = QPushButton(t("建立本单位台账"), self)
        self.build_button.setDefault(True)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.server_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.build_button)
        layout.addLayout(buttons)

        self.province.addItem(t("全部省份"), "")
        for d in self.data.divisions():
            if len(d.code) == 2:
                self.province.addItem(d.name, d.code)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.city.currentIndexChanged.connect(lambda _i: self._fill_counties())
        self.search.textChanged.connect(lambda _s: self._fill_counties())
        self.counties.currentItemChanged.connect(lambda _c, _p: self._county_changed())
        self.township.currentIndexChanged.connect(lambda _i: self._suggest_office())
        self.office.textEdited.connect(self._office_edited)
        self.demo_button.clicked.connect(self._demo)
        self.server_button.clicked.connect(self._server)
        self.later_button.clicked.connect(self.reject)
        self.build_button.clicked.connect(self._build)
        self._province_changed()
        self.resize(720, 600)

    # -- choosing ------------------------------------------------------------------------
    def _province_changed(self) -> None:
        code = str(self.province.currentData() or "")
        self.city.blockSignals(True)
        self.city.clear()
        self.city.addItem(t("全部城市"), "")
        if code:
            for d in self.data.children(code):
                self.city.addItem(d.name, d.code)
        self.city.blockSignals(False)
        self._fill_counties()

    def _fill_counties(self) -> None:
        within = str(self.city.currentData() or "") or str(self.province.currentData() or "")
        self.counties.clear()
        for d in self.data.search(self.search.text(), within=within, limit=_LIST_LIMIT):
            item = QListWidgetItem(f"{d.name}　　{self.data.path_of(d)}　{d.code}")
            item.setData(Qt.ItemDataRole.UserRole, d.code)
            self.counties.addItem(item)
        if self.counties.count() == 1 or (self.search.text().strip() and self.counties.count()):
            self.counties.setCurrentRow(0)
        self._county_changed()

    def county(self) -> Division | None:
        item = self.counties.currentItem()
        return self.data.division(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def select_county(self, code: str) -> None:
        """Choose a county by code the way a clerk does: province, city, then the county."""
        self.search.clear()
        self.province.setCurrentIndex(max(self.province.findData(code[:2]), 0))
        self.city.setCurrentIndex(max(self.city.findData(code[:4]), 0))
        for i in range(self.counties.count()):
            if self.counties.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.counties.setCurrentRow(i)

    def _county_changed(self) -> None:
        county = self.county()
        self.township.blockSignals(True)
        self.township.clear()
        self.township.addItem(t("全县（全部乡镇、街道）"), "")
        if county is not None:
            try:
                units = self.data.county_units(county.code)
            except KnownError as exc:
                QMessageBox.critical(self, t("区划数据损坏"), exc.message)
                units = []
            self._town_names = {u.code: u.name for u in units
                                if u.level == RegionLevel.TOWNSHIP}
            for u in units:
                if u.level == RegionLevel.TOWNSHIP:
                    self.township.addItem(t("只建 {name}（{code}）", name=u.name,
                                            code=u.code[:9]), u.code)
        self.township.blockSignals(False)
        self.build_button.setEnabled(county is not None)
        self._suggest_office()

    def _office_edited(self, _text: str) -> None:
        self._office_touched = True

    def _suggest_office(self) -> None:
        """Fill in the usual name until the clerk types her own."""
        if self._office_touched:
            return
        county = self.county()
        town = self._town_names.get(str(self.township.currentData() or ""), "")
        if county is None:
            self.office.clear()
        elif town:
            self.office.setText(t("{town}人民政府", town=town))
        else:
            self.office.setText(t("{county}应急管理局", county=county.name))

    # -- acting --------------------------------------------------------------------------
    def _build(self) -> None:
        county = self.county()
        if county is None:
            return
        try:  # the checks are instant: refuse before anything starts
            p = plan(county.code, office_name=self.office.text(),
                     township=str(self.township.currentData() or "") or None, data=self.data)
        except KnownError as exc:
            QMessageBox.warning(self, t("没有建立"), exc.message)
            return
        self.build_button.setEnabled(False)
        # A large county has over a thousand villages: built off the GUI thread.
        self.task = workers.run_task(self, t("正在建立区划…"), lambda _progress: apply(self.db, p),
                                     self._built, lambda _exc: self.build_button.setEnabled(True))

    def _built(self, summary: InitSummary) -> None:
        QMessageBox.information(self, t("已建立"), summary.text())
        self.choice = Choice.BUILT
        self.accept()

    def _demo(self) -> None:
        self.choice = Choice.DEMO
        self.accept()

    def _server(self) -> None:
        from emergency_desk.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self)
        dialog.exec()
        if dialog.address is not None:  # connected and saved
            self.choice = Choice.SERVER
            self.accept()
