"""The report document: title, common header fields, tables, sections, signature line.

Every printed register uses this builder so that they all carry the same header fields
(docs/domain.md §5: 填报单位, 统计截止日期, 填报人, 审核人, 联系电话, 打印日期), the same
"第 n 页 / 共 N 页" footer and the same table look.

    doc = ReportDocument.for_db(db, "行政区划一览表", landscape=True, scope="碧阳镇")
    doc.text("共 12 个村（社区）")
    doc.table(cols, rows)            # or doc.table(cols, [Group(...), ...], total=...)
    doc.signature()
    doc.save(path)

身份证号 print masked unless the caller asked for them whole (`report --full-id`, the print
dialog's checkbox): `full_ids()` switches every mask_id() of the reports built inside it.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from emergency_desk.i18n import t
from emergency_desk.reports import fonts
from emergency_desk.reports.paged import PagedTable
from emergency_desk.reports.tables import (
    GREY,
    RED,
    Cell,
    Col,
    Group,
    Row,
    Styled,
    build_table,
)

MARGIN = 14 * mm
# Room a section heading needs below it: its title, a table header and a few lines.
HEADING_KEEP = 35 * mm
BLANK = "__________"


_FULL_IDS: ContextVar[bool] = ContextVar("full_ids", default=False)


@contextlib.contextmanager
def full_ids(enabled: bool = True) -> Iterator[None]:
    """Reports built inside print 身份证号 whole (insurers and banks need them)."""
    token = _FULL_IDS.set(enabled)
    try:
        yield
    finally:
        _FULL_IDS.reset(token)


def printing_full_ids() -> bool:
    return _FULL_IDS.get()


def mask_id(id_card: str | None) -> str:
    """身份证号 for print: keep the first 4 and last 4 characters ("3410**********1234"),
    or the whole number inside `full_ids()`."""
    s = str(id_card or "").strip()
    if not s:
        return ""
    if _FULL_IDS.get():
        return s
    if len(s) <= 8:  # too short to show any part without revealing most of it
        return "*" * len(s)
    return s[:4] + "*" * (len(s) - 8) + s[-4:]


@dataclass
class HeaderInfo:
    """The fields printed under every report title."""

    office: str
    as_of: date
    printed: date
    preparer: str = ""
    reviewer: str = ""
    phone: str = ""
    scope: str | None = None
    # What `as_of` is on this sheet, where it is not a statistic's 统计截止日期 (a sign-in
    # sheet's 培训日期); translated.
    as_of_label: str | None = None


class _Title(Flowable):
    """The report title, centred, in fake bold (the CJK font has no bold face)."""

    def __init__(self, text: str, size: float = 18) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.size * 1.6

    def draw(self) -> None:
        fonts.draw_text(self.canv, self.width / 2, self.size * 0.45, self.text, self.size,
                        align="centre", bold=True)


class _SectionMark(Flowable):
    """Takes no room; tells the canvas which section (heading) the following pages are in,
    so that a page which starts in the middle of one names it: 碧阳镇综合应急救援队（续）."""

    def __init__(self, text: str | None) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._ed_section = self.text


class _HeadingBreak(CondPageBreak):
    """Before a section heading: a new page unless the heading and the first lines of what it
    heads fit on this one, so a heading is never the last thing on a page.

    A heading over a table asks the table itself (`table`): what stays on the page is what
    the table's own page end leaves there, which is nothing when its last lines must go over
    with the signature block (a one-row summary: the heading went to the foot of one page,
    its table to the next, as 仓库汇总表（续））. Over anything else: HEADING_KEEP."""

    def __init__(self, above: list[Flowable]) -> None:
        super().__init__(HEADING_KEEP)
        self.above = above  # the heading's own flowables
        self.table: PagedTable | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.table is None:
            return super().wrap(availWidth, availHeight)
        room = availHeight - sum(f.wrap(availWidth, availHeight)[1] for f in self.above)
        if room > 0 and (self.table.wrap(availWidth, room)[1] <= room
                         or self.table.split(availWidth, room)):
            return 0, 0
        frame = self._doctemplateAttr("frame")
        if frame:
            from reportlab.platypus.doctemplate import FrameBreak
            frame.add_generated_content(FrameBreak)
        return 0, 0


def _numbered_canvas(title: str, office: str, printed: date) -> type[Canvas]:
    """reportlab's numbered-canvas recipe: keep every page until the end, then write
    "第 n 页 / 共 N 页" once the total is known (one layout pass, not two)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise the canvas starts in Helvetica, a font reference nothing uses and
            # that is not embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.CJK_FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._ed_section: str | None = None

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            section: str | None = None  # the section the page starts in
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total, section)
                section = state.get("_ed_section")
                super().showPage()
            super().save()

        def _decorate(self, total: int, section: str | None) -> None:
            w, h = self._pagesize
            n = self._pageNumber
            self.saveState()
            self.setFillColor(GREY)
            self.setStrokeColor(GREY)
            self.setLineWidth(0.4)
            self.line(MARGIN, MARGIN - 4 * mm, w - MARGIN, MARGIN - 4 * mm)
            y = MARGIN - 8 * mm
            fonts.draw_text(self, MARGIN, y, f"{office}　{title}", 8)
            fonts.draw_text(self, w / 2, y, t("第 {n} 页 / 共 {total} 页", n=n, total=total),
                            8, align="centre")
            fonts.draw_text(self, w - MARGIN, y, t("打印日期：{d}", d=printed.isoformat()), 8,
                            align="right")
            if n > 1:  # later pages repeat the title so loose sheets stay identifiable
                # Beside a continued section's name (on the left) the title moves to the
                # right, so a long section name never runs into it.
                if section:
                    fonts.draw_text(self, w - MARGIN, h - MARGIN + 4 * mm, title, 9,
                                    align="right")
                else:
                    fonts.draw_text(self, w / 2, h - MARGIN + 4 * mm, title, 9,
                                    align="centre")
            if n > 1 and section:
                self.setFillColor(colors.black)
                fonts.draw_text(self, MARGIN, h - MARGIN + 4 * mm,
                                t("{title}（续）", title=section), 9, bold=True)
            self.restoreState()

    return NumberedCanvas


@dataclass
class ReportDocument:
    """Collects flowables for one report and writes the PDF."""

    title: str
    info: HeaderInfo
    landscape: bool = False
    _story: list[Flowable] = field(default_factory=list, init=False, repr=False)
    # The last heading's page break and the story's length just after the heading: a table
    # added at that length is the heading's own, and the break asks it (_HeadingBreak).
    _heading: tuple[_HeadingBreak, int] | None = field(default=None, init=False, repr=False)

    @classmethod
    def for_db(cls, db: Any, title: str, *, landscape: bool = False, scope: str | None = None,
               as_of: date | None = None, as_of_label: str | None = None) -> ReportDocument:
        """Header fields from the office settings (单位名称, 制表人, 审核人, 联系电话)."""
        from emergency_desk.services.settings import SettingsService

        s = SettingsService(db).all()
        today = date.today()
        info = HeaderInfo(office=str(s.get("office_name") or ""), as_of=as_of or today,
                          printed=today, preparer=str(s.get("preparer") or ""),
                          reviewer=str(s.get("reviewer") or ""),
                          phone=str(s.get("contact_phone") or ""),
                          scope=scope or t("全部（本县）"),  # always say what the sheet covers
                          as_of_label=as_of_label)
        return cls(title, info, landscape)

    def __post_init__(self) -> None:
        fonts.register_fonts()
        self.pagesize = landscape(A4) if self.landscape else A4
        self.width = self.pagesize[0] - 2 * MARGIN
        self._text_style = ParagraphStyle("text", fontName=fonts.CJK_FONT, fontSize=10,
                                          leading=15, wordWrap="CJK")
        self._story.append(_Title(self.title))
        self._story.append(self._header_block())
        self._story.append(Spacer(1, 3 * mm))

    @property
    def _frame_height(self) -> float:
        """What one page holds: the page less its margins and the frame's own padding (6 pt
        above and below, reportlab's default)."""
        return float(self.pagesize[1] - 2 * MARGIN - 12)

    # -- pieces --------------------------------------------------------------------------
    def _para(self, pieces: Sequence[str | Styled], style: ParagraphStyle | None = None
              ) -> Paragraph:
        out = []
        for p in pieces:
            if isinstance(p, Styled):
                m = fonts.markup(str(p.text))
                if p.color is not None:
                    m = f'<font color="#{p.color.hexval()[2:]}">{m}</font>'
                out.append(m)
            else:
                out.append(fonts.markup(p))
        return Paragraph("".join(out), style or self._text_style)

    def _header_block(self) -> Table:
        i = self.info
        fields = [
            [t("填报单位（盖章）：{v}", v=i.office or BLANK),
             t("统计截止日期：{v}", v=i.as_of.isoformat()) if i.as_of_label is None else
             t("{label}：{v}", label=i.as_of_label, v=i.as_of.isoformat()),
             t("打印日期：{v}", v=i.printed.isoformat())],
            [t("填报人：{v}", v=i.preparer or BLANK), t("审核人：{v}", v=i.reviewer or BLANK),
             t("联系电话：{v}", v=i.phone or BLANK)],
        ]
        style = ParagraphStyle("hdr", fontName=fonts.CJK_FONT, fontSize=9.5, leading=13,
                               wordWrap="CJK")
        rows: list[list[Any]] = [[self._para([c], style) for c in r] for r in fields]
        cmds: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.CJK_FONT),  # else Helvetica, not embedded
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
        ]
        if i.scope:
            rows.append([self._para([t("统计范围：{v}", v=i.scope)], style), "", ""])
            cmds.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        if printing_full_ids():
            warn = Styled(t("本表含完整身份证号，请妥善保管，用后及时销毁。"), RED)
            rows.append([self._para([warn], style), "", ""])
            cmds.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        w = self.width
        table = Table(rows, colWidths=[w * 0.42, w * 0.29, w * 0.29])
        table.setStyle(TableStyle(cmds))
        return table

    # -- public API ----------------------------------------------------------------------
    def text(self, *pieces: str | Styled) -> None:
        """A paragraph; Styled pieces carry their own colour (e.g. counts per severity)."""
        self._story.append(self._para(pieces))

    def page_break(self) -> None:
        """Start a new page (rosters print one team or one village per sheet)."""
        self._story.append(_SectionMark(None))
        self._story.append(PageBreak())

    def heading(self, text: str, running: str | None = None) -> None:
        """A section heading (e.g. 缺口清单 appended after a roster). Pages that continue the
        section name it at the top, as `running`（续） (default: the heading itself)."""
        self._story.append(_SectionMark(None))
        # A heading never ends a page alone: with less room left than it and the first lines
        # of what it heads, it starts the next page (值班表's 值班记录 sat alone at a page foot).
        above: list[Flowable] = [Spacer(1, 4 * mm), _Title(text, size=12.5)]
        brk = _HeadingBreak(above)
        self._story += [brk, *above, _SectionMark(running or text)]
        self._heading = (brk, len(self._story))

    def table(self, cols: Sequence[Col], items: Iterable[Sequence[Cell] | Row | Group], *,
              total: str | Sequence[Cell] | None = None) -> None:
        """Rows, Row objects and Groups (header, rows, subtotal); header repeats per page."""
        table = build_table(cols, items, self.width, total=total,
                            page_height=self._frame_height)
        if self._heading is not None and self._heading[1] == len(self._story):
            self._heading[0].table = table  # the heading just above: it stays with the table
        self._heading = None
        self._story.append(table)
        self._story.append(Spacer(1, 2 * mm))

    def figure(self, fig: Any, width_ratio: float = 0.8, dpi: int = 160) -> None:
        """A matplotlib Figure, drawn as a PNG image of `width_ratio` of the text width."""
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi)
        buf.seek(0)
        fw, fh = fig.get_size_inches()
        width = self.width * width_ratio
        height = width * fh / fw
        if height > self._frame_height:
            # A chart that grows with the townships (one bar each) can outgrow the page;
            # reportlab cannot split an image, and would refuse the whole report instead.
            width, height = self._frame_height * fw / fh, self._frame_height
        self._story.append(Image(buf, width=width, height=height))

    def signature(self) -> None:
        """The block an office signs and stamps before handing the form in: 填表人, 审核人 and
        单位负责人 each with a line long enough to sign on, 联系电话, 填报日期 and 单位（盖章）
        with room for the seal. Kept on one page; never split from the space above it."""
        i = self.info
        style = ParagraphStyle("sig", fontName=fonts.CJK_FONT, fontSize=10.5, leading=14)
        small = ParagraphStyle("sig-name", parent=style, fontSize=8, leading=10,
                               textColor=GREY)

        def label(text: str) -> Paragraph:
            return self._para([text], style)

        def signer(stored: str) -> Paragraph | str:
            # The stored name, small and grey under the line, says who is meant to sign.
            return self._para([stored], small) if stored else ""

        names = [[t("填表人（签字）："), t("审核人（签字）："), t("单位负责人（签字）：")],
                 [t("联系电话："), t("填报日期："), t("单位（盖章）：")]]
        rows = [
            [label(names[0][0]), "", label(names[0][1]), "", label(names[0][2]), ""],
            ["", signer(i.preparer), "", signer(i.reviewer), "", ""],
            [label(names[1][0] + (i.phone or BLANK)), "",
             label(names[1][1] + t("____年___月___日")), "", label(names[1][2]), ""],
        ]
        # Labels get their own width (English ones are long); the lines share the rest.
        labels = [max(fonts.text_width(r[c], 10.5) for r in names) + 10 for c in range(3)]
        line = (self.width - sum(labels)) / 3
        if line < 20 * mm:  # no room to sign beside the labels (English on a portrait page)
            table = self._stacked_signature(
                [label(x) for x in names[0]], [signer(i.preparer), signer(i.reviewer)],
                [rows[2][0], rows[2][2], rows[2][4]])
        else:
            table = self._inline_signature(rows, labels, line)
        # A signature alone on a sheet signs nothing: a chart just before it (the last thing
        # on the page, and short) goes over with it when both do not fit.
        above: list[Flowable] = []
        if self._story and isinstance(self._story[-1], Image):
            above = [self._story.pop()]
        # The space below leaves room for the seal over 单位（盖章）.
        block = [*above, Spacer(1, 6 * mm), table, Spacer(1, 16 * mm)]
        # After a table (and the gap doc.table leaves, and a note under it such as 缺口 =
        # …), its last lines go over with the note and the block when they do not fit.
        k = len(self._story)
        while k > 0 and len(self._story) - k < 3 and \
                isinstance(self._story[k - 1], Spacer | Paragraph):
            k -= 1
        if not above and k > 0 and isinstance(self._story[k - 1], PagedTable):
            between, self._story[k:] = self._story[k:], []
            block = [*between, *block]
            self._story[k - 1].reserve = sum(f.wrap(self.width, self.pagesize[1])[1]
                                             for f in block)
        self._story.append(_SectionMark(None))
        self._story.append(KeepTogether(block))

    def _stacked_signature(self, labels: list[Any], signers: list[Any],
                           last: list[Any]) -> Table:
        """Each signer's label above the line to sign on, three side by side."""
        gap = 8 * mm
        col = (self.width - 2 * gap) / 3
        rows = [[labels[0], "", labels[1], "", labels[2]],
                [""] * 5,
                [signers[0], "", signers[1], "", ""],
                [last[0], "", last[1], "", last[2]]]
        table = Table(rows, colWidths=[col, gap, col, gap, col],
                      rowHeights=[6 * mm, 10 * mm, 5 * mm, 10 * mm])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.CJK_FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 2), (-1, 2), "TOP"),
            ("VALIGN", (0, 3), (-1, 3), "BOTTOM"),
            ("ALIGN", (0, 2), (-1, 2), "CENTRE"),
            *[("LINEBELOW", (c, 1), (c, 1), 0.6, colors.black) for c in (0, 2, 4)],
        ]))
        return table

    def _inline_signature(self, rows: list[list[Any]], labels: list[float],
                          line: float) -> Table:
        """Label, then the line to sign on beside it, three in a row."""
        widths = [labels[0], line, labels[1], line, labels[2], line]
        table = Table(rows, colWidths=widths, rowHeights=[12 * mm, 5 * mm, 10 * mm])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.CJK_FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
            ("ALIGN", (1, 1), (1, 1), "CENTRE"),
            ("ALIGN", (3, 1), (3, 1), "CENTRE"),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
            ("LINEBELOW", (5, 0), (5, 0), 0.6, colors.black),
            ("SPAN", (0, 2), (1, 2)),
            ("SPAN", (2, 2), (3, 2)),
        ]))
        return table

    def save(self, path: Path | str) -> Path:
        """Lay out and write the PDF (callers wanting atomic writes pass a temp path)."""
        path = Path(path)
        doc = SimpleDocTemplate(
            str(path), pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN, bottomMargin=MARGIN, title=self.title, author=self.info.office,
            creator="EmergencyDesk 应急资源台账")
        canvas_cls = _numbered_canvas(self.title, self.info.office, self.info.printed)
        doc.build(list(self._story), canvasmaker=canvas_cls)
        return path


__all__ = ["Col", "Group", "HeaderInfo", "ReportDocument", "Row", "Styled", "colors", "full_ids",
           "mask_id", "printing_full_ids"]
