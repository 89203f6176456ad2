"""Files kept inside the database: plan attachments, a regulation's text, a case's report,
a 防汛责任书 scan.

The bytes go into `attachment_blob` once per content (SHA-256), so a backup — one SQLite file —
carries them with the records that name them. Opening a file writes it to the managed
`attachments` folder beside the database, after checking its checksum.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree

from sqlalchemy.orm import Session

from emergency_desk.data.db import Database
from emergency_desk.data.plans import AttachmentBlob
from emergency_desk.errors import EnvironmentProblem, InputRejected
from emergency_desk.i18n import t

MAX_BYTES = 100 * 1024 * 1024  # a scanned plan with maps; larger files belong elsewhere
MAX_TEXT = 2_000_000  # characters of a document's text kept for search (a long code is ~300k)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class StoredFile:
    name: str
    size: int
    sha256: str
    content: bytes


def read_file(path: Path | str) -> StoredFile:
    """Read a file the user chose; too large or unreadable → a message naming it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputRejected(t("文件 {name} 超过 {n} MB，请压缩或拆分后再添加",
                                  name=path.name, n=MAX_BYTES // (1024 * 1024)))
        content = path.read_bytes()
    except OSError as exc:
        raise EnvironmentProblem(t("无法读取文件 {path}：{err}", path=path,
                                   err=exc.strerror or exc)) from exc
    return StoredFile(path.name[:255], len(content), hashlib.sha256(content).hexdigest(),
                      content)


def keep_blob(session: Session, f: StoredFile) -> None:
    """Store the bytes unless the same content is already there."""
    if session.get(AttachmentBlob, f.sha256) is None:
        session.add(AttachmentBlob(sha256=f.sha256, content=f.content))
        session.flush()


def attachments_dir(db: Database) -> Path:
    """Where opened files are written: beside the database, like the backups."""
    return db.path.parent / "attachments"


def write_out(db: Database, name: str, digest: str, folder: Path | None = None) -> Path:
    """Write a stored file out (to open it or hand it on); the checksum proves it intact."""
    with db.read() as s:
        blob = s.get(AttachmentBlob, digest)
        content = blob.content if blob is not None else b""
    if hashlib.sha256(content).hexdigest() != digest:
        raise EnvironmentProblem(t("附件“{name}”已损坏（校验值不符），请从备份恢复", name=name))
    target_dir = (folder or attachments_dir(db)) / digest[:12]
    target = target_dir / (_UNSAFE.sub("_", name) or "attachment")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        if not target.exists() or hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            target.write_bytes(content)
    except OSError as exc:
        raise EnvironmentProblem(t("无法写出附件 {path}：{err}", path=target,
                                   err=exc.strerror or exc)) from exc
    return target


def extract_text(name: str, content: bytes) -> str | None:
    """The searchable text of a .txt, .docx or text-layer .pdf; None for anything else (a scan
    or an image has no text without OCR, which we do not ship)."""
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".txt":
            text = _decode(content)
        elif suffix == ".docx":
            text = _docx_text(content)
        elif suffix == ".pdf":
            text = _pdf_text(content)
        else:
            return None
    except Exception:  # a damaged or encrypted document: keep the file, search its fields only
        return None
    text = re.sub(r"[ \t\r\f\v\u3000]+", " ", text).strip()
    return text[:MAX_TEXT] or None


def _decode(content: bytes) -> str:
    # Office PCs save .txt as UTF-8 (with or without BOM) or GBK (记事本 before Windows 10 1903).
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(enc)
        except UnicodeDecodeError:
            continue
    return content.decode("utf-8", errors="replace")


def _docx_text(content: bytes) -> str:
    with zipfile.ZipFile(BytesIO(content)) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    paragraphs = ("".join(node.text or "" for node in p.iter(f"{_W}t"))
                  for p in root.iter(f"{_W}p"))
    return "\n".join(p for p in paragraphs if p)


def _pdf_text(content: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(content)
    try:
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        pdf.close()
