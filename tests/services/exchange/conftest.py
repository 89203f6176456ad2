"""The exchange tests borrow the users-and-roles fixtures (only an administrator exchanges)."""

from tests.services.users.conftest import _signed_out, roles_db  # noqa: F401  (fixtures)
