"""Taking attendance from the roster: tick the officers who came (by township, by search).

People already on the event's list are shown ticked and cannot be unticked here (removing an
attendee is a separate, deliberate action on the trainings page).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emergency_desk.data.db import Database
from emergency_desk.data.officers import OfficerStatus
from emergency_desk.services.officers.trainings import TrainingService
from emergency_desk.services.officers.views import OfficerQuery, OfficerRow, OfficerViews
from emergency_desk.services.regions.regions import RegionService

_PERSON = Qt.ItemDataRole.UserRole


class AttendancePicker(QDialog):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = OfficerViews(db)
        event = TrainingService(db).get_event(event_id)
        self.already = {a.person_id for a in TrainingService(db).attendees(event_id)}
        self.ticked: set[int] = set()
        self.setWindowTitle(self.tr("从花名册选择参训人员"))
        self.resize(560, 600)
        self.township = QComboBox()
        self.township.setObjectName("picker_township")
        self.township.addItem(self.tr("全部乡镇"), None)
        for r in sorted(RegionService(db).township_choices(),
                        key=lambda r: (r.code or "~", r.name)):
            self.township.addItem(r.name, r.id)
        self.search = QLineEdit()
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母或手机号"))
        self.list = QListWidget()
        self.list.setObjectName("picker_list")
        self.list.itemChanged.connect(self._item_changed)
        self.count = QLabel()
        tick_all = QPushButton(self.tr("全选"))
        tick_all.clicked.connect(lambda: self._tick_all(True))
        tick_none = QPushButton(self.tr("全不选"))
        tick_none.clicked.connect(lambda: self._tick_all(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("乡镇")))
        top.addWidget(self.township)
        top.addWidget(self.search, 1)
        sel = QHBoxLayout()
        sel.addWidget(tick_all)
        sel.addWidget(tick_none)
        sel.addStretch(1)
        sel.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("培训：{0}（{1}）").replace("{0}", event.title)
                                .replace("{1}", event.date.isoformat())))
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(sel)
        layout.addWidget(buttons)
        self.township.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self.reload())
        self.reload()

    def reload(self) -> None:
        rows = self.views.list(OfficerQuery(search=self.search.text().strip(),
                                            township_id=self.township.currentData(),
                                            status=OfficerStatus.ACTIVE))
        seen: set[int] = set()
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            if r.person_id in seen:  # one line per person, even with two posts
                continue
            seen.add(r.person_id)
            item = QListWidgetItem(self._label(r))
            item.setData(_PERSON, r.person_id)
            if r.person_id in self.already:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(self.tr("已在参训名单中"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if r.person_id in self.ticked
                                   else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_count()

    @staticmethod
    def _label(r: OfficerRow) -> str:
        where = "/".join(r.region_path.split("/")[1:]) or r.region_path
        return f"{r.name}　{where}　{r.post.label}" + (f"　{r.mobile}" if r.mobile else "")

    def _item_changed(self, item: QListWidgetItem) -> None:
        pid = int(item.data(_PERSON))
        if item.checkState() == Qt.CheckState.Checked:
            self.ticked.add(pid)
        else:
            self.ticked.discard(pid)
        self._update_count()

    def _tick_all(self, on: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_count(self) -> None:
        self.count.setText(self.tr("已选 {0} 人").replace("{0}", str(len(self.ticked))))

    def tick(self, person_id: int) -> bool:
        """Tick one person's line (for keyboard-free use and tests)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(_PERSON) == person_id and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def picked(self) -> list[int]:
        return sorted(self.ticked - self.already)


def pick_attendees(db: Database, event_id: int, parent: QWidget | None) -> list[int] | None:
    """Show the picker; the person ids ticked, or None if cancelled (tests replace this)."""
    dialog = AttendancePicker(db, event_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.picked()
