"""`report officers`, `report training-signin`, `report training-rate`: what a county reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from officer_helpers import OfficerMaker

from emergency_desk.data.db import Database
from emergency_desk.data.officers import OfficerPost, OfficerStatus
from emergency_desk.data.people import TrainingAudience
from emergency_desk.errors import InputRejected
from emergency_desk.reports.registry import REPORTS, generate_report
from emergency_desk.reports.trainings import build_signin
from emergency_desk.services.officers.officers import OfficerService
from emergency_desk.services.officers.trainings import TrainingEventInput, TrainingService
from emergency_desk.services.officers.views import OfficerViews

A, B, SINGLE = OfficerPost.A, OfficerPost.B, OfficerPost.SINGLE
OFFICERS = TrainingAudience.OFFICERS


def text_of(path: Path) -> str:
    return "".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


@pytest.fixture
def staffed(db: Database, officer: OfficerMaker) -> dict[str, int]:
    """碧阳镇: A and B at the township, 古筑村 A+B, 南屏村 single, 城东社区 nobody;
    宏村镇 (prone): A only; 宏村村 (prone): A and B the same person; 卢村村: a former A."""
    svc = OfficerService(db)
    ids = {
        "汪镇长": svc.create(officer("汪镇长", "碧阳镇", A, duty_title="应急管理中心主任")),
        "胡干事": svc.create(officer("胡干事", "碧阳镇", B)),
        "程书记": svc.create(officer("程书记", "古筑村", A, duty_title="村党支部书记")),
        "叶委员": svc.create(officer("叶委员", "古筑村", B)),
        "余会计": svc.create(officer("余会计", "南屏村", SINGLE)),
        "王镇长": svc.create(officer("王镇长", "宏村镇", A)),
        "李书记": svc.create(officer("李书记", "宏村村", A)),
        "李书记B": svc.create(officer("李书记", "宏村村", B)),
        "吴老": svc.create(officer("吴老", "卢村村", A, status=OfficerStatus.LEFT,
                                   leave_date=date(2023, 1, 1))),
    }
    return ids


def test_roster_groups_by_township_masks_ids_and_appends_the_gap_list(
        db: Database, staffed: dict[str, int], tmp_path: Path) -> None:
    text = text_of(generate_report(db, "officers", tmp_path / "r.pdf"))
    for s in ("灾害信息员花名册", "碧阳镇", "古筑村", "程书记", "村党支部书记", "乡镇本级",
              "附：配备缺口清单"):
        assert s in text, s
    # 身份证号: first 4 and last 4 only
    card = OfficerViews(db).get(staffed["程书记"]).id_card
    assert card is not None and card not in text and f"{card[:4]}" in text
    assert card[:4] + "*" * 10 + card[-4:] in text
    assert "吴老" not in text  # former officers are not on the roster
    assert "碧阳镇 小计：在岗灾害信息员 5 名（乡镇级 2 名、村（社区）级 3 名；" \
           "A岗 2 名、B岗 2 名、单岗 1 名）；村（社区）3 个，其中 1 个未配备" in text
    assert "合计：在岗灾害信息员 8 名" in text
    gaps = text[text.index("附：配备缺口清单"):]
    assert "城东社区" in gaps and "没有在岗灾害信息员" in gaps  # O1
    assert "卢村村" in gaps  # its only officer left
    assert "宏村镇" in gaps and "缺B岗" in gaps  # O2 at the township
    assert "宏村村" in gaps and "同一人" in gaps  # A and B held by one person is still a gap
    assert "古筑村" not in gaps and "南屏村" not in gaps


def test_roster_for_one_township(db: Database, staffed: dict[str, int], tmp_path: Path) -> None:
    text = text_of(generate_report(db, "officers", tmp_path / "r.pdf", region="宏村镇"))
    assert "统计范围：黟县/宏村镇" in text
    assert "王镇长" in text and "李书记" in text
    assert "程书记" not in text and "城东社区" not in text


def test_signin_sheet_lists_attendance_with_a_signature_column(
        db: Database, staffed: dict[str, int], tmp_path: Path) -> None:
    views, trainings = OfficerViews(db), TrainingService(db)
    with pytest.raises(InputRejected):
        generate_report(db, "training-signin", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
    old = trainings.create_event(TrainingEventInput("去年培训", date(2024, 3, 1),
                                                    audience=OFFICERS))
    trainings.add_attendees(old, [views.get(staffed["余会计"]).person_id])
    eid = trainings.create_event(TrainingEventInput(
        "汛前灾害信息员培训", date(2025, 4, 1), organizer="黟县应急管理局", hours=3,
        location="县应急局三楼", audience=OFFICERS))
    # A rescue team's drill after it is not this sheet's training.
    trainings.create_event(TrainingEventInput("救援队伍拉练", date(2025, 4, 20),
                                              audience=TrainingAudience.TEAMS))
    trainings.add_attendees(eid, [views.get(staffed[n]).person_id for n in ("程书记", "王镇长")])
    text = text_of(generate_report(db, "training-signin", tmp_path / "s.pdf"))
    for s in ("灾害信息员培训签到表", "汛前灾害信息员培训", "2025-04-01", "县应急局三楼",
              "黟县应急管理局", "签名", "程书记", "古筑村", "村党支部书记", "王镇长"):
        assert s in text, s
    assert "余会计" not in text and "去年培训" not in text  # the latest training only
    # --region limits the people; an event without attendance lists the officers to sign.
    text = text_of(generate_report(db, "training-signin", tmp_path / "s2.pdf", region="宏村镇"))
    assert "王镇长" in text and "程书记" not in text
    fresh = trainings.create_event(TrainingEventInput("新培训", date(2025, 5, 1),
                                                      audience=OFFICERS))
    text = text_of(build_signin(db, tmp_path / "s3.pdf", fresh, "碧阳镇"))
    for name in ("汪镇长", "胡干事", "程书记", "叶委员", "余会计"):
        assert name in text
    assert "王镇长" not in text and "吴老" not in text


def test_training_rate_table_by_level(db: Database, staffed: dict[str, int],
                                      tmp_path: Path) -> None:
    views, trainings = OfficerViews(db), TrainingService(db)
    year = date.today().year
    eid = trainings.create_event(TrainingEventInput("本年培训", date(year, 1, 2),
                                                    audience=OFFICERS))
    trainings.add_attendees(eid, [views.get(staffed[n]).person_id
                                  for n in ("汪镇长", "程书记", "李书记")])
    text = text_of(generate_report(db, "training-rate", tmp_path / "r.pdf"))
    assert "灾害信息员培训率统计表" in text and f"{year} 年" in text
    # 乡镇级: 3 on post (汪, 胡, 王), 1 trained: below its 50 %; 村（社区）级: 4 people on 5
    # posts (李书记 holds A and B and counts once), 程书记 and 李书记 trained: 50 % ≥ 20 %.
    flat = text.replace("\n", " ")
    assert "乡镇级 3 1 33.3% ≥50% 未达标 默认值，参照烈山区做法" in flat
    assert "村（社区）级 4 2 50.0% ≥20% 达标" in flat
    assert "合计 7 3 42.9%" in flat
    assert "未达标" in text
    assert {"officers", "training-signin", "training-rate"} <= set(REPORTS)


def test_coverage_chart_by_township(db: Database, staffed: dict[str, int]) -> None:
    from emergency_desk.reports.charts import coverage_by_township, coverage_by_township_figure

    # (township, staffed, missing A/B posts, nobody): 碧阳镇 has 城东社区 empty; 宏村镇 itself
    # lacks its B, 宏村村 has one person in both posts, 卢村村's only officer left.
    assert coverage_by_township(db) == [("碧阳镇", 3, 0, 1), ("宏村镇", 0, 2, 1)]
    fig = coverage_by_township_figure(db)
    ax = fig.axes[0]
    assert ax.get_title() == "各乡镇灾害信息员配备情况"
    assert [tick.get_text() for tick in ax.get_yticklabels()] == ["碧阳镇", "宏村镇"]
    assert [text.get_text() for text in ax.texts if text.get_text()] == ["缺口 1", "缺口 3"]


def test_coverage_summary_for_the_dashboard_card(db: Database,
                                                 staffed: dict[str, int]) -> None:
    c = OfficerViews(db).coverage_summary()
    # 2 townships + 5 villages; 城东社区 and 卢村村 have nobody; 宏村镇 and 宏村村 are prone
    # and both lack a proper AB pair; 8 active posts.
    assert (c.places, c.without_officer, c.disaster_prone, c.prone_without_ab,
            c.active_officers) == (7, 2, 2, 2, 8)
