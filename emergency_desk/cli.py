"""The command line (docs/design.md section 2, a contract): `emergency-desk [--db PATH] [--lang]
[COMMAND ...]`.

Every command goes through the same services as the window. Exit codes: 0 done, 1 input
rejected (nothing written), 2 usage error, 3 environment problem. A KnownError prints its plain
message; anything else is a bug: it is logged with its traceback and the user gets one line
pointing at the log. Qt is imported only when the window is asked for.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emergency_desk import i18n
from emergency_desk.errors import (
    EXIT_ENVIRONMENT,
    EXIT_OK,
    EXIT_REJECTED,
    EnvironmentProblem,
    KnownError,
    UsageError,
)
from emergency_desk.i18n import t

if TYPE_CHECKING:
    from emergency_desk.data.location import Target
    from emergency_desk.data.server import ServerAddress

log = logging.getLogger(__name__)


# argparse's own messages, in Chinese (argparse looks `_` up at call time; see _argparse_zh).
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "无效的选项 %(value)r（可选：%(choices)s）",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个参数值",
    "expected at least one argument": "至少需要一个参数值",
    "expected at most one argument": "最多只能有一个参数值",
    "ambiguous option: %(option)s could match %(matches)s":
        "选项 %(option)s 有歧义，可能是：%(matches)s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "必须给出 %s 之一",
    "ignored explicit argument %r": "多余的参数值 %r",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
}


@contextlib.contextmanager
def _argparse_zh() -> Iterator[None]:
    """Chinese argparse messages while parsing (English ones stay as argparse writes them)."""
    if i18n.language() == "en":
        yield
        return
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda s: _ARGPARSE_ZH.get(s, original(s))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="emergency-desk",
        description=t("应急资源台账：应急物资、救援队伍、灾害信息员、应急预案。不带命令时打开主窗口。"))
    p.add_argument("--db", metavar="PATH",
                   help=t("数据库文件，或县级单位服务器 postgresql://用户名@服务器:端口/数据库名"
                          "（默认取环境变量 EMERGENCY_DESK_DB，否则为用户数据文件夹）"))
    p.add_argument("--lang", choices=["zh_CN", "en"], help=t("界面语言"))
    p.add_argument("--user", metavar="NAME", help=t(
        "启用用户和角色后登录用的用户名；密码取环境变量 EMERGENCY_DESK_PASSWORD，否则提示输入"))
    reg_help = t("台账名称，如 regions（用 registers 命令查看全部）")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help=t("打开主窗口"))
    init = sub.add_parser("init", help=t(
        "按统计用区划代码（2023，数据截至 2023-06-30）建立本县的乡镇和村（社区），并设置单位名称"))
    init.add_argument("--county", required=True, metavar="CODE",
                      help=t("6 位县级区划代码，如 341023"))
    init.add_argument("--township", metavar="CODE",
                      help=t("只建这一个乡镇（9 位或 12 位代码，或名称）：乡镇办公室用"))
    init.add_argument("--office", required=True, metavar="NAME",
                      help=t("单位名称，如 浮梁县应急管理局（印在报表上）"))
    demo = sub.add_parser("demo", help=t("用演示县的数据填充数据库"))
    demo.add_argument("--force", action="store_true", help=t("替换已有数据（先自动备份）"))
    imp = sub.add_parser("import", help=t("从 Excel 导入台账（全部成功才写入）"))
    imp.add_argument("register", metavar="REGISTER", help=reg_help)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help=t("只检查，不写入"))
    imp.add_argument("--replace", action="store_true", help=t(
        "本表为在岗人员全部名单（officers、members）：表中没有的人员按今天办理离任/离队，"
        "保留历史记录"))
    imp.add_argument("--errors-out", metavar="FILE.xlsx", help=t(
        "有错误时，把被拒绝的行（原表头，另加“错误说明”列）保存到该文件，改好后可再导入"))
    imp.add_argument("--set", action="append", default=[], metavar="列名=值", dest="constants",
                     help=t("为文件中缺少的列统一填写一个值，如 --set 所属区划=碧阳镇（可重复）"))
    exp = sub.add_parser("export", help=t("把台账导出为 Excel"))
    exp.add_argument("register", metavar="REGISTER", help=reg_help)
    exp.add_argument("file", metavar="FILE")
    personal = exp.add_mutually_exclusive_group()
    personal.add_argument("--full-id", action="store_true",
                          help=t("导出完整身份证号（默认打码；要修改后再导入时用）"))
    personal.add_argument("--no-personal", action="store_true",
                          help=t("不导出身份证号、手机号码、出生日期等个人信息列"))
    tpl = sub.add_parser("template", help=t("生成空白导入模板（.xlsx）"))
    tpl.add_argument("register", metavar="REGISTER", help=reg_help)
    tpl.add_argument("file", metavar="FILE")
    rep = sub.add_parser("report", help=t("生成 PDF 报表"))
    rep.add_argument("report", metavar="REPORT",
                     help=t("报表名称，如 alerts（用 registers 命令查看全部）"))
    rep.add_argument("--out", required=True, metavar="FILE.pdf", help=t("保存到的 PDF 文件"))
    rep.add_argument("--region", metavar="NAME|CODE", help=t("只包含该区划（名称或区划代码）"))
    rep.add_argument("--period", metavar="YYYY-MM|YYYY-Qn|YYYY",
                     help=t("统计时段（summary 报表）：月 2026-03、季度 2026-Q1 或年 2026"))
    rep.add_argument("--event", metavar="TITLE|DATE",
                     help=t("签到表对应的培训：培训名称、日期（如 2025-04-01）或“名称@日期”；"
                            "默认最近一次灾害信息员培训（仅 training-signin）"))
    rep.add_argument("--full-id", action="store_true",
                     help=t("打印完整身份证号（默认打码；保险公司、银行需要时用）"))
    chk = sub.add_parser("check", help=t("列出全部预警事项"))
    chk.add_argument("--json", action="store_true", help=t("以 JSON 列表输出"))
    bak = sub.add_parser("backup", help=t("把数据库备份到文件"))
    bak.add_argument("file", metavar="FILE")
    res = sub.add_parser("restore", help=t("从备份文件恢复数据库"))
    res.add_argument("file", metavar="FILE")
    sub.add_parser("registers", help=t("列出台账（REGISTER）和报表（REPORT）名称及其列"))
    exchange = sub.add_parser("exchange", help=t(
        "县乡上报包：导出本单位的全部台账，或合并收到的包"))
    exchange_sub = exchange.add_subparsers(dest="exchange_command", metavar="ACTION",
                                           required=True)
    exchange_sub.add_parser("export", help=t(
        "把全部台账（含已删除的记录和附件）导出为上报包")).add_argument(
        "--out", required=True, metavar="FILE.edx")
    exchange_sub.add_parser("import", help=t(
        "合并一个上报包（同一个包合并两次不会改变数据）")).add_argument("file", metavar="FILE.edx")
    users = sub.add_parser("users", help=t("用户和角色的恢复操作"))
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    reset = users_sub.add_parser("reset-admin", help=t(
        "忘记管理员密码时：为管理员生成一次性密码（需能访问数据库文件）"))
    reset.add_argument("name", nargs="?", metavar="NAME",
                       help=t("要恢复的用户名（默认第一个管理员）"))
    return p


def _preset_language(argv: Sequence[str]) -> None:
    """Apply --lang before parsing, so that usage errors are already in that language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in ("zh_CN", "en"):
            i18n.set_language(value)


