"""io/bulk.py WrittenRows: which file row wrote each record id, kept compact for long files,
answers like a dict whatever order the ids arrive in."""

from __future__ import annotations

import random

from emergency_desk.io.bulk import CHUNK, WrittenRows


def test_written_rows_answer_like_a_dict_in_any_order() -> None:
    rng = random.Random(20)
    ascending = list(range(5, 5 + 3 * CHUNK))  # new records: numbered in row order
    shuffled = rng.sample(range(100_000, 100_000 + 2 * CHUNK), 2 * CHUNK)  # a re-import
    below = list(range(1, 5))  # older records updated after the others: a merge
    ids = ascending + shuffled + below
    written, expected = WrittenRows(), {}
    for row, rid in enumerate(ids, start=3):
        assert written.row(rid) is None
        written.add(rid, row)
        expected[rid] = row
        if row % 397 == 0:  # asked while part of the ids are still recent
            assert all(written.row(i) == r for i, r in expected.items())
    assert all(written.row(i) == r for i, r in expected.items())
    assert written.row(None) is None
    assert written.row(0) is None
    assert written.row(99_999) is None
    assert written.row(max(ids) + 1) is None
