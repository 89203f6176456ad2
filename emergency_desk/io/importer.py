"""Importing a register from Excel: all or nothing, every bad row reported.

Flow: open the workbook → find the header row of each sheet → parse every cell with its
column's normaliser (a CellError becomes a `第 n 行 [列名]: reason` line) → hand the records to
the register's spec inside ONE transaction → commit only when there is no error at all and this
is not a dry run. Row numbers are the ones Excel shows; column names are the sheet's own header
text, so the user finds the cell at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from emergency_desk.data.audit import current_user
from emergency_desk.data.collector import few_collections
from emergency_desk.data.db import Database
from emergency_desk.data.models import AuditLog
from emergency_desk.errors import EnvironmentProblem, InputRejected, RowError
from emergency_desk.i18n import t
from emergency_desk.io import limits
from emergency_desk.io.headers import (
    HEADER_SCAN_ROWS,
    HeaderMatch,
    HeaderMatcher,
    display,
    find_header,
)
from emergency_desk.io.normalize import CellError
from emergency_desk.io.privacy import refuse_personless_reimport
from emergency_desk.io.reader import Row, Workbook, open_workbook
from emergency_desk.io.record_stream import (
    RecordStream,
    everyone,
    named_before,
    resolve_masked_ids,
)
from emergency_desk.io.registers import get_register
from emergency_desk.io.rejected import Overrides, RejectedRow, RowKeeper
from emergency_desk.io.replace import Leaver, replacer_for
from emergency_desk.io.sheet_rows import (
    extra_columns,
    extra_values,
    is_footer,
    parse_constants,
    ticked,
)
from emergency_desk.io.spec import BAD, Column, Record, RegisterSpec
from emergency_desk.services.regions import match as region_match

log = logging.getLogger(__name__)
ProgressFn = Callable[[int, int], None]


@dataclass
class ImportResult:
    errors: list[RowError] = field(default_factory=list)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    total: int = 0
    dry_run: bool = False
    sheets: list[str] = field(default_factory=list)
    # The refused rows as read (corrections applied) and each sheet's header, for the wizard's
    # grid and the 错误说明 workbook (io/rejected.py).
    rejected: list[RejectedRow] = field(default_factory=list)
    headers: dict[str, list[str]] = field(default_factory=dict)
    leavers: list[Leaver] = field(default_factory=list)  # --replace: who leaves their post
    # Region names found without their exact spelling: "柏山 → 柏山村" (shown before writing).
    region_matches: list[str] = field(default_factory=list)
    footer_rows: int = 0  # 合计 / 填表人 / 注 … lines skipped (io/sheet_rows.py)
    hidden_sheets: list[str] = field(default_factory=list)  # with this register's header
    extra_columns: list[str] = field(default_factory=list)  # kept with each record
    register_notes: list[str] = field(default_factory=list)
    extra_kept: bool = False  # the register stores those columns with each record

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_lines(self, limit: int | None = limits.SHOWN_ERRORS) -> list[str]:
        """The errors as lines, the first `limit` of them and a line saying how many more."""
        shown = self.errors if limit is None else self.errors[:limit]
        lines = [e.format() for e in shown]
        if len(self.errors) > len(shown):
            lines.append(limits.more_errors(len(self.errors) - len(shown)))
        return lines

    def summary(self) -> str:
        if self.errors:
            rows = len({(e.sheet, e.row) for e in self.errors})
            return t("导入被拒绝：{rows} 行有错误（共 {n} 处），数据库未改动。",
                     rows=rows, n=len(self.errors))
        if self.dry_run:
            text = t("检查通过（未写入）：共 {total} 行，将新增 {i} 条，更新 {u} 条，未变 {n} 条。",
                     total=self.total, i=self.inserted, u=self.updated, n=self.unchanged)
            return text + self.notes() + self.leaving(will=True)
        text = t("导入完成：新增 {i} 条，更新 {u} 条，未变 {n} 条。",
                 i=self.inserted, u=self.updated, n=self.unchanged)
        return text + self.notes() + self.leaving(will=False)

    def leaving(self, *, will: bool) -> str:
        """'不在本表中、将离任 n 人。' for a --replace import ('' otherwise)."""
        if not self.leavers:
            return ""
        n = len(self.leavers)
        if self.leavers[0].team:
            return t("不在本表中、将离队 {n} 人。", n=n) if will else \
                t("不在本表中、已离队 {n} 人。", n=n)
        return t("不在本表中、将离任 {n} 人。", n=n) if will else \
            t("不在本表中、已离任 {n} 人。", n=n)

    def leaver_lines(self) -> list[str]:
        return [v.format() for v in self.leavers]

    def notes(self) -> str:
        """What was read besides the rows: footers skipped, columns kept as extra fields,
        and what the register itself reports (新建物资品目 5 个)."""
        out = ""
        if self.hidden_sheets:
            out += t("已跳过隐藏的工作表“{sheets}”。", sheets="”、“".join(self.hidden_sheets))
        if self.footer_rows:
            out += t("跳过 {n} 行表尾（合计、填表人等）。", n=self.footer_rows)
        if self.extra_columns and self.extra_kept:
            out += t("未对应的列已随记录保存：{cols}。", cols="、".join(self.extra_columns))
        elif self.extra_columns:
            out += t("未对应的列没有导入：{cols}。", cols="、".join(self.extra_columns))
        for note in self.register_notes:
            out += note
        return out


@dataclass
class Preview:
    """What the import wizard shows before anything is parsed."""

    sheets: list[str]
    sheet: str
    header_row: int | None  # Excel row number of the header, None when not found
    headers: list[str]  # the header row's cells as readable text ('' for empty cells)
    mapping: dict[str, str | None]  # raw header → register column name (None = ignored)
    rows: list[list[Any]]  # sample rows after the header (or the first rows if no header)
    row_numbers: list[int] = field(default_factory=list)
    missing_required: list[str] = field(default_factory=list)


@dataclass
class _Sheet:
    name: str
    header_row: int
    headers: list[str]
    columns: dict[int, Column]  # cell index → column
    rows: Iterator[Row]  # the rest of the sheet, after the header
    extras: list[tuple[int, str]] = field(default_factory=list)  # columns mapping to nothing
    footers: int = 0


_MISS = object()
_CACHE_SIZE = 4096


class _Rollback(Exception):
    pass


def _scan_header(rows: Iterator[Row], spec: RegisterSpec,
                 mapping: dict[str, str | None] | None = None,
                 ) -> tuple[list[Row], HeaderMatch | None]:
    first: list[Row] = []
    for row in rows:
        first.append(row)
        if len(first) >= HEADER_SCAN_ROWS:
            break
    return first, find_header([cells for _, cells in first], spec, mapping)


def _check_mapping(spec: RegisterSpec, mapping: dict[str, str | None] | None,
                   ) -> dict[str, str | None] | None:
    """The wizard's mapping with targets as column names; unknown targets are refused."""
    if not mapping:
        return None
    matcher = HeaderMatcher(spec)
    names = {c.name for c in spec.columns}
    out: dict[str, str | None] = {}
    for raw, target in mapping.items():
        if target is None:
            out[display(raw)] = None
            continue
        name = target if target in names else matcher.match(target)
        if name is None:
            raise InputRejected(t("列对应关系有误：没有名为“{name}”的列", name=target))
        out[display(raw)] = name
    return out


