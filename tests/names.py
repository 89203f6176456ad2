"""Made-up person names for tests: a name holds letters only (values.person_name), so a
sequence number is written in Chinese digits — 队员07 would be refused as a name."""

_DIGITS = "零一二三四五六七八九"


def numbered(prefix: str, i: int, width: int = 2) -> str:
    """numbered("队员", 7) → "队员零七": unique per (prefix, i), and a valid 姓名."""
    return prefix + "".join(_DIGITS[int(d)] for d in f"{i:0{width}d}")