def _setup_logging() -> Path | None:
    from emergency_desk.log import setup_logging

    try:
        return setup_logging()
    except OSError:  # an unwritable log folder must not stop the program
        return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # A Windows console redirected to a file uses the ANSI code page (GBK): a character it
        # lacks must not turn a finished import into a crash.
        if hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")
    i18n.set_language("zh_CN")  # Chinese unless --lang says otherwise, also when called twice
    _preset_language(args_list)
    try:
        with _argparse_zh():  # section titles and -h help are fixed when the parser is built
            args = build_parser().parse_args(args_list)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if args.lang:
        i18n.set_language(args.lang)
    log_path = _setup_logging()
    command = args.command or "gui"
    if command == "gui":
        _early_splash()
    from emergency_desk.data import write_lock  # the data layer: after the window's splash

    try:
        if command not in ("gui", "users"):  # the window signs in with a dialog
            sign_in(args, _db_path(args), admin_only=_ADMIN_ONLY.get(command),
                    damaged_ok=command == "restore")
        with write_lock.reporting(_print_waiting):
            return _COMMANDS[command](args, _db_path(args))
    except KnownError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `emergency-desk check | head`: the reader left; not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115  keeps exit-time flush quiet
        return EXIT_OK
    except KeyboardInterrupt:
        print(t("已中断。"), file=sys.stderr)
        return EXIT_ENVIRONMENT
    except Exception:
        log.exception("unexpected error in command %s", command)
        print(t("程序内部出错（这是程序的缺陷，不是您的操作问题）。详细信息已写入日志：{path}",
                path=log_path or "-"), file=sys.stderr)
        return EXIT_ENVIRONMENT


