"""`report regions` and `report alerts` through generate_report (the CLI and window path)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from emergency_desk.data.collector import few_collections
from emergency_desk.data.db import Database
from emergency_desk.errors import EnvironmentProblem, InputRejected, UsageError
from emergency_desk.reports import registry
from emergency_desk.reports.registry import REPORTS, ReportSpec, generate_report
from emergency_desk.services.checks import Severity, run_checks
from emergency_desk.services.settings import SettingsService


def test_catalogue_lists_regions_and_alerts_with_columns() -> None:
    assert REPORTS["regions"].title == "行政区划一览表"
    assert "灾害多发频发" in REPORTS["regions"].columns_zh
    assert REPORTS["alerts"].columns_zh[:2] == ("序号", "级别")


def test_regions_report_lists_tree_grouped_with_subtotals(
        db: Database, county: dict[str, int], tmp_path: Path,
        read_pdf: Callable[[Path], list[str]],
        assert_fonts_embedded: Callable[[Path], None]) -> None:
    SettingsService(db).set("office_name", "黟县应急管理局（测试）")
    out = generate_report(db, "regions", tmp_path / "regions.pdf")
    assert out == tmp_path / "regions.pdf"
    pages = read_pdf(out)
    text = "".join(pages)
    for s in ("行政区划一览表", "黟县应急管理局（测试）", "第 1 页", "黟县", "碧阳镇", "古筑村",
              "城中社区", "宏村镇", "卢村", "341023100201", "山洪、地质灾害"):
        assert s in text, s
    # subtotal per township: villages, disaster-prone, population (卢村 has none)
    assert "碧阳镇 小计：村（社区）3 个，其中灾害多发频发 1 个；人口 7000 人" in text
    assert "宏村镇 小计：村（社区）2 个，其中灾害多发频发 0 个；人口 1500 人" in text
    assert "1 个村（社区）未填人口" in text
    assert "乡镇 2 个" in text.replace("\n", "")
    # township rows come before their villages, in code order
    order = [text.index(name) for name in ("碧阳镇", "城中社区", "古筑村", "宏村镇")]
    assert order == sorted(order)
    assert_fonts_embedded(out)
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("region", ["碧阳镇", "341023100000", "341023100"])
def test_region_option_limits_report_to_that_region_and_below(
        db: Database, county: dict[str, int], tmp_path: Path, region: str,
        read_pdf: Callable[[Path], list[str]]) -> None:
    out = generate_report(db, "regions", tmp_path / "r.pdf", region=region)
    text = "".join(read_pdf(out))
    assert "统计范围：黟县/碧阳镇" in text
    assert "古筑村" in text and "城中社区" in text
    assert "宏村" not in text and "卢村" not in text


def test_unknown_region_is_rejected_with_suggestion_and_nothing_written(
        db: Database, county: dict[str, int], tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(InputRejected) as err:
        generate_report(db, "regions", out_dir / "r.pdf", region="碧阳乡")
    assert "碧阳镇" in err.value.message
    assert list(out_dir.iterdir()) == []


def test_unknown_report_name_lists_the_known_ones(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UsageError) as err:
        generate_report(db, "nosuch", tmp_path / "x.pdf")
    assert "regions" in err.value.message and "alerts" in err.value.message


def test_missing_folder_is_an_environment_problem(db: Database, tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem) as err:
        generate_report(db, "regions", tmp_path / "no" / "such" / "r.pdf")
    assert "不存在" in err.value.message


def test_locked_target_keeps_old_file_and_leaves_no_part_file(
        db: Database, county: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "r.pdf"
    out.write_bytes(b"old report")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(registry.os, "replace", locked)
    with pytest.raises(EnvironmentProblem) as err:
        generate_report(db, "regions", out)
    assert "关闭" in err.value.message  # tells the user to close the PDF viewer
    assert out.read_bytes() == b"old report"
    assert sorted(p.name for p in out_dir.iterdir()) == ["r.pdf"]


def test_failure_while_building_leaves_no_half_file(db: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def half(_db: Database, path: Path, _region: str | None) -> Path:
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, os.strerror(28))  # ENOSPC

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setitem(REPORTS, "half", ReportSpec("half", "半", ("列",), half))
    with pytest.raises(EnvironmentProblem) as err:
        generate_report(db, "half", out_dir / "h.pdf")
    assert "磁盘空间不足" in err.value.message
    assert list(out_dir.iterdir()) == []


def test_alerts_report_lists_alerts_by_severity_with_counts(
        db: Database, county: dict[str, int], tmp_path: Path,
        read_pdf: Callable[[Path], list[str]],
        assert_fonts_embedded: Callable[[Path], None]) -> None:
    alerts = run_checks(db)
    counts = {sev: sum(1 for a in alerts if a.severity == sev) for sev in Severity}
    assert counts[Severity.INFO] >= 1  # the county fixture has a village without a code
    out = generate_report(db, "alerts", tmp_path / "alerts.pdf")
    text = "".join(read_pdf(out))
    for s in ("预警事项清单", "第 1 页", f"共 {len(alerts)} 项",
              f"严重 {counts[Severity.RED]} 项", f"警告 {counts[Severity.ORANGE]} 项",
              f"提示 {counts[Severity.INFO]} 项", "R2", "卢村",
              "宏村镇/卢村", "未填写 12 位区划代码"):
        assert s in text, s
    assert_fonts_embedded(out)


def test_alerts_report_follows_region_option(
        db: Database, county: dict[str, int], tmp_path: Path,
        read_pdf: Callable[[Path], list[str]]) -> None:
    text = "".join(read_pdf(generate_report(db, "alerts", tmp_path / "a.pdf", region="碧阳镇")))
    assert "卢村" not in text  # 卢村 (宏村镇) has the R2 alert; it is outside 碧阳镇
    in_scope = [a for a in run_checks(db) if a.region.split("/")[0] == "碧阳镇"]
    assert f"共 {len(in_scope)} 项" in text
    assert all(a.subject in text for a in in_scope)


def test_the_cycle_collector_is_put_back_after_reports_built_at_once_or_failing(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    seen: list[tuple[int, int, int]] = []

    def nested(_db: Database, path: Path, _region: str | None) -> Path:
        seen.append(gc.get_threshold())
        with few_collections():  # a second report built meanwhile (two workers)
            seen.append(gc.get_threshold())
        seen.append(gc.get_threshold())  # the other one finishing first changes nothing
        raise RuntimeError("boom")

    monkeypatch.setitem(REPORTS, "nested", ReportSpec("nested", "套", ("列",), nested))
    with pytest.raises(RuntimeError):
        generate_report(db, "nested", tmp_path / "n.pdf")
    assert all(t[0] >= 50_000 for t in seen)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen
