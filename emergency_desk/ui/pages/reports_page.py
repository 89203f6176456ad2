"""报表: every printable report in one list, for the whole county or one township.

The PDF is written off the GUI thread into the documents folder (or where the user says) and
opened with the system's PDF viewer, ready to print.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.i18n import N_, t
from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.services.regions.regions import RegionService
from emergency_desk.ui import workers
from emergency_desk.ui.widgets import register_page

PAGE_TITLE = "报表"
PDF_FILTER = "PDF 文件 (*.pdf)"


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
        tr = self.tr
        self.list = QListWidget()
        self.list.setObjectName("reports")
        self.list.setStyleSheet("QListWidget { font-size: 11pt; } "
                                "QListWidget::item { padding: 6px 8px; }")
        for name, spec in REPORTS.items():
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda *_: self._describe())
        self.list.itemDoubleClicked.connect(lambda _i: self.print_selected())
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.period = QComboBox()  # for reports over a period (综合台账汇总)
        self.period.setObjectName("period")
        for label, code in _period_choices(date.today()):
            self.period.addItem(f"{t(label)} {code}", code)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        print_button = QPushButton(tr("生成并打开 PDF"))
        print_button.setObjectName("print")
        print_button.setDefault(True)
        print_button.clicked.connect(self.print_selected)
        save_button = QPushButton(tr("另存为…"))
        save_button.clicked.connect(self.save_selected)
        right = QVBoxLayout()
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(tr("统计范围")))
        scope_row.addWidget(self.scope)
        self.period_label = QLabel(tr("统计时段"))
        scope_row.addWidget(self.period_label)
        scope_row.addWidget(self.period)
        scope_row.addStretch(1)
        right.addLayout(scope_row)
        right.addWidget(self.description, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save_button)
        buttons.addWidget(print_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
        self.refresh()
        self.list.setCurrentRow(0)

    def refresh(self) -> None:
        current = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("全部（本县）"), None)
        for r in RegionService(self.db).townships():
            self.scope.addItem(r.name, r.code or r.name)
        i = self.scope.findData(current)
        self.scope.setCurrentIndex(max(i, 0))

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _describe(self) -> None:
        name = self.selected()
        if name is None:
            self.description.clear()
            return
        spec = REPORTS[name]
        takes_period = spec.build_period is not None
        self.period.setVisible(takes_period)
        self.period_label.setVisible(takes_period)
        cols = "、".join(t(c) for c in spec.columns_zh)
        self.description.setText(
            f"<h3>{spec.title}</h3><p>{t('列：')}{cols}</p>"
            f"<p style='color:#666'>{t('命令行：')}emergency-desk report {name} --out "
            f"{t('文件')}.pdf</p>")

    def _default_path(self, name: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        scope = self.scope.currentText() if self.scope.currentData() else ""
        return register_page.documents_dir() / f"{REPORTS[name].title}{scope}_{stamp}.pdf"

    def print_selected(self) -> workers.Task | None:
        name = self.selected()
        if name is None:
            return None
        return self._run(name, self._default_path(name))

    def save_selected(self) -> workers.Task | None:
        name = self.selected()
        if name is None:
            return None
        path = register_page.ask_save_path(self, self.tr("保存报表"),
                                           self._default_path(name).name, PDF_FILTER)
        return self._run(name, path.with_suffix(".pdf")) if path else None

    def _run(self, name: str, out: Path) -> workers.Task:
        region = self.scope.currentData()
        period = self.period.currentData() if REPORTS[name].build_period else None
        return workers.run_task(self, self.tr("正在生成报表…"),
                                lambda _p: generate_report(self.db, name, out, region, period),
                                lambda path: register_page.open_file(path))

    def show_record(self, table: str, record_id: int) -> bool:
        return False