def _early_splash() -> None:
    """The window's splash before the data layer is imported (ui/app.py early_splash); without
    Qt's libraries cmd_gui says what is missing."""
    try:
        from emergency_desk.ui.app import early_splash
    except ImportError:
        return
    early_splash(i18n.language())


def _print_waiting(seconds: float | None) -> None:
    """Another writer holds the database (data/write_lock.py): say so every few seconds on
    stderr, so a script's log shows why the command is slow."""
    from emergency_desk.data import write_lock

    if seconds is not None:
        print(write_lock.waiting_message(seconds), file=sys.stderr, flush=True)


def _db_path(args: argparse.Namespace) -> Target:
    from emergency_desk.data.location import resolve

    return resolve(args.db)


def sign_in(args: argparse.Namespace, db_path: Target, *, admin_only: str | None = None,
            damaged_ok: bool = False) -> None:
    """When roles are on, every command (reading ones too) needs a signed-in user: --user and
    the password from EMERGENCY_DESK_PASSWORD or a prompt. Refusals exit with 1."""
    import getpass

    from emergency_desk.data import access
    from emergency_desk.data.location import roles_enabled_at
    from emergency_desk.data.migrate import open_database
    from emergency_desk.errors import InputRejected
    from emergency_desk.services.users import UsersService

    try:
        if not roles_enabled_at(db_path):
            return
    except EnvironmentProblem:
        if damaged_ok:  # restore is how a damaged or too-new database is replaced: let it run
            return
        raise
    username = args.user
    if not username:
        if not sys.stdin.isatty():
            raise InputRejected(t("已启用用户和角色：请用 --user 指定用户名，密码放在环境变量 "
                                  "EMERGENCY_DESK_PASSWORD 中，或在提示时输入。"))
        username = input(t("用户名：")).strip()
    password = os.environ.get("EMERGENCY_DESK_PASSWORD")
    if password is None:
        password = getpass.getpass(t("用户 {name} 的密码：", name=username))
    try:
        db = open_database(db_path)
    except EnvironmentProblem:
        if damaged_ok:  # restore is how a damaged or too-new file is replaced: let it run
            return
        raise
    try:
        users = UsersService(db)
        users.authenticate(username, password)
        if admin_only:
            access.require_admin(db, t(admin_only))
        if users.must_change_password():
            _err(t("提示：您正在使用一次性密码，请尽快在主窗口“用户”页中修改密码。"))
    finally:
        db.dispose()


