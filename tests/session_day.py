"""The day this test run started, for tests whose data is dated relative to the real today.

A full run takes about an hour on a loaded CI machine. When it crosses midnight, a module that
dated its data from `date.today()` at import (a certificate 31 days from now) and the program,
which asks `date.today()` when it judges, disagree by a day: the CI run of 2026-12-06 went red
on exactly that. Such modules date their data from SESSION_DAY and add
`pytestmark = pytest.mark.usefixtures("on_session_day")`, which keeps the program's clock on that
day (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

SESSION_DAY = date.today()
