"""Where users and roles are on, only an administrator sends or merges packages: a package
holds every 身份证号 in full and a merge rewrites any record."""

from __future__ import annotations

from pathlib import Path

import pytest

from emergency_desk.data import access
from emergency_desk.data.db import Database
from emergency_desk.errors import InputRejected
from emergency_desk.services.exchange.export import export_package
from emergency_desk.services.exchange.merge import merge_package
from emergency_desk.services.regions.county_setup import init_county
from emergency_desk.services.users import UsersService
from tests.services.exchange.helpers import COUNTY, HONGCUN, build_township
from tests.services.users.conftest import ADMIN_PW, CLERK_PW


def test_a_clerk_may_neither_export_nor_merge(roles_db: Database, tmp_path: Path) -> None:
    UsersService(roles_db).authenticate("admin", ADMIN_PW)
    init_county(roles_db, COUNTY, office_name="黟县应急管理局")
    access.sign_out()
    town = build_township(tmp_path, HONGCUN, seed=2)
    package = tmp_path / "宏村镇.edx"
    export_package(town, package)  # roles off there: anyone
    UsersService(roles_db).authenticate("clerk", CLERK_PW)
    with pytest.raises(InputRejected, match="只有管理员可以合并收到的上报包"):
        merge_package(roles_db, package)
    with pytest.raises(InputRejected, match="只有管理员可以导出上报包"):
        export_package(roles_db, tmp_path / "县.edx")
    assert not (tmp_path / "县.edx").exists()
    access.sign_out()
    UsersService(roles_db).authenticate("admin", ADMIN_PW)
    assert merge_package(roles_db, package).changed > 0
    town.dispose()
