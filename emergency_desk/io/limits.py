"""Limits on what an import will read: an office register fits well inside them, a zip bomb or
a sheet filled to Excel's last row does not (issue 18: a 4.3 MB file unpacking to 1 GB took four
minutes, 3.4 GB of memory and printed 8.6 million lines).

Checked before openpyxl parses anything (the sizes the archive declares), while reading (rows,
columns) and when showing errors. A file over a limit is refused with a message that says which
limit and what to do; nothing is written.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from emergency_desk.errors import EnvironmentProblem
from emergency_desk.i18n import t

# The largest real register seen (a county's 3,000 regions, 12,000 batches) is a few MB unpacked.
MAX_UNPACKED = 300 * 1024 * 1024
# Sheet XML compresses 5-30×; hundreds of times means the same row repeated on purpose.
MAX_RATIO = 100
RATIO_FROM = 20 * 1024 * 1024  # below this size a high ratio costs nothing
MAX_ROWS = 100_000
MAX_COLUMNS = 200  # registers have at most a few dozen columns
SHOWN_ERRORS = 200  # the full list goes to the --errors-out workbook


def check_archive(path: Path) -> None:
    """Refuse an .xlsx whose declared unpacked size or packing ratio is beyond the limits."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # the reader reports a damaged file in its own words
    unpacked = sum(i.file_size for i in infos)
    packed = max(sum(i.compress_size for i in infos), 1)
    if unpacked <= MAX_UNPACKED and unpacked > RATIO_FROM and unpacked / packed > MAX_RATIO:
        # Within the size but packed like a zip bomb: say so, not "over 300 MB".
        raise EnvironmentProblem(t(
            "“{name}”解压后有 {mb} MB，却只有 {kb} KB（压缩了 {ratio} 倍），超出导入的上限"
            "（{limit} 倍）：表格中大概有大量重复或空白的内容。请检查是否选错了文件，"
            "或删去多余的行和工作表后另存再导入。",
            name=path.name, mb=unpacked // (1024 * 1024), kb=packed // 1024,
            ratio=int(unpacked / packed), limit=MAX_RATIO))
    if unpacked > MAX_UNPACKED:
        raise EnvironmentProblem(t(
            "“{name}”解压后有 {mb} MB（压缩了 {ratio} 倍），超出导入的上限（{limit} MB）。"
            "台账文件不会这么大：请检查是否选错了文件，或删去多余的行和工作表后另存再导入。",
            name=path.name, mb=unpacked // (1024 * 1024), ratio=int(unpacked / packed),
            limit=MAX_UNPACKED // (1024 * 1024)))


def too_many_rows(path: Path, sheet: str) -> EnvironmentProblem:
    return EnvironmentProblem(t(
        "工作表“{sheet}”（{name}）超过 {n} 行，超出导入的上限。请删去表格下方的空行和多余内容"
        "（选中多余的行→删除），或把台账分成几个文件导入。",
        sheet=sheet, name=path.name, n=f"{MAX_ROWS:,}"))


def more_errors(hidden: int) -> str:
    return t("…还有 {n} 处错误", n=hidden)


_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def is_encrypted_office_file(path: Path) -> bool:
    """An .xlsx with an opening password is stored as an OLE file holding an
    'EncryptedPackage' stream (MS-OFFCRYPTO); its directory is near the start or the end."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024 * 1024)
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 1024 * 1024))
            tail = fh.read()
    except OSError:
        return False
    return _ENCRYPTED in head or _ENCRYPTED in tail


def encrypted(path: Path) -> EnvironmentProblem:
    return EnvironmentProblem(t(
        "“{name}”设置了打开密码，程序不能读取。请在 Excel 或 WPS 中打开它，取消密码"
        "（文件→信息→保护工作簿→用密码进行加密，清空密码），保存后再导入。", name=path.name))
