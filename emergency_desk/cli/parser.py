"""The command line's grammar: the argument parser (Chinese by default, argparse's own messages
included) and the --lang that must take effect before parsing.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence

from emergency_desk import i18n
from emergency_desk.i18n import t

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
def argparse_zh() -> Iterator[None]:
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


def preset_language(argv: Sequence[str]) -> None:
    """Apply --lang before parsing, so that usage errors are already in that language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in ("zh_CN", "en"):
            i18n.set_language(value)
