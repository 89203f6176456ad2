"""报表: every printable report in one list, for the whole county or one township.

The PDF is written off the GUI thread; its first page is shown in the preview before anything is
saved or printed. 打印… sends it to a printer through the system print dialog; 生成并打开 PDF
writes it into the documents folder and opens it; 另存为… asks where. 身份证号 print masked
unless the 打印完整身份证号 box is ticked (an administrator's choice where roles are on).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.data.users import Role
from emergency_desk.i18n import N_, t
from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.ui import report_print, workers
from emergency_desk.ui.widgets import register_page

PAGE_TITLE = "报表"
PDF_FILTER = "PDF 文件 (*.pdf)"
PREVIEW_DPI = 60


def _period_choices(today: date) -> list[tuple[str, str]]:
    """(label, --period text) for the usual summaries: this and last month, quarter, year."""
    q = (today.month - 1) // 3 + 1
    last_month = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
    last_q = (today.year, q - 1) if q > 1 else (today.year - 1, 4)
    return [(N_("本月"), f"{today.year}-{today.month:02d}"),
            (N_("上月"), f"{last_month.year}-{last_month.month:02d}"),
            (N_("本季度"), f"{today.year}-Q{q}"), (N_("上季度"), f"{last_q[0]}-Q{last_q[1]}"),
            (N_("本年"), f"{today.year}"), (N_("上年"), f"{today.year - 1}")]


class ReportsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._tmp = tempfile.TemporaryDirectory(prefix="emergency-desk-preview-")
        self.previewed: Path | None = None
        self.list = self._build_report_list()
        right = QVBoxLayout()
        right.addLayout(self._build_scope_row())
        right.addWidget(self._build_description())
        right.addWidget(self._build_preview_area(), 1)
        right.addLayout(self._build_buttons())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 5)
        self.refresh()
        self.list.setCurrentRow(0)

    def _build_report_list(self) -> QListWidget:
        reports = QListWidget()
        reports.setObjectName("reports")
        reports.setStyleSheet("QListWidget { font-size: 11pt; } "
                              "QListWidget::item { padding: 6px 0px; }")
        # Long names (应急物资储备台账（明细表）, English ones at 150 %) wrap onto a second
        # line instead of being cut behind a sideways scroll bar. No side padding: Qt wraps
        # an item at the list's width without it, and elided the names it then cut.
        reports.setWordWrap(True)
        reports.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        reports.setResizeMode(QListWidget.ResizeMode.Adjust)
        reports.setTextElideMode(Qt.TextElideMode.ElideNone)
        for name, spec in REPORTS.items():
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            reports.addItem(item)
        reports.currentItemChanged.connect(lambda *_: self._describe())
        reports.itemDoubleClicked.connect(lambda _i: self.preview())
        return reports

    def _build_scope_row(self) -> QHBoxLayout:
        """统计范围, 打印完整身份证号 and 统计时段 (the last only for reports over a period)."""
        tr = self.tr
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.currentIndexChanged.connect(lambda _i: self._clear_preview())
        self.full_id = QCheckBox(tr("打印完整身份证号"))
        self.full_id.setObjectName("full_id")
        self.full_id.setToolTip(tr(
            "默认打码，只印前 4 位和后 4 位；保险公司、银行需要时勾选（启用角色时仅管理员）"))
        self.full_id.toggled.connect(lambda _c: self._clear_preview())
        self.period = QComboBox()  # for reports over a period (综合台账汇总)
        self.period.setObjectName("period")
        for label, code in _period_choices(date.today()):
            self.period.addItem(f"{t(label)} {code}", code)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(tr("统计范围")))
        scope_row.addWidget(self.scope)
        scope_row.addSpacing(16)
        scope_row.addWidget(self.full_id)
        self.period_label = QLabel(tr("统计时段"))
        scope_row.addWidget(self.period_label)
        scope_row.addWidget(self.period)
        scope_row.addStretch(1)
        return scope_row

    def _build_description(self) -> QLabel:
        self.description = QLabel()
        self.description.setObjectName("description")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        return self.description

    def _build_preview_area(self) -> QScrollArea:
        self.page_image = QLabel()
        self.page_image.setObjectName("preview")
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_image.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page_image)
        return scroll

    def _build_buttons(self) -> QHBoxLayout:
        tr = self.tr
        preview_button = QPushButton(tr("预览"))
        preview_button.setObjectName("preview_button")
        preview_button.clicked.connect(self.preview)
        print_button = QPushButton(tr("打印…"))
        print_button.setObjectName("print_paper")
        print_button.clicked.connect(self.print_to_printer)
        open_button = QPushButton(tr("生成并打开 PDF"))
        open_button.setObjectName("print")
        open_button.setDefault(True)
        open_button.clicked.connect(self.print_selected)
        save_button = QPushButton(tr("另存为…"))
        save_button.clicked.connect(self.save_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(preview_button)
        buttons.addStretch(1)
        buttons.addWidget(save_button)
        buttons.addWidget(open_button)
        buttons.addWidget(print_button)
        return buttons

    def refresh(self) -> None:
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("全部（本县）"), None)
        for r in RegionService(self.db).township_choices():
            self.scope.addItem(r.name, r.code or r.name)
        i = self.scope.findData(current)
        self.scope.setCurrentIndex(max(i, 0))
        self.scope.blockSignals(False)
        me = access.current()
        allowed = not access.roles_enabled(self.db) or (me is not None and me.role is Role.ADMIN)
        self.full_id.setEnabled(allowed)
        if not allowed:
            self.full_id.setChecked(False)
        self._clear_preview()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _describe(self) -> None:
        name = self.selected()
        self._clear_preview()
        if name is None:
            self.description.clear()
            return
        spec = REPORTS[name]
        takes_period = spec.build_period is not None
        self.period.setVisible(takes_period)
        self.period_label.setVisible(takes_period)
        cols = "、".join(t(c) for c in spec.columns_zh)
        self.description.setText(f"<h3>{spec.title}</h3><p>{t('列：')}{cols}</p>")

    def _clear_preview(self) -> None:
        self.previewed = None
        self.page_image.setPixmap(QPixmap())
        self.page_image.setText(self.tr("点击“预览”查看第一页；打印或保存前也会先显示在这里。"))

    def _show_preview(self, pdf: Path) -> None:
        self.previewed = pdf
        image = report_print.render_page(pdf, 0, PREVIEW_DPI * self.devicePixelRatioF())
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page_image.setPixmap(pixmap)
        self.page_image.setToolTip(t("第 1 页，共 {n} 页", n=report_print.page_count(pdf)))

    def _default_path(self, name: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        scope = self.scope.currentText() if self.scope.currentData() else ""
        return register_page.documents_dir() / f"{REPORTS[name].title}{scope}_{stamp}.pdf"

    def preview(self) -> workers.Task | None:
        name = self.selected()
        if name is None:
            return None
        out = Path(self._tmp.name) / f"{name}-{datetime.now():%H%M%S%f}.pdf"
        return self._run(name, out, lambda _p: None)

    def print_selected(self) -> workers.Task | None:
        name = self.selected()
        if name is None:
            return None
        return self._run(name, self._default_path(name), register_page.open_file)

    def save_selected(self) -> workers.Task | None:
        name = self.selected()
        if name is None:
            return None
        path = register_page.ask_save_path(self, self.tr("保存报表"),
                                           self._default_path(name).name, PDF_FILTER)
        if path is None:
            return None
        return self._run(name, path.with_suffix(".pdf"), lambda _p: None)

    def print_to_printer(self) -> workers.Task | None:
        """Preview first, then the print dialog; the PDF printed is the one previewed."""
        name = self.selected()
        if name is None:
            return None
        out = Path(self._tmp.name) / f"{name}-{datetime.now():%H%M%S%f}.pdf"
        return self._run(name, out, lambda p: self._print(p, REPORTS[name].title))

    def _print(self, pdf: Path, title: str) -> None:
        printer = report_print.ask_printer(self, pdf, title)
        if printer is not None:
            report_print.print_pdf(printer, pdf)

    def _run(self, name: str, out: Path, then: Callable[[Path], object]) -> workers.Task:
        region = self.scope.currentData()
        full = self.full_id.isChecked() and self.full_id.isEnabled()
        period = self.period.currentData() if REPORTS[name].build_period else None

        def done(path: Path) -> None:
            self._show_preview(path)
            then(path)

        return workers.run_task(self, self.tr("正在生成报表…"),
                                lambda _p: generate_report(self.db, name, out, region,
                                                           period=period, full_id=full),
                                done)

    def show_record(self, table: str, record_id: int) -> bool:
        return False
