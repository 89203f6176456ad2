"""Settings: thresholds have defaults with a source; changes are validated, kept and audited."""

from __future__ import annotations

import pytest

from emergency_desk.data.db import Database
from emergency_desk.errors import ValidationFailed
from emergency_desk.services.audit_log import AuditService
from emergency_desk.services.settings import PARAMS, PARAMS_BY_KEY, SettingsService


def test_defaults_come_with_their_source() -> None:
    assert PARAMS_BY_KEY["team_min_township"].default == 20
    assert PARAMS_BY_KEY["team_min_county"].default == 30
    assert PARAMS_BY_KEY["expiry_warning_days"].default == 90
    assert PARAMS_BY_KEY["plan_review_years"].default == 3
    for p in PARAMS:
        assert p.label and p.group and p.source, p.key
        assert isinstance(p.default, p.kind), p.key
        if p.minimum is not None:
            assert p.minimum <= p.default, p.key
        if p.maximum is not None:
            assert p.default <= p.maximum, p.key
    assert len({p.key for p in PARAMS}) == len(PARAMS)


def test_a_new_database_uses_the_defaults(db: Database) -> None:
    values = SettingsService(db).all()
    assert values == {p.key: p.default for p in PARAMS}


def test_a_change_is_kept_across_reopening(db: Database, db_path) -> None:  # type: ignore[no-untyped-def]
    from emergency_desk.data.migrate import open_database

    SettingsService(db).set("expiry_warning_days", " 60 ")
    db.dispose()
    again = open_database(db_path)
    try:
        assert SettingsService(again).get("expiry_warning_days") == 60
    finally:
        again.dispose()


@pytest.mark.parametrize(("key", "value", "why"), [
    ("expiry_warning_days", "abc", "数字"),
    ("expiry_warning_days", 0, "不能小于"),
    ("training_rate_target", 101, "不能大于"),
])
def test_bad_values_are_refused_in_plain_chinese(db: Database, key: str, value: object,
                                                 why: str) -> None:
    svc = SettingsService(db)
    with pytest.raises(ValidationFailed) as info:
        svc.set(key, value)
    label = PARAMS_BY_KEY[key].label
    assert why in info.value.problems[label]
    assert svc.get(key) == PARAMS_BY_KEY[key].default


def test_text_settings_are_trimmed(db: Database) -> None:
    svc = SettingsService(db)
    svc.set("office_name", "  美溪乡人民政府  ")
    assert svc.get("office_name") == "美溪乡人民政府"


def test_reset_returns_to_the_default(db: Database) -> None:
    svc = SettingsService(db)
    svc.set("plan_review_years", 5)
    svc.reset("plan_review_years")
    assert svc.get("plan_review_years") == 3


def test_changes_are_audited_old_to_new_and_no_op_changes_are_not(db: Database) -> None:
    svc = SettingsService(db)
    svc.set("team_min_township", 25)
    svc.set("team_min_township", 25)
    rows = AuditService(db).list(table="setting")
    assert len(rows) == 1
    assert rows[0].changes == {"team_min_township": [20, 25]}
    assert "乡镇综合性救援队伍最少人数" in rows[0].summary
