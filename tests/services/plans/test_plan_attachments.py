"""预案附件: stored in the database with a checksum, written out to open, carried by backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from emergency_desk.data.backup import make_backup, restore
from emergency_desk.data.db import Database
from emergency_desk.data.migrate import open_database
from emergency_desk.data.plans import AttachmentBlob, AttachmentKind
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.services.plans.attachments import AttachmentService
from emergency_desk.services.plans.plans import PlanService
from emergency_desk.services.recycle import RecycleBin
from tests.services.plans.conftest import PlanMaker

CONTENT = "黟县防汛抗旱应急预案（正文）\n".encode() * 200


def test_attachment_round_trip_and_checksum(db: Database, plan: PlanMaker,
                                            tmp_path: Path) -> None:
    pid = plan("黟县防汛抗旱应急预案", "黟县")
    src = tmp_path / "防汛预案正文.pdf"
    src.write_bytes(CONTENT)
    svc = AttachmentService(db)
    aid = svc.add(pid, AttachmentKind.TEXT, src)
    svc.add(pid, AttachmentKind.SUMMARY, src)  # same bytes: stored once
    rows = svc.list(pid)
    assert [(r.kind, r.name, r.size) for r in rows] == [
        (AttachmentKind.TEXT, "防汛预案正文.pdf", len(CONTENT)),
        (AttachmentKind.SUMMARY, "防汛预案正文.pdf", len(CONTENT))]
    out = svc.materialise(aid)
    assert out.read_bytes() == CONTENT and out.name == "防汛预案正文.pdf"
    assert out.parent.parent == db.path.parent / "attachments"
    with db.begin() as s:  # a damaged copy is refused, not shown as if it were the plan
        s.execute(update(AttachmentBlob).values(content=b"broken"))
    with pytest.raises(EnvironmentProblem):
        svc.materialise(aid)


def test_attachments_go_to_the_bin_with_their_plan(db: Database, plan: PlanMaker,
                                                   tmp_path: Path) -> None:
    pid = plan("黟县地震应急预案", "黟县")
    src = tmp_path / "map.png"
    src.write_bytes(b"\x89PNG map")
    AttachmentService(db).add(pid, AttachmentKind.MAP, src)
    PlanService(db).delete(pid)
    assert AttachmentService(db).list(pid) == []
    RecycleBin(db).restore("emergency_plan", pid)
    assert [r.name for r in AttachmentService(db).list(pid)] == ["map.png"]


def test_attachments_survive_backup_and_restore(db: Database, plan: PlanMaker,
                                                tmp_path: Path) -> None:
    pid = plan("黟县森林火灾应急预案", "黟县")
    src = tmp_path / "作战图.pdf"
    src.write_bytes(CONTENT)
    svc = AttachmentService(db)
    aid = svc.add(pid, AttachmentKind.MAP, src)
    backup = make_backup(db.path, tmp_path / "copy.sqlite3")
    svc.delete(aid)
    assert svc.list(pid) == []
    path = db.path
    db.dispose()
    restore(path, backup)
    again = open_database(path)
    try:
        svc2 = AttachmentService(again)
        rows = svc2.list(pid)
        assert [r.name for r in rows] == ["作战图.pdf"]
        assert svc2.materialise(rows[0].id, tmp_path / "out").read_bytes() == CONTENT
    finally:
        again.dispose()


def test_purging_a_plan_takes_its_records_with_it(db: Database, plan: PlanMaker,
                                                  tmp_path: Path) -> None:
    from datetime import date

    from emergency_desk.data.plans import RevisionTrigger
    from emergency_desk.services.plans.plans import RevisionInput

    pid = plan("黟县地震应急预案", "黟县")
    src = tmp_path / "正文.pdf"
    src.write_bytes(b"text")
    AttachmentService(db).add(pid, AttachmentKind.TEXT, src)
    PlanService(db).add_revision(pid, RevisionInput(date(2024, 1, 1), RevisionTrigger.LAW))
    PlanService(db).delete(pid)
    RecycleBin(db).purge("emergency_plan", pid)
    assert RecycleBin(db).list() == []  # its revision and attachment went with it
    assert AttachmentService(db).list(pid) == []
