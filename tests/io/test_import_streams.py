"""Issue 20: an import streams the parsed rows of a file into its writer a chunk at a time
(io/record_stream.py), so the records in memory do not grow with the file: before,
io/importer.py parsed every row into a list (and kept every row's cells for the error report)
before the register wrote any. Counted, not timed: the most records alive at once.

Chunks are made small here (100 rows) so that a few hundred rows span many of them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from excel_helpers import MakeXlsx

from emergency_desk.data.db import Database
from emergency_desk.io import importer, record_stream
from emergency_desk.io import trainings as trainings_io
from emergency_desk.io.importer import import_file
from emergency_desk.io.spec import Record

HEADER = ["序号", "培训名称", "培训日期", "姓名", "手机号码", "培训结果"]


def _name(i: int) -> str:
    given = "建国志强华永红海涛立新卫东振晓燕丽秀英美玲春梅玉兰明德文"
    n = len(given)
    return "汪胡程叶余王李江舒孙"[i % 10] + given[i // 10 % n] + given[i // (10 * n) % n]


def _rows(n: int) -> list[list[Any]]:
    day = date(2024, 1, 1)
    return [[i + 1, f"第{i // 50 + 1}期灾害信息员培训", day + timedelta(days=i // 50), _name(i),
             f"139{i:08d}", "合格"] for i in range(n)]


class _Counted(Record):
    alive = 0
    most = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _Counted.alive += 1
        _Counted.most = max(_Counted.most, _Counted.alive)

    def __del__(self) -> None:
        _Counted.alive -= 1


@pytest.mark.parametrize("streams", [True, False])
def test_an_import_holds_a_chunk_of_records_not_the_file(
        streams: bool, db: Database, make_xlsx: MakeXlsx,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_stream, "CHUNK_ROWS", 100)
    monkeypatch.setattr(trainings_io, "CHUNK_ROWS", 100)
    monkeypatch.setattr(trainings_io.TrainingsSpec, "streams", streams)
    monkeypatch.setattr(importer, "Record", _Counted)
    _Counted.alive = _Counted.most = 0
    result = import_file(db, "trainings", make_xlsx([HEADER, *_rows(1000)]))
    assert result.ok and result.inserted == result.total == 1000, result.error_lines()[:3]
    if streams:  # the chunk being written and the one being read
        assert _Counted.most <= 200, _Counted.most
    else:  # a list of every row (a --replace import, or a register that needs them all)
        assert _Counted.most == 1000