def _columns(match: HeaderMatch, spec: RegisterSpec) -> dict[int, Column]:
    by_name = {c.name: c for c in spec.columns}
    return {i: by_name[n] for i, n in match.columns.items()}


def _missing_required(spec: RegisterSpec, cols: dict[int, Column],
                      constants: dict[str, Any] | None = None) -> list[str]:
    have = {c.name for c in cols.values()}
    return [c.name for c in spec.columns if c.required and c.name not in have
            and spec.derivable.get(c.name) not in have and c.field not in (constants or {})]


def _hidden_with_header(wb: Workbook, spec: RegisterSpec,
                        mapping: dict[str, str | None] | None) -> list[str]:
    """The hidden sheets that hold this register's header: not read, but named in the
    summary (an old roster put away in a hidden sheet). A hidden list behind drop-downs
    has no such header and is not mentioned."""
    out: list[str] = []
    for name in wb.hidden_sheets:
        try:
            _, match = _scan_header(wb.rows(name), spec, mapping)
        except EnvironmentProblem:  # too big or broken: not read either way
            match = None
        if match is not None:
            out.append(name)
    return out


def _open_sheets(wb: Workbook, spec: RegisterSpec, sheet: str | None,
                 mapping: dict[str, str | None] | None,
                 constants: dict[str, Any] | None = None,
                 hidden: list[str] | None = None) -> list[_Sheet]:
    """The sheets to read: `sheet`, or every visible sheet with the register's header.
    `hidden`: the hidden sheets with that header, for the message when no visible one has."""
    names = [sheet] if sheet else wb.visible_sheets
    found: list[_Sheet] = []
    incomplete: list[tuple[str, list[str]]] = []
    for name in names:
        rows = wb.rows(name)
        first, match = _scan_header(rows, spec, mapping)
        if match is None:
            continue
        cols = _columns(match, spec)
        missing = _missing_required(spec, cols, constants)
        if missing:
            incomplete.append((name, missing))
            continue
        rest = first[match.row_index + 1:]

        def chain(head: list[Row] = rest, tail: Iterator[Row] = rows) -> Iterator[Row]:
            yield from head
            yield from tail

        extras = [(i, h) for i, h in extra_columns(match.raw, cols)
                  if not (mapping and h in mapping)]  # the user said: ignore it
        body = ticked(chain(), match.marks) if match.marks else chain()
        found.append(_Sheet(name, first[match.row_index][0], match.raw, cols, body, extras))
    if found:
        return found
    if hidden:
        raise InputRejected(t(
            "表头只在隐藏的工作表“{sheets}”中，隐藏的工作表不导入。如需导入，请在 Excel 或 WPS 中"
            "右键工作表标签，选“取消隐藏”，保存后再导入。", sheets="”、“".join(hidden)))
    if incomplete:
        name, missing = incomplete[0]
        raise InputRejected(t("工作表“{sheet}”缺少必填列：{cols}。请按模板填写表头，"
                              "或在导入时统一填写该列（如 --set {col}=…）。",
                              sheet=name, cols="、".join(missing), col=missing[0]))
    raise InputRejected(t(
        "在{where}的前 {n} 行中没有找到表头行。表头应包含这些列：{cols}。可先导出模板对照填写。",
        where=t("工作表“{sheet}”", sheet=sheet) if sheet else t("文件"), n=HEADER_SCAN_ROWS,
        cols="、".join(c.name for c in spec.columns)))


