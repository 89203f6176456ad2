"""The .edx file: a zip holding manifest.json, one JSON part per table and the attachments'
bytes, with a SHA-256 of every part in the manifest.

A package is checked whole before anything is merged: a damaged zip, a part missing or
changed after it was written (USB sticks fail), a format newer than this program: each is an
InputRejected naming the file and what to do, and the database is never opened for writing.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime

from emergency_desk import __version__
from emergency_desk.errors import EnvironmentProblem, InputRejected, os_reason
from emergency_desk.i18n import t

FORMAT = "emergency-desk-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".edx"


def encode(value: Any) -> Any:
    """A column value as JSON: dates and times as ISO text (a month date as its day: its
    precision travels in its own `<field>_month` column)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return date(value.year, value.month, value.day).isoformat()
    return value


def decode(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def part_name(table: str) -> str:
    return f"data/{table}.json"


def blob_name(sha256: str) -> str:
    return f"files/{sha256}"


@dataclass
class Package:
    manifest: dict[str, Any]
    # table → (columns, rows as lists in that order)
    tables: dict[str, tuple[list[str], list[list[Any]]]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)

    @property
    def county_code(self) -> str:
        return str(self.manifest.get("county_code") or "")

    @property
    def origin(self) -> str:
        return str(self.manifest.get("township_code") or self.manifest.get("county_region_code")
                   or "")

    @property
    def from_county(self) -> bool:
        return not self.manifest.get("township_code")

    @property
    def origin_name(self) -> str:
        return str(self.manifest.get("origin_name") or self.origin)

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(str(self.manifest["created_at"]))

    def rows(self, table: str) -> list[dict[str, Any]]:
        columns, rows = self.tables.get(table, ([], []))
        return [dict(zip(columns, r, strict=True)) for r in rows]


def write_package(path: Path, manifest: dict[str, Any],
                  tables: dict[str, tuple[list[str], list[list[Any]]]],
                  blobs: dict[str, bytes]) -> int:
    """Write the zip next to `path` and move it into place: a half-written package never
    carries the final name. Returns the file's size."""
    parts: dict[str, bytes] = {}
    for table, (columns, rows) in tables.items():
        parts[part_name(table)] = json.dumps({"columns": columns, "rows": rows},
                                             ensure_ascii=False).encode("utf-8")
    for sha, content in blobs.items():
        parts[blob_name(sha)] = content
    full = dict(manifest, format=FORMAT, format_version=FORMAT_VERSION,
                program_version=__version__,
                sha256={name: hashlib.sha256(data).hexdigest() for name, data in parts.items()})
    tmp = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(full, ensure_ascii=False, indent=1))
            for name, data in parts.items():
                z.writestr(name, data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise EnvironmentProblem(t("无法写入上报包 {path}：{reason}。请换一个文件夹或 U 盘后重试。",
                                   path=path, reason=os_reason(exc))) from exc
    return path.stat().st_size


def _damaged(path: Path, what: str) -> InputRejected:
    return InputRejected(t("上报包 {path} 已损坏或不完整（{what}），没有合并任何数据。"
                           "请让对方重新导出一份，换一个 U 盘或传输方式后再合并。",
                           path=path, what=what))


def read_package(path: Path) -> Package:
    """Read and check every part: format, version, checksums. Raises InputRejected."""
    if not path.is_file():
        raise EnvironmentProblem(t("找不到文件 {path}。请检查文件名和所在文件夹。", path=path))
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if MANIFEST not in names:
                raise InputRejected(t("{path} 不是应急资源台账的上报包（缺少清单 manifest.json），"
                                      "没有合并任何数据。", path=path))
            manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise InputRejected(t("{path} 不是应急资源台账的上报包，没有合并任何数据。",
                                      path=path))
            version = manifest.get("format_version")
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise InputRejected(t(
                    "上报包 {path} 由较新版本的程序（{program}）导出，格式版本 {version} 比本程序"
                    "支持的 {ours} 新，没有合并任何数据。请先把本程序升级到同一版本。",
                    path=path, program=manifest.get("program_version", "?"),
                    version=version, ours=FORMAT_VERSION))
            sums = manifest.get("sha256")
            if not isinstance(sums, dict):
                raise _damaged(path, t("清单中没有校验值"))
            package = Package(manifest)
            for name, expected in sums.items():
                if name not in names:
                    raise _damaged(path, t("缺少 {part}", part=name))
                data = z.read(name)
                if hashlib.sha256(data).hexdigest() != expected:
                    raise _damaged(path, t("{part} 的校验值不符", part=name))
                if name.startswith("files/"):
                    package.blobs[name.removeprefix("files/")] = data
                elif name.startswith("data/") and name.endswith(".json"):
                    part = json.loads(data.decode("utf-8"))
                    package.tables[name[5:-5]] = (list(part["columns"]), list(part["rows"]))
    except InputRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, KeyError, TypeError,
            UnicodeDecodeError, EOFError) as exc:
        raise _damaged(path, type(exc).__name__) from exc
    except OSError as exc:
        raise EnvironmentProblem(t("无法读取上报包 {path}：{reason}。", path=path,
                                   reason=os_reason(exc))) from exc
    for key in ("county_code", "created_at", "package_id"):
        if not manifest.get(key):
            raise _damaged(path, t("清单中缺少 {key}", key=key))
    return package
