"""What the demo's register steps share, apart from the county that runs them (county.py), so
that each step module depends on this and never on the module listing the steps."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session


@dataclass
class DemoContext:
    """What the register steps share: the day the demo pretends it is, ids by region name."""

    today: date
    rng: random.Random
    region_ids: dict[str, int] = field(default_factory=dict)  # "碧阳镇/柏山村" and "碧阳镇"


# A step fills one register and returns how many records it wrote.
Step = Callable[[Session, DemoContext], int]
