"""Window tests borrow the register fixtures they drive: the supplies depot (the 应急物资 page)
and the users with roles (sign-in, read-only and clerk windows), signing out around each test."""

from tests.services.supplies.conftest import depot  # noqa: F401  (fixture)
from tests.services.users.conftest import _signed_out, roles_db  # noqa: F401  (fixtures)