def cmd_users(args: argparse.Namespace, db_path: Target) -> int:
    """`users reset-admin [NAME]`: the recovery path for a forgotten administrator password.
    Whoever can reach the database file could replace it anyway, so file access is the proof;
    the audit log records the reset and the operating-system login that did it."""
    from emergency_desk.services.users import UsersService

    db = _open(db_path, writing=True)
    try:
        name, password = UsersService(db).reset_admin(args.name)
    finally:
        db.dispose()
    _out(t("管理员 {name} 的一次性密码：{password}", name=name, password=password))
    _out(t("请用它登录主窗口，登录后须立即设置新密码。此次重置已记入操作日志。"))
    return EXIT_OK


def _open(db_path: Target, *, writing: bool = False) -> Any:
    """Open (create, migrate) the database; before a write, take the daily backup."""
    from emergency_desk.data.backup import auto_backup_if_due
    from emergency_desk.data.migrate import open_database
    from emergency_desk.services.settings import SettingsService

    db = open_database(db_path)
    if db.read_only:  # a read-only disk: say so before anything else, and refuse writing
        from emergency_desk.data.db import read_only_message

        if writing:
            db.dispose()
            raise EnvironmentProblem(read_only_message(db.path))
        _err(t("提示：") + read_only_message(db.path))
    elif writing and db.server is None:  # the server is backed up by its own schedule
        auto_backup_if_due(db.path, keep=int(SettingsService(db).get("backup_keep")))
    return db


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _existing_file(path: str) -> Path:
    p = Path(path).expanduser()
    if not p.is_file():
        raise EnvironmentProblem(t("找不到文件 {path}。请检查文件名和所在文件夹。", path=p))
    return p


# -- commands ------------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace, db_path: Target) -> int:
    try:
        from emergency_desk.data.backup import auto_backup_if_due

        if isinstance(db_path, Path):  # the server is backed up by its own schedule
            auto_backup_if_due(db_path)
    except KnownError as exc:  # the window shows database problems itself, in a dialog
        log.warning("daily backup skipped: %s", exc.message)
    try:
        from emergency_desk.ui.app import run_gui
    except ImportError as exc:
        log.exception("cannot load the window")
        raise EnvironmentProblem(t(
            "无法加载图形界面（{err}）。命令行功能仍可使用；请重新安装本程序，"
            "或在 Linux 上安装 Qt 所需的系统库（libegl1、libxkbcommon0 等）。", err=exc)) from exc
    return int(run_gui(db_path, i18n.language(), user=args.user) or 0)


