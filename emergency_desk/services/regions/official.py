"""The bundled official region data (统计用区划代码 2023, built by tools/build_region_data.py).

Read-only and offline: the county picker reads `index.tsv`, `init` reads one county's member.
The 2023 edition is the last published at village level, so anything newer is the office's own
edit in its database, never in this file.
"""

from __future__ import annotations

import difflib
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from emergency_desk.data.enums import RegionLevel
from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t
from emergency_desk.paths import resource

DATA_FILE = resource("regions/regions-2023.zip")
CUTOFF = "2023-06-30"

# Committee suffixes, longest first: the official name → the name people write. "宏村村委会" is
# the committee of 宏村, so "村村委会" keeps one 村; "楼梓庄村委会" is 楼梓庄村.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("社区居民委员会", "社区"), ("社区居委会", "社区"),
    ("村村民委员会", "村"), ("村民委员会", "村"), ("村村委会", "村"), ("村委会", "村"),
)
# Traditional forms found in the data where offices write the simplified one (靄峰村 → 霭峰村).
# Local characters that exist only in place names (垟, 塆, 垱 …) are not variants and stay.
VARIANTS = str.maketrans({"靄": "霭"})


def display_name(official: str) -> str:
    """柏山村村委会 → 柏山村, 郭门社区居委会 → 郭门社区; other names stay as published (a bare
    居委会 or 生活区 has no shorter name that people agree on)."""
    name = official.strip().translate(VARIANTS)
    for suffix, keep in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)] + keep
    return name


def level_for(code: str) -> RegionLevel:
    """Level from a 12-digit code: the last three digits 0xx/1xx are 居委会 and 4xx units like
    one (学院社区), 2xx/3xx are 村委会 and 5xx units like one (林场、园艺场生活区); a code ending
    in 000 is a township, 000000 a county."""
    if code.endswith("000000"):
        return RegionLevel.COUNTY
    if code.endswith("000"):
        return RegionLevel.TOWNSHIP
    return RegionLevel.COMMUNITY if code[9] in "014" else RegionLevel.VILLAGE


@dataclass(frozen=True)
class Division:
    """A province, city or county of the index."""

    code: str  # 2, 4 or 6 digits
    name: str
    initials: str  # pinyin initials, lower case: 黟县 → yx

    @property
    def full_code(self) -> str:
        return self.code.ljust(12, "0")


@dataclass(frozen=True)
class OfficialUnit:
    """A township or village of one county, as published."""

    code: str  # 12 digits
    official_name: str
    name: str  # display name
    level: RegionLevel

    @property
    def township_code(self) -> str:
        return self.code[:9] + "000"


def _damaged(path: Path, why: str) -> EnvironmentProblem:
    return EnvironmentProblem(t(
        "程序自带的区划数据文件 {path} 已损坏或缺失（{why}）。请重新安装本程序；已有数据没有改动。",
        path=path, why=why))


class RegionData:
    """Reads the bundled zip; every failure becomes a plain EnvironmentProblem (exit 3)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or DATA_FILE

    def _member(self, name: str) -> str | None:
        try:
            with zipfile.ZipFile(self.path) as z:
                try:
                    raw = z.read(name)
                except KeyError:
                    return None
        except FileNotFoundError as exc:
            raise _damaged(self.path, t("文件不存在")) from exc
        except (OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise _damaged(self.path, type(exc).__name__) from exc
        except Exception as exc:  # lzma.LZMAError and zlib errors on a corrupt member
            raise _damaged(self.path, type(exc).__name__) from exc
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _damaged(self.path, "UTF-8") from exc

    def edition(self) -> str:
        text = self._member("EDITION.txt")
        if text is None:
            raise _damaged(self.path, "EDITION.txt")
        return text.splitlines()[0]

    def divisions(self) -> list[Division]:
        return _index(self)

    def division(self, code: str) -> Division | None:
        code = code.strip()
        short = code[:6] if len(code) == 12 and code.endswith("000000") else code
        return next((d for d in self.divisions() if d.code == short), None)

    def children(self, code: str) -> list[Division]:
        """Cities of a province (2 digits) or counties of a city (4 digits)."""
        want = len(code) + 2
        return [d for d in self.divisions() if len(d.code) == want and d.code.startswith(code)]

    def counties(self) -> list[Division]:
        return [d for d in self.divisions() if len(d.code) == 6]

    def path_of(self, county: Division) -> str:
        """"安徽省 黄山市 黟县" (a 市辖区 city level is left out)."""
        names = [d.name for d in (self.division(county.code[:2]), self.division(county.code[:4]))
                 if d is not None and d.name != "市辖区"]
        return " ".join([*names, county.name])

    def county_units(self, county_code: str) -> list[OfficialUnit]:
        """Townships and villages of a county in code order; [] when the county has none."""
        text = self._member(f"counties/{county_code[:6]}.tsv")
        if text is None:
            return []
        units = []
        for n, line in enumerate(text.splitlines(), start=1):
            code, _, official = line.partition("\t")
            if len(code) != 12 or not code.isdigit() or not official or \
                    code[:6] != county_code[:6]:
                raise _damaged(self.path, f"{county_code[:6]}.tsv:{n}")
            units.append(OfficialUnit(code, official, display_name(official), level_for(code)))
        return units

    def closest(self, text: str, n: int = 5) -> list[Division]:
        """Counties whose name or code is closest to `text` (for 'did you mean')."""
        counties = self.counties()
        by_name: dict[str, Division] = {}
        for d in counties:
            by_name.setdefault(d.name, d)
        names = difflib.get_close_matches(text, list(by_name), n=n, cutoff=0.3)
        hits = [by_name[x] for x in names]
        if text.isdigit():
            # A mistyped code is closest to the counties of the same city, else province.
            target = int(text[:6].ljust(6, "0"))
            for prefix in (text[:4], text[:2]):
                same = [d for d in counties if d.code.startswith(prefix)]
                if same:
                    return sorted(same, key=lambda d: abs(int(d.code) - target))[:n]
        return hits[:n]

    def search(self, text: str, within: str = "", limit: int = 50) -> list[Division]:
        """Counties matching a name part, pinyin initials or code prefix (the picker's box)."""
        text = text.strip().lower()
        out = []
        for d in self.counties():
            if within and not d.code.startswith(within):
                continue
            if not text or text in d.name or d.initials.startswith(text) or \
                    d.code.startswith(text):
                out.append(d)
                if len(out) >= limit:
                    break
        return out


@lru_cache(maxsize=4)
def _index_cached(path: Path, mtime: float) -> tuple[Division, ...]:
    text = RegionData(path)._member("index.tsv")
    if text is None:
        raise _damaged(path, "index.tsv")
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        parts = line.split("\t")
        if len(parts) != 3 or not parts[0].isdigit() or len(parts[0]) not in (2, 4, 6):
            raise _damaged(path, f"index.tsv:{n}")
        out.append(Division(*parts))
    return tuple(out)


def _index(data: RegionData) -> list[Division]:
    try:
        mtime = data.path.stat().st_mtime
    except FileNotFoundError as exc:
        raise _damaged(data.path, t("文件不存在")) from exc
    return list(_index_cached(data.path, mtime))
