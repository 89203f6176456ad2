"""The county server: one PostgreSQL database that several staff share on the LAN (issue 19).

A township keeps its SQLite file; a county office with several staff points every PC at one
server with `--db postgresql://user@host:port/dbname` (or the same in 设置 / the first-start
dialog). The services never know which engine they talk to: data/db.py builds the engine here,
data/transactions.py gives writers the server's equivalent of BEGIN IMMEDIATE (an advisory
lock), and the few SQL functions that differ between the engines live in data/sql.py.

What a user sees when the server is not there, or the password is wrong, is decided here: a
plain message naming the host and port and what to check, never a driver traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from emergency_desk.errors import EnvironmentProblem, UsageError
from emergency_desk.i18n import t

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
DEFAULT_PORT = 5432
CONNECT_SECONDS = 8  # a LAN answers at once; a switched-off server should not hang the window
# Advisory-lock keys (any fixed 64-bit numbers; "EDK1" like the SQLite application_id).
WRITE_LOCK_KEY = 0x45444B31_0001
MIGRATE_LOCK_KEY = 0x45444B31_0002


def is_server(text: str | None) -> bool:
    """Whether a --db value (or EMERGENCY_DESK_DB) names a server rather than a file."""
    return bool(text) and str(text).strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    """Where the county's database is: host, port, database name, user (and password)."""

    url: URL

    @property
    def host(self) -> str:
        return self.url.host or "localhost"

    @property
    def port(self) -> int:
        return self.url.port or DEFAULT_PORT

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def user(self) -> str:
        return self.url.username or ""

    @property
    def where(self) -> str:
        """host:port, as the messages name it."""
        return f"{self.host}:{self.port}"

    def __str__(self) -> str:
        """For the window's status bar, messages and the log: never the password."""
        return f"postgresql://{self.user}@{self.where}/{self.database}"

    def local_folder(self) -> Path:
        """This PC's own folder for the server: backups taken here (pg_dump) and plan
        attachments opened here. The server's data itself is never copied into it."""
        from emergency_desk.paths import data_dir

        name = re.sub(r"[^0-9A-Za-z._-]+", "_", f"{self.host}-{self.port}-{self.database}")
        return data_dir() / "servers" / name

    def placeholder_path(self) -> Path:
        """The path Database.path holds for a server: backups and attachments are found
        beside it (paths.backup_dir_for, attachments_dir); no file is ever written there."""
        return self.local_folder() / f"{self.database}.server"


def parse(text: str) -> ServerAddress:
    """A server URL as typed (postgresql://, postgresql+psycopg:// or postgres://); psycopg 3
    is always the driver. Raises UsageError with a plain message for a malformed one."""
    raw = text.strip()
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise UsageError(t("服务器地址“{url}”的格式不对，应为 postgresql://用户名@服务器:端口/数据库名。",
                           url=_hide_password(raw))) from exc
    if url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise UsageError(t("服务器地址“{url}”的格式不对，应为 postgresql://用户名@服务器:端口/数据库名。",
                           url=_hide_password(raw)))
    return ServerAddress(url.set(drivername="postgresql+psycopg"))


def address(host: str, port: int, database: str, user: str, password: str = "") -> ServerAddress:
    """The address the connection dialog's fields describe."""
    return ServerAddress(URL.create("postgresql+psycopg", username=user or None,
                                    password=password or None, host=host, port=port,
                                    database=database))


def _hide_password(raw: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", raw)


def make_server_engine(addr: ServerAddress) -> Engine:
    from emergency_desk.data import sql, transactions

    engine = create_engine(
        addr.url, future=True, pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_SECONDS, "application_name": "EmergencyDesk"})
    transactions.install(engine)
    sql.install_postgresql(engine)
    return engine


def _sqlstate(orig: Any) -> str:
    return str(getattr(orig, "sqlstate", None) or "")


def server_problem(exc: BaseException, addr: ServerAddress) -> EnvironmentProblem | None:
    """A plain message for a server failure the user (or the server's administrator) can act
    on; None for anything else, which is a bug."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    state = _sqlstate(orig)
    text = str(orig)
    low = text.lower()
    if state == "28P01" or "password authentication failed" in low \
            or "no password supplied" in low:
        return EnvironmentProblem(t(
            "无法登录服务器 {where}：用户名“{user}”或密码不对。请向服务器管理员核对用户名和密码"
            "（设置 → 连接单位服务器）。没有写入任何内容。", where=addr.where, user=addr.user))
    if state == "3D000" or (f'database "{addr.database}" does not exist' in text):
        return EnvironmentProblem(t(
            "服务器 {where} 上没有名为“{name}”的数据库。请服务器管理员先建立它"
            "（见使用指南“县级单位服务器”），或检查数据库名是否写对。", where=addr.where,
            name=addr.database))
    if state in ("28000", "42501"):
        return EnvironmentProblem(t(
            "服务器 {where} 拒绝了用户“{user}”（没有权限）：{err}。请服务器管理员检查该用户的权限。"
            "没有写入任何内容。", where=addr.where, user=addr.user, err=text.strip()))
    if state in ("40001", "40P01", "55P03"):
        return EnvironmentProblem(t(
            "另一位同事正在向服务器 {where} 保存，等待超时，本次没有写入任何内容。请稍后重试。",
            where=addr.where))
    if state == "53100":
        return EnvironmentProblem(t("服务器 {where} 的磁盘已满，本次没有写入任何内容。"
                                    "请服务器管理员清理磁盘。", where=addr.where))
    if (isinstance(exc, DBAPIError) and exc.connection_invalidated) or state.startswith("08") \
            or (not state and _is_connection_error(orig)):
        return EnvironmentProblem(t(
            "连接不上单位服务器 {where}，本次没有写入任何内容。请检查：服务器电脑是否开机、"
            "PostgreSQL 服务是否已启动、服务器地址和端口是否写对、"
            "本机与服务器之间的网线或无线网络、"
            "服务器防火墙是否放行端口 {port}。", where=addr.where, port=addr.port))
    return None


def _is_connection_error(orig: Any) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(orig, psycopg.OperationalError)
