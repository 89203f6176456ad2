"""Fixtures for report tests: a small county and PDF readers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from emergency_desk.data.db import Database
from emergency_desk.data.enums import RegionLevel
from emergency_desk.data.migrate import open_database
from emergency_desk.services.demo.county import build_demo
from emergency_desk.services.regions.regions import RegionInput, RegionService


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo county as on 2025-06-01, built once per test module that asks for it."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build_demo(db, today=date(2025, 6, 1))
    yield db
    db.dispose()


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    """黟县 → 碧阳镇 (古筑村 prone, 横沟村, 城中社区) and 宏村镇 (宏村, 卢村)."""
    svc = RegionService(db)
    ids: dict[str, int] = {}
    ids["黟县"] = svc.create(RegionInput("黟县", RegionLevel.COUNTY, code="341023000000",
                                         population=90000))
    ids["碧阳镇"] = svc.create(RegionInput("碧阳镇", RegionLevel.TOWNSHIP, ids["黟县"],
                                           code="341023100000", is_disaster_prone=True,
                                           main_hazards="洪涝"))
    ids["宏村镇"] = svc.create(RegionInput("宏村镇", RegionLevel.TOWNSHIP, ids["黟县"],
                                           code="341023101000"))
    for name, parent, code, prone, pop in [
        ("古筑村", "碧阳镇", "341023100201", True, 1200),
        ("横沟村", "碧阳镇", "341023100202", False, 800),
        ("城中社区", "碧阳镇", "341023100001", False, 5000),
        ("宏村", "宏村镇", "341023101201", False, 1500),
        ("卢村", "宏村镇", None, False, None),
    ]:
        level = RegionLevel.COMMUNITY if name.endswith("社区") else RegionLevel.VILLAGE
        ids[name] = svc.create(RegionInput(name, level, ids[parent], code=code,
                                           is_disaster_prone=prone, population=pop,
                                           main_hazards="山洪、地质灾害" if prone else None))
    return ids


def pdf_pages(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]


def pdf_fonts(path: Path) -> list[dict[str, Any]]:
    """Every font dictionary used on any page (resolved)."""
    out: dict[str, dict[str, Any]] = {}
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            out[str(font["/BaseFont"]) + str(id(font))] = font
    return list(out.values())


SUBSET = re.compile(r"^/[A-Z]{6}\+")


@pytest.fixture
def read_pdf() -> Callable[[Path], list[str]]:
    return pdf_pages


@pytest.fixture
def assert_fonts_embedded() -> Callable[[Path], None]:
    def check(path: Path) -> None:
        fonts = pdf_fonts(path)
        assert fonts, "no fonts in the PDF"
        for font in fonts:
            name = str(font["/BaseFont"])
            assert SUBSET.match(name), f"{name} is not a subset font"
            desc = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in desc, f"{name} is not embedded as TrueType"
        assert any("DroidSansFallback" in str(f["/BaseFont"]) for f in fonts)
    return check