def cmd_demo(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.services.demo.county import build_demo

    db = _open(db_path, writing=True)
    try:
        summary = build_demo(db, force=args.force)
    finally:
        db.dispose()
    if summary.backup:
        _out(t("原有数据已备份到 {path}。", path=summary.backup))
    _out(summary.text())
    _out(t("数据库：{path}", path=db.location))
    return EXIT_OK


def cmd_init(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.services.regions.county_setup import apply, plan

    # Checked against the bundled data before the database file is even opened (or created).
    p = plan(args.county, office_name=args.office, township=args.township)
    db = _open(db_path, writing=True)
    try:
        summary = apply(db, p)
    finally:
        db.dispose()
    _out(summary.text())
    _out(t("单位名称：{office}。区划数据截至 2023-06-30；"
           "此后的村（社区）变动请在“行政区划”页中修改。", office=p.office_name))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.io.importer import import_file
    from emergency_desk.io.registers import get_register
    from emergency_desk.io.rejected import write_rejected
    from emergency_desk.io.replace import replacer_for

    get_register(args.register)  # a usage error before any file is touched
    if args.replace:
        replacer_for(args.register)
    constants: dict[str, str] = {}
    for item in args.constants:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(t("--set 应写成 列名=值，如 --set 所属区划=碧阳镇；现为“{v}”",
                               v=item))
        constants[name.strip()] = value.strip()
    source = _existing_file(args.file)
    errors_out = Path(args.errors_out).expanduser() if args.errors_out else None
    if errors_out is not None and errors_out.resolve() == source.resolve():
        raise UsageError(t("--errors-out 不能是要导入的文件本身"))
    db = _open(db_path, writing=not args.dry_run)
    try:
        result = import_file(db, args.register, source, dry_run=args.dry_run,
                             replace=args.replace, constants=constants)
    finally:
        db.dispose()
    if result.region_matches:
        _out(t("按简称或去掉村委会、居委会后对应的区划：{m}",
               m="；".join(result.region_matches)))
    for line in result.leaver_lines():  # listed before anything is written (dry run) or as done
        _out(line)
    if result.errors:
        for line in result.error_lines():
            _err(line)
        _err(result.summary())
        if errors_out is not None:
            n = write_rejected(errors_out, result.headers, result.rejected)
            _err(t("被拒绝的 {n} 行（含“错误说明”列）已保存到 {path}，改好后可直接再导入。",
                   n=n, path=errors_out))
        return EXIT_REJECTED
    _out(result.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.io.exporter import export_register
    from emergency_desk.io.privacy import Privacy, has_personal_columns
    from emergency_desk.io.registers import get_register

    get_register(args.register)
    privacy = (Privacy.FULL_ID if args.full_id else
               Privacy.NO_PERSONAL if args.no_personal else Privacy.MASKED)
    db = _open(db_path)
    try:
        n = export_register(db, args.register, Path(args.file).expanduser(), privacy=privacy)
    finally:
        db.dispose()
    _out(t("已导出 {n} 条到 {path}。", n=n, path=args.file))
    if privacy is Privacy.MASKED and has_personal_columns(get_register(args.register)):
        _out(t("身份证号已打码。需要完整身份证号（如修改后再导入）时请加 --full-id。"))
    return EXIT_OK


def cmd_template(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.io.registers import get_register
    from emergency_desk.io.template import write_template

    get_register(args.register)
    write_template(args.register, Path(args.file).expanduser())
    _out(t("导入模板已保存：{path}", path=args.file))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.reports.registry import REPORTS, generate_report

    if args.report not in REPORTS:
        raise UsageError(t("没有名为“{name}”的报表。可用的报表：{names}", name=args.report,
                           names="、".join(sorted(REPORTS))))
    db = _open(db_path)
    try:
        if args.full_id:  # where roles are on, whole ID numbers are an administrator's call
            from emergency_desk.data import access

            access.require_admin(db, t("打印完整身份证号"))
        out = generate_report(db, args.report, Path(args.out).expanduser(), args.region,
                              event=args.event, period=args.period,
                              full_id=args.full_id)
    finally:
        db.dispose()
    _out(t("报表已保存：{path}", path=out))
    return EXIT_OK


def alert_objects(alerts: Sequence[Any]) -> list[dict[str, str]]:
    """The `check --json` shape (docs/design.md §2)."""
    return [{"rule": a.rule, "severity": a.severity.value, "region": a.region,
             "subject": a.subject, "message": a.message} for a in alerts]


def cmd_check(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.services.checks import Severity, run_checks

    db = _open(db_path)
    try:
        alerts = run_checks(db)
    finally:
        db.dispose()
    if args.json:
        _out(json.dumps(alert_objects(alerts), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not alerts:
        _out(t("没有发现问题。"))
        return EXIT_OK
    for sev in Severity:
        group = [a for a in alerts if a.severity == sev]
        if not group:
            continue
        _out(t("【{label}】{n} 条", label=sev.label, n=len(group)))
        width = max(_width(a.region) for a in group)
        for a in group:
            pad = " " * (width - _width(a.region))
            subject = "" if a.subject in a.region.split("/") else f"{a.subject}  "
            _out(f"  {a.rule:<4} {a.region}{pad}  {subject}{a.message}")
        _out()
    _out(t("共 {n} 条预警。", n=len(alerts)))
    return EXIT_OK


def _width(text: str) -> int:
    """Columns a terminal uses: CJK characters take two."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def cmd_backup(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.data.backup import backup_by_user

    dest = Path(args.file).expanduser()
    if dest.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name, suffix = (db_path.stem, ".sqlite3") if isinstance(db_path, Path) else \
            (db_path.database, ".pgdump")
        dest = dest / f"{name}-{stamp}-manual{suffix}"
    db = _open(db_path)
    try:
        written = backup_by_user(db, dest)
    finally:
        db.dispose()
    _out(t("已备份到 {path}。", path=written))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.data.backup import restore

    # The current file is not opened first: restoring must work when it is damaged or newer.
    source = _existing_file(args.file)
    if not isinstance(db_path, Path):
        return _restore_server(db_path, source)
    safety = restore(db_path, source)
    db = _open(db_path)  # migrates a backup taken by an older version
    db.dispose()
    _out(t("已从 {path} 恢复数据。", path=source))
    if safety != db_path:
        _out(t("恢复前的数据已另存为 {path}。", path=safety))
    return EXIT_OK


def _restore_server(address: ServerAddress, source: Path) -> int:
    from emergency_desk.data import server_backup
    from emergency_desk.data.server_open import open_server

    db = _open(address)
    try:
        safety = server_backup.restore(db, source, open_server)
    finally:
        db.dispose()
    _out(t("已从 {path} 恢复数据。", path=source))
    _out(t("恢复前的数据已另存为 {path}。", path=safety))
    return EXIT_OK


def cmd_registers(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.io.registers import REGISTERS
    from emergency_desk.reports.registry import REPORTS
    from emergency_desk.services import registry

    # In the order of the register list: a register's sheets and reports stand together.
    _out(t("台账（REGISTER），* 为必填列："))
    for name in (s for r in registry.REGISTERS for s in r.specs):
        spec = REGISTERS[name]
        _out(f"  {name:<14}{t(spec.title_zh)}")
        _out("      " + "、".join(c.name + ("*" if c.required else "") for c in spec.columns))
    _out()
    _out(t("报表（REPORT）："))
    for name in (p for r in registry.REGISTERS for p in r.reports):
        rep = REPORTS[name]
        _out(f"  {name:<16}{rep.title}")
        _out("      " + "、".join(t(c) for c in rep.columns_zh))
    return EXIT_OK


def cmd_exchange(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.services.exchange.export import export_package, package_path
    from emergency_desk.services.exchange.merge import merge_package

    if args.exchange_command == "export":
        db = _open(db_path)
        try:
            summary = export_package(db, package_path(db, Path(args.out).expanduser()))
        finally:
            db.dispose()
        _out(summary.text())
        return EXIT_OK
    source = _existing_file(args.file)
    db = _open(db_path, writing=True)
    try:
        merged = merge_package(db, source)
    finally:
        db.dispose()
    _out(merged.text())
    return EXIT_OK


# Commands only an administrator may run where roles are on (t() at use: the language is set
# by then). A backup holds every 身份证号 in full. (`exchange` is checked by its services.)
_ADMIN_ONLY = {"restore": "从备份恢复数据", "backup": "备份数据库（备份中有完整的身份证号）"}
_COMMANDS: dict[str, Callable[[argparse.Namespace, Target], int]] = {
    "gui": cmd_gui, "init": cmd_init, "demo": cmd_demo, "import": cmd_import, "export": cmd_export,
    "template": cmd_template, "report": cmd_report, "check": cmd_check,
    "backup": cmd_backup, "restore": cmd_restore, "registers": cmd_registers,
    "users": cmd_users, "exchange": cmd_exchange,
}
