"""Commands about registers as Excel: `import`, `export`, `template`, `registers`, and the county
exchange packages (`exchange export|import`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from emergency_desk.cli.console import err, existing_file, open_db, out
from emergency_desk.errors import EXIT_OK, EXIT_REJECTED, UsageError
from emergency_desk.i18n import t

if TYPE_CHECKING:
    from emergency_desk.data.location import Target


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
    source = existing_file(args.file)
    errors_out = Path(args.errors_out).expanduser() if args.errors_out else None
    if errors_out is not None and errors_out.resolve() == source.resolve():
        raise UsageError(t("--errors-out 不能是要导入的文件本身"))
    db = open_db(db_path, writing=not args.dry_run)
    try:
        result = import_file(db, args.register, source, dry_run=args.dry_run,
                             replace=args.replace, constants=constants)
    finally:
        db.dispose()
    if result.region_matches:
        out(t("按简称或去掉村委会、居委会、人民政府后对应的区划：{m}",
               m="；".join(result.region_matches)))
    for line in result.leaver_lines():  # listed before anything is written (dry run) or as done
        out(line)
    if result.errors:
        for line in result.error_lines():
            err(line)
        err(result.summary())
        if errors_out is not None:
            n = write_rejected(errors_out, result.headers, result.rejected)
            err(t("被拒绝的 {n} 行（含“错误说明”列）已保存到 {path}，改好后可直接再导入。",
                   n=n, path=errors_out))
        return EXIT_REJECTED
    out(result.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.io.exporter import export_register
    from emergency_desk.io.privacy import Privacy, has_personal_columns
    from emergency_desk.io.registers import get_register

    get_register(args.register)
    privacy = (Privacy.FULL_ID if args.full_id else
               Privacy.NO_PERSONAL if args.no_personal else Privacy.MASKED)
    db = open_db(db_path)
    try:
        n = export_register(db, args.register, Path(args.file).expanduser(), privacy=privacy)
    finally:
        db.dispose()
    out(t("已导出 {n} 条到 {path}。", n=n, path=args.file))
    if privacy is Privacy.MASKED and has_personal_columns(get_register(args.register)):
        out(t("身份证号已打码。需要完整身份证号（如修改后再导入）时请加 --full-id。"))
    return EXIT_OK


def cmd_template(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.io.registers import get_register
    from emergency_desk.io.template import write_template

    get_register(args.register)
    write_template(args.register, Path(args.file).expanduser())
    out(t("导入模板已保存：{path}", path=args.file))
    return EXIT_OK


def cmd_registers(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.io.registers import REGISTERS
    from emergency_desk.reports.registry import REPORTS
    from emergency_desk.services import registry

    # In the order of the register list: a register's sheets and reports stand together.
    out(t("台账（REGISTER），* 为必填列："))
    for name in (s for r in registry.REGISTERS for s in r.specs):
        spec = REGISTERS[name]
        out(f"  {name:<14}{t(spec.title_zh)}")
        out("      " + "、".join(c.name + ("*" if c.required else "") for c in spec.columns))
    out()
    out(t("报表（REPORT）："))
    for name in (p for r in registry.REGISTERS for p in r.reports):
        rep = REPORTS[name]
        out(f"  {name:<16}{rep.title}")
        out("      " + "、".join(t(c) for c in rep.columns_zh))
    return EXIT_OK


def cmd_exchange(args: argparse.Namespace, db_path: Target) -> int:
    from emergency_desk.services.exchange.export import export_package, package_path
    from emergency_desk.services.exchange.merge import merge_package

    if args.exchange_command == "export":
        db = open_db(db_path)
        try:
            summary = export_package(db, package_path(db, Path(args.out).expanduser()))
        finally:
            db.dispose()
        out(summary.text())
        return EXIT_OK
    source = existing_file(args.file)
    db = open_db(db_path, writing=True)
    try:
        merged = merge_package(db, source)
    finally:
        db.dispose()
    out(merged.text())
    return EXIT_OK