def _parse_sheet(sh: _Sheet, sheet_label: str | None, errors: list[RowError],
                 progress: Callable[[int], None],
                 constants: dict[str, Any] | None = None) -> Iterator[Record]:
    # This loop runs for every cell of the file, so it is written for speed: plain lists,
    # no per-cell function calls beyond the parser (and that one is memoised).
    cols = sorted(sh.columns.items())
    idxs = [i for i, _ in cols]
    n = len(idxs)
    need = max(idxs) + 1
    shown = [(sh.headers[i] if i < len(sh.headers) else "") or c.name for i, c in cols]
    header_first = sh.headers[idxs[0]] if idxs[0] < len(sh.headers) else None
    specs: list[tuple[str, Callable[[Any], Any], bool, dict[tuple[type, Any], Any], str]] = [
        (c.field, c.parse, c.required, {}, shown[k]) for k, (_, c) in enumerate(cols)]
    required_msg = t("不能为空")
    constants = constants or {}
    extras = sh.extras
    count = 0
    for number, cells in sh.rows:
        count += 1
        if count % 500 == 0:
            progress(count)
        if len(cells) < need:
            cells = cells + [None] * (need - len(cells))
        raw_values = [cells[i] for i in idxs]
        if raw_values[0] is not None and display(raw_values[0]) == header_first and all(
                display(v) == h for v, h in zip(raw_values, shown, strict=True)):
            continue  # the header repeated (printed on every page), though it starts 日期
        if is_footer(cells):
            sh.footers += 1
            continue
        if raw_values.count(None) == n:
            continue
        values: dict[str, Any] = {}
        for raw, (fld, parse, required, cache, header) in zip(raw_values, specs, strict=True):
            # Columns repeat their values (层级, 是/否, 上级, 灾种): parse each distinct value
            # once. The key holds the type because 1 == 1.0 == True in a dict.
            key = (raw.__class__, raw)
            v = cache.get(key, _MISS)
            if v is _MISS:
                try:
                    v = parse(raw)
                except CellError as exc:
                    v = exc
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                cache[key] = v
            if v.__class__ is CellError:
                errors.append(RowError(number, header, v.reason, sheet_label))
                v = BAD
            elif v is None and fld in constants:
                v = constants[fld]  # a blank cell takes the value set for the whole file
            elif v is None and required:
                errors.append(RowError(number, header, required_msg, sheet_label))
                v = BAD
            values[fld] = v
        for fld, v in constants.items():
            values.setdefault(fld, v)
        yield Record(number, values, sheet_label, extra_values(cells, extras) if extras else {})


def import_file(db: Database, register: str, path: Path | str, *, dry_run: bool = False,
                progress: ProgressFn | None = None, mapping: dict[str, str | None] | None = None,
                sheet: str | None = None, overrides: Overrides | None = None,
                replace: bool = False, constants: dict[str, Any] | None = None,
                ) -> ImportResult:
    with few_collections():
        return _import_file(db, register, path, dry_run=dry_run, progress=progress,
                            mapping=mapping, sheet=sheet, overrides=overrides,
                            replace=replace, constants=constants)


def _import_file(db: Database, register: str, path: Path | str, *, dry_run: bool,
                 progress: ProgressFn | None, mapping: dict[str, str | None] | None,
                 sheet: str | None, overrides: Overrides | None, replace: bool,
                 constants: dict[str, Any] | None) -> ImportResult:
    """Import `path` into `register`. Nothing is written unless every row is valid (and
    never on a dry run). Raises EnvironmentProblem for file problems and InputRejected when
    no usable header row exists; row problems come back in `ImportResult.errors`, the rows
    they name in `ImportResult.rejected`.

    `overrides`: corrected cells laid over the file (the wizard's fix-in-place grid).
    `replace`: the file is the complete current list of what it covers (officers: the
    regions named; members: the teams named); those missing leave as of today
    (`ImportResult.leavers`, io/replace.py).
    `constants` (column → value, `--set 所属区划=碧阳镇`) fills a column the file lacks."""
    spec = get_register(register)
    replacer = replacer_for(register) if replace else None
    keeper = RowKeeper(overrides)
    path = Path(path)
    result = ImportResult(dry_run=dry_run)
    errors: list[RowError] = []
    fixed = parse_constants(spec, constants)
    with open_workbook(path) as wb:
        refuse_personless_reimport(spec, wb.keywords)
        checked = _check_mapping(spec, mapping)
        if sheet is None:
            result.hidden_sheets = _hidden_with_header(wb, spec, checked)
        sheets = _open_sheets(wb, spec, sheet, checked, fixed, result.hidden_sheets)
        result.sheets = [s.name for s in sheets]
        several = len(sheets) > 1
        estimate = sum(wb.size_hint(s.name) or 1000 for s in sheets)
        read_before = 0

        # A --replace import needs the whole list before its rows (who leaves); other
        # registers that read their records once in order take them as the file is read.
        stream = spec.streams and replacer is None

        def tick(count: int) -> None:  # reading is the first half, writing the second
            if progress is not None and not stream:
                progress(min(read_before + count, estimate), 2 * estimate)

        def parsed() -> Iterator[Record]:
            nonlocal read_before
            done = 0
            for sh in sheets:
                sh.rows = keeper.wrap(sh.name, sh.rows)
                for rec in _parse_sheet(sh, sh.name if several else None, errors, tick, fixed):
                    done += 1
                    yield rec
                read_before = done
        records: list[Record] | RecordStream
        total = 1
        if not stream:
            records = list(parsed())
            resolve_masked_ids(spec, records, errors, everyone(db))
            total = max(len(records), 1)
            if progress is not None:
                progress(total, 2 * total)

        def spec_progress(done: int, of: int) -> None:
            if progress is None:
                return
            if stream:  # reading and writing go together
                progress(done, max(of, done))
            else:
                progress(total + done * total // max(of, 1), 2 * total)

        try:
            with db.begin() as session, region_match.collecting() as matched:
                if stream:
                    before = named_before(session)  # before this import writes anything
                    records = RecordStream(parsed(), estimate, lambda part: resolve_masked_ids(
                        spec, part, errors, before))
                if replacer is not None:  # before the rows: a new A takes over a leaving A's post
                    assert isinstance(records, list)
                    result.leavers = replacer(session, records)
                # A streaming spec takes any iterable of records (its signature says so).
                counts = spec.import_records(session, cast(list[Record], records),
                                             spec_progress)
                result.total = records.count if isinstance(records, RecordStream) \
                    else len(records)
                result.region_matches = matched.lines()
                errors.extend(counts.errors)
                result.inserted, result.updated = counts.inserted, counts.updated
                result.unchanged = counts.unchanged
                result.register_notes = counts.notes
                if errors or dry_run:
                    raise _Rollback
                if counts.inserted or counts.updated or result.leavers:
                    session.add(AuditLog(
                        user=current_user(), action="import", table_name=spec.table,
                        summary=t("导入{title}：{file}", title=t(spec.title_zh),
                                  file=path.name)[:200],
                        changes=_json({"文件": str(path), "新增": counts.inserted,
                                       "更新": counts.updated, "未变": counts.unchanged,
                                       "离任": len(result.leavers)})))
        except _Rollback:
            pass
        result.extra_kept = spec.keeps_extra
        result.footer_rows = sum(sh.footers for sh in sheets)
        result.extra_columns = list(dict.fromkeys(h for sh in sheets for _, h in sh.extras
                                                  if h not in spec.reads_extra))
        headers = {(s.name if several else None, c.name): s.headers[i] or c.name
                   for s in sheets for i, c in s.columns.items() if i < len(s.headers)}
        for e in errors:  # the sheet's own header text, so the user finds the column
            e.column = headers.get((e.sheet, e.column), e.column)
        order = {name: i for i, name in enumerate(result.sheets)}
        errors.sort(key=lambda e: (order.get(e.sheet or "", 0), e.row))
        result.errors = errors
        result.headers = {s.name: list(s.headers) for s in sheets}
        result.rejected = keeper.rejected(errors, {(s.name if several else None): s.name
                                                   for s in sheets}, wb.rows)
    total = max(result.total, 1)
    if progress is not None:
        progress(2 * total, 2 * total)
    log.info("import %s from %s: total=%d inserted=%d updated=%d unchanged=%d errors=%d dry=%s",
             register, path.name, result.total, result.inserted, result.updated,
             result.unchanged, len(errors), dry_run)
    return result


def _json(value: dict[str, Any]) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def preview_file(path: Path | str, register: str, sheet: str | None = None,
                 max_rows: int = 50) -> Preview:
    """The first rows of a sheet, the header row found and the automatic column mapping.

    Without `sheet`, the first visible sheet with a recognisable header (else the first
    visible sheet): a hidden one is shown only when chosen.
    """
    spec = get_register(register)
    with open_workbook(path) as wb:
        candidates = [sheet] if sheet else (wb.visible_sheets or wb.sheet_names)
        chosen = candidates[0] if candidates else ""
        first: list[Row] = []
        match: HeaderMatch | None = None
        rows: Iterator[Row] = iter(())
        for name in candidates:
            rows = wb.rows(name)
            first, match = _scan_header(rows, spec)
            chosen = name
            if match is not None:
                break
        if match is None and len(candidates) > 1:  # show the first sheet as read
            chosen = candidates[0]
            rows = wb.rows(chosen)
            first, _ = _scan_header(rows, spec)
        sample: list[Row] = first[match.row_index + 1:] if match else list(first)
        for row in rows:
            if len(sample) >= max_rows:
                break
            sample.append(row)
        sample = sample[:max_rows]
        if match is None:
            return Preview(wb.sheet_names, chosen, None, [], {}, [c for _, c in sample],
                           [n for n, _ in sample],
                           [c.name for c in spec.columns if c.required])
        mapping: dict[str, str | None] = {}
        for i, raw in enumerate(match.raw):
            if raw and raw not in mapping:
                mapping[raw] = match.columns.get(i)
        cols = _columns(match, spec)
        return Preview(wb.sheet_names, chosen, first[match.row_index][0], match.raw, mapping,
                       [c for _, c in sample], [n for n, _ in sample],
                       _missing_required(spec, cols))
