"""Helpers shared by the officer tests (imported by name: a `conftest` module is ambiguous when
several test folders have one)."""

from __future__ import annotations

from collections.abc import Callable

from emergency_desk.services.officers.officers import OfficerInput
from emergency_desk.values import id_check_char

OfficerMaker = Callable[..., OfficerInput]


def make_id_card(birth: str = "19800101", seq: int = 1, *, male: bool = True,
                 area: str = "341023") -> str:
    """A valid 身份证号: 17 digits + the GB 11643 check character."""
    order = seq * 2 + (1 if male else 0)  # the 17th digit is odd for men
    first17 = f"{area}{birth}{order % 1000:03d}"
    return first17 + id_check_char(first17)
