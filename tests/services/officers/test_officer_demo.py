"""Demo officers: valid people and the gaps the work list is meant to show."""

from __future__ import annotations

from datetime import date

from emergency_desk.data.db import Database
from emergency_desk.services.checks import run_checks
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.demo.officers import build_demo_officers
from emergency_desk.services.officers.views import OfficerViews
from emergency_desk.services.people import validate_id_card, validate_mobile

TODAY = date(2025, 6, 1)


def test_demo_officers_are_valid_and_show_the_expected_gaps(db: Database) -> None:
    build_demo(db, today=TODAY)
    if OfficerViews(db).count() == 0:  # until demo/county.py runs this step itself
        with db.begin() as s:
            assert build_demo_officers(s, TODAY) > 100
    rows = OfficerViews(db).list()
    for r in rows:
        assert r.id_card is not None and validate_id_card(r.id_card) == r.id_card
        if r.mobile is not None:
            assert validate_mobile(r.mobile) == r.mobile
    alerts = run_checks(db, today=TODAY, only=["O1", "O2", "O3", "O4", "O6"])
    by_rule: dict[str, dict[str, str]] = {}
    for a in alerts:
        by_rule.setdefault(a.rule, {})[a.region] = a.message
    assert by_rule["O1"] == {"宏村镇/朱村": "没有在岗灾害信息员"}
    assert "缺B岗" in by_rule["O2"]["宏潭乡/溪下村"]
    assert "同一人" in by_rule["O2"]["宏村镇/塔川村"]
    assert by_rule["O3"] == {"宏村镇/雉山村": "未填写手机号码"}
    assert by_rule["O4"] and by_rule["O6"]
    assert len(by_rule["O4"]) < len(rows) / 2  # most officers are trained
