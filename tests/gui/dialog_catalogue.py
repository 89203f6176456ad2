"""Every dialog of the program, opened on the demo county as a clerk would open it (issue 17).

`DIALOGS` maps a name to a function `(db, tmp) -> QDialog` that builds the dialog (not shown);
tests/gui/test_fit_150_dialogs.py checks each fits a 1366×768 screen at 150 % scaling, and
`tools/take_screenshots.py --dialogs` saves a picture of each. A dialog a page builds inside one
of its actions is taken from that action: its `exec()` is caught and the dialog returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from emergency_desk.data.db import Database
from emergency_desk.data.supplies import DocType

Factory = Callable[[Database, Path], QDialog]


def first_id(db: Database, table: str, where: str = "1=1") -> int:
    with db.read() as s:
        found = s.execute(text(f"SELECT min(id) FROM {table} WHERE {where}")).scalar()
    assert found is not None, f"the demo has no {table} ({where})"
    return int(found)


@contextmanager
def _caught() -> Iterator[list[QDialog]]:
    """Dialogs whose exec() is called meanwhile, not shown and not run."""
    opened: list[QDialog] = []
    original = QDialog.exec

    def fake(self: QDialog) -> int:
        opened.append(self)
        return int(QDialog.DialogCode.Rejected)

    QDialog.exec = fake  # type: ignore[method-assign]
    try:
        yield opened
    finally:
        QDialog.exec = original  # type: ignore[method-assign]


def caught(action: Callable[[], object], nth: int = 0) -> QDialog:
    with _caught() as opened:
        action()
    assert len(opened) > nth, "the action opened no dialog"
    return opened[nth]


# -- FormDialog forms -----------------------------------------------------------------------

def _officer(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.officers.dialog import make_officer_dialog
    return make_officer_dialog(db, first_id(db, "info_officer"))


def _officer_leave(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.officers.page import OfficersPage
    page = OfficersPage(db)
    assert page.select_key(first_id(db, "info_officer", "post = 'a' AND status = 'active'"))
    dialog = caught(page.leave_selected)
    dialog.setParent(None)
    return dialog


def _team(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.teams.dialogs import make_team_dialog
    return make_team_dialog(db, first_id(db, "rescue_team"))


def _warehouse(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.dialogs import make_warehouse_dialog
    return make_warehouse_dialog(db, first_id(db, "warehouse"))


def _plan(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.dialogs import make_plan_dialog
    return make_plan_dialog(db, first_id(db, "emergency_plan"))


def _case(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.resources.library_dialogs import make_case_dialog
    return make_case_dialog(db, first_id(db, "case_record"))


def _member(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.teams.dialogs import make_member_dialog
    member = first_id(db, "team_member")
    with db.read() as s:
        team = s.execute(text("SELECT team_id FROM team_member WHERE id = :i"),
                         {"i": member}).scalar_one()
    return make_member_dialog(db, team, member)


def _equipment(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.teams.dialogs import make_equipment_dialog
    return make_equipment_dialog(db, first_id(db, "equipment"))


def _maintenance(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.teams.dialogs import make_maintenance_dialog
    return make_maintenance_dialog(db, first_id(db, "equipment"))


def _certificate(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.teams.dialogs import make_certificate_dialog
    return make_certificate_dialog(db, first_id(db, "person"))


def _training(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.officers.trainings_page import TrainingsPage
    dialog = TrainingsPage(db)._event_dialog(first_id(db, "training_event"))
    dialog.setParent(None)
    return dialog


def _drill(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.dialogs import make_drill_dialog
    return make_drill_dialog(db, first_id(db, "drill"))


def _rectification(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.dialogs import make_rectification_dialog
    return make_rectification_dialog(db, first_id(db, "drill"))


def _revision(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.dialogs import make_revision_dialog
    return make_revision_dialog(db, first_id(db, "emergency_plan"))


def _evaluation(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.dialogs import make_evaluation_dialog
    return make_evaluation_dialog(db, first_id(db, "emergency_plan"))


def _leadership(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.dialogs import make_leadership_dialog
    return make_leadership_dialog(db, first_id(db, "region", "level = 'township'"))


def _annual(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.annual_tab import make_annual_dialog
    return make_annual_dialog(db, date.today().year, first_id(db, "region", "level = 'township'"))


def _plan_person(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.plans.page import PlanListTab
    page = PlanListTab(db)
    assert page.select_key(first_id(db, "emergency_plan"))
    dialog = caught(page.add_person)
    dialog.setParent(None)
    return dialog


def _region(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.regions.dialog import make_region_dialog
    return make_region_dialog(db, first_id(db, "region", "level = 'village'"))


def _item(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.dialogs import make_item_dialog
    return make_item_dialog(db, first_id(db, "supply_item"))


def _receive(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.dialogs import make_receive_dialog
    return make_receive_dialog(db, first_id(db, "warehouse"))


def _outgoing(kind: DocType) -> Factory:
    def make(db: Database, _tmp: Path) -> QDialog:
        from emergency_desk.ui.supplies.dialogs import make_outgoing_dialog
        batch = first_id(db, "stock_batch")
        with db.read() as s:
            wh, item = s.execute(text("SELECT warehouse_id, item_id FROM stock_batch "
                                      "WHERE id = :i"), {"i": batch}).one()
        return make_outgoing_dialog(db, kind, warehouse_id=wh, item_id=item, batch_id=batch)
    return make


def _batch(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.dialogs import make_batch_dialog
    return make_batch_dialog(db, first_id(db, "stock_batch"))


def _quota(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.dialogs import make_quota_dialog
    return make_quota_dialog(db, first_id(db, "stock_quota"))


def _agreement(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.dialogs import make_agreement_dialog
    return make_agreement_dialog(db, first_id(db, "agreement_reserve"))


def _leader(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.township.dialogs import make_member_dialog
    return make_member_dialog(db, first_id(db, "leadership_member"))


def _duty(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.township.dialogs import make_roster_dialog
    return make_roster_dialog(db, first_id(db, "duty_roster"))


def _duty_log(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.township.dialogs import make_log_dialog
    return make_log_dialog(db, None, first_id(db, "region", "level = 'township'"))


def _manager(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.township.dialogs import make_manager_dialog
    return make_manager_dialog(db, first_id(db, "village_manager"))


def _pledge(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.township.dialogs import make_pledge_dialog
    return make_pledge_dialog(db, first_id(db, "flood_pledge"))


def _shelter(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.resources.dialogs import make_shelter_dialog
    return make_shelter_dialog(db, first_id(db, "shelter"))


def _hazard(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.resources.dialogs import make_hazard_dialog
    return make_hazard_dialog(db, first_id(db, "hazard_point"))


def _expert(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.resources.network_dialogs import make_expert_dialog
    return make_expert_dialog(db, first_id(db, "expert"))


def _contact(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.resources.network_dialogs import make_contact_dialog
    return make_contact_dialog(db, first_id(db, "contact_entry"))


def _regulation(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.resources.library_dialogs import make_regulation_dialog
    return make_regulation_dialog(db, first_id(db, "regulation"))


def _sign_in(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.sign_in import sign_in_dialog
    return sign_in_dialog(db, "admin")


def _change_password(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.sign_in import change_password_dialog
    return change_password_dialog(db, forced=True)


def _users(action: str) -> Factory:
    def make(db: Database, _tmp: Path) -> QDialog:
        from emergency_desk.ui.pages.users_page import UsersPage
        page = UsersPage(db)
        dialog = caught(getattr(page, action))
        dialog.setParent(None)
        return dialog
    return make


def _category_form(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.category_dialog import CategoryDialog
    owner = CategoryDialog(db)
    owner.tree.setCurrentItem(owner.tree.topLevelItem(0))
    dialog = caught(owner.add_child)
    dialog.setParent(None)
    return dialog


def _standard_form(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.teams.standard_dialog import StandardDialog
    owner = StandardDialog(db)
    dialog = caught(owner.add)
    dialog.setParent(None)
    return dialog


# -- the other dialogs ----------------------------------------------------------------------

def _standard(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.teams.standard_dialog import StandardDialog
    return StandardDialog(db)


def _list(kind: str) -> Factory:
    def make(db: Database, _tmp: Path) -> QDialog:
        from emergency_desk.ui.teams.page import TeamsPage
        page = TeamsPage(db)
        if kind == "certificates":
            table, where = "team_member", "person_id IN (SELECT person_id FROM certificate)"
        else:
            table, where = "equipment", "id IN (SELECT equipment_id FROM equipment_maint)"
        rid = first_id(db, table, where)
        with db.read() as s:
            team = s.execute(text(f"SELECT team_id FROM {table} WHERE id = :i"),
                             {"i": rid}).scalar_one()
        assert page.select_key(team)
        tab = page.member_tab if kind == "certificates" else page.equipment_tab
        assert tab.select_key(rid)
        dialog = caught(page.member_certificates if kind == "certificates"
                        else page.maintenance_log)
        dialog.setParent(None)
        return dialog
    return make


def _attendance(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.officers.attendance_picker import AttendancePicker
    return AttendancePicker(db, first_id(db, "training_event"))


def _crash(_db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.crash import CrashDialog, format_exception
    try:
        {}["区划"]
    except KeyError as exc:
        return CrashDialog(format_exception(exc))
    raise AssertionError


def _merge_summary(_db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.services.exchange.merge import Counts, MergeSummary
    from emergency_desk.ui.exchange_dialogs import MergeSummaryDialog
    at = datetime(2026, 11, 30, 16, 5)
    summaries = [
        MergeSummary("341023100000", "碧阳镇", at, {
            "信息员": Counts(inserted=12, updated=3, kept=1, conflicts=2),
            "救援队伍": Counts(inserted=2, updated=1, deleted=1),
            "应急物资": Counts(inserted=30, updated=4, conflicts=1)}, files=2),
        MergeSummary("341023101000", "宏村镇", at, {"信息员": Counts(unchanged=20)}),
    ]
    return MergeSummaryDialog(summaries, lambda: None)


def _conflicts(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.exchange_dialogs import ConflictsDialog
    return ConflictsDialog(db)


def _server(_db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.server_dialog import ServerDialog
    return ServerDialog()


def _first_start(_db: Database, tmp: Path) -> QDialog:
    from emergency_desk.data.migrate import open_database
    from emergency_desk.ui.first_start import FirstStartDialog
    return FirstStartDialog(open_database(tmp / "new.sqlite3"))


def _backup(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.backup_dialog import BackupDialog
    return BackupDialog(db.path, lambda _p: False)


def _category(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.category_dialog import CategoryDialog
    return CategoryDialog(db)


def _stocktake(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.stocktake import StocktakeDialog
    return StocktakeDialog(db, first_id(db, "warehouse"))


def _stock_card(db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.supplies.stocktake import StockCardDialog
    batch = first_id(db, "stock_batch")
    with db.read() as s:
        wh, item = s.execute(text("SELECT warehouse_id, item_id FROM stock_batch WHERE id = :i"),
                             {"i": batch}).one()
        name = s.execute(text("SELECT name FROM supply_item WHERE id = :i"),
                         {"i": item}).scalar_one()
    return StockCardDialog(db, wh, item, name)


def _privacy(_db: Database, _tmp: Path) -> QDialog:
    from emergency_desk.ui.widgets.register_actions import PrivacyDialog
    return PrivacyDialog()


def _wizard(step: int) -> Factory:
    def make(db: Database, tmp: Path) -> QDialog:
        from emergency_desk.io.exporter import export_register
        from emergency_desk.ui.widgets.import_wizard import ImportWizard
        path = tmp / "officers.xlsx"
        export_register(db, "officers", path)
        wizard = ImportWizard(db, "officers")
        wizard.show()
        if step > 1:
            wizard.file_page.set_path(path)
            for _ in range(step - 1):
                wizard.next()
        wizard.hide()
        return wizard
    return make


DIALOGS: dict[str, Factory] = {
    # FormDialog forms of the registers
    "officer": _officer, "officer_leave": _officer_leave, "team": _team,
    "warehouse": _warehouse, "plan": _plan, "case": _case, "member": _member,
    "equipment": _equipment, "maintenance": _maintenance, "certificate": _certificate,
    "training": _training, "drill": _drill, "rectification": _rectification,
    "plan_revision": _revision, "plan_evaluation": _evaluation, "plan_person": _plan_person,
    "leadership_group": _leadership, "annual_drill": _annual, "region": _region,
    "item": _item, "receive": _receive, "issue": _outgoing(DocType.ISSUE),
    "transfer": _outgoing(DocType.TRANSFER), "batch": _batch, "quota": _quota,
    "agreement": _agreement, "leader": _leader, "duty": _duty, "duty_log": _duty_log,
    "manager": _manager, "pledge": _pledge, "shelter": _shelter, "hazard": _hazard,
    "expert": _expert, "contact": _contact, "regulation": _regulation,
    "sign_in": _sign_in, "change_password": _change_password,
    "enable_roles": _users("enable_roles"), "add_user": _users("add_user"),
    "category_form": _category_form, "standard_form": _standard_form,
    # the other dialogs
    "standard": _standard, "certificates": _list("certificates"),
    "maintenance_log": _list("maintenance"), "attendance": _attendance, "crash": _crash,
    "merge_summary": _merge_summary, "conflicts": _conflicts, "server": _server,
    "first_start": _first_start, "backup": _backup, "category": _category,
    "stocktake": _stocktake, "stock_card": _stock_card, "privacy": _privacy,
    "import_file": _wizard(1), "import_preview": _wizard(2), "import_mapping": _wizard(3),
}
