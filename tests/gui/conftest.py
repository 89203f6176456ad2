"""Window tests borrow the register fixtures they drive: the supplies depot (the 应急物资 page)
and the users with roles (sign-in, read-only and clerk windows), signing out around each test.
A test that makes the program's application (create_application) gets Python's cycle-collector
pacing back afterwards: the window's (ui/gc_pacing.py) is not a test process's."""

from collections.abc import Iterator

import pytest

from tests.services.supplies.conftest import depot  # noqa: F401  (fixture)
from tests.services.users.conftest import _signed_out, roles_db  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def _python_gc_pacing() -> Iterator[None]:
    yield
    from emergency_desk.ui import gc_pacing

    gc_pacing.uninstall()
