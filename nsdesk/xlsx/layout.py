"""How a sheet prints as a document: A4 landscape, page header and footer, row heights, the signature block."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nsdesk.i18n import tr

if TYPE_CHECKING:  # xlsxwriter has no type information: these are Any to the type checker
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet


@dataclass(frozen=True)
class PrintLayout:
    """How a table prints: A4 landscape, one page wide, the header row on every page.

    Every cell is in ``font`` (the workbook's default, so most cells need no style of their own),
    aligned to the top and wrapped. Rows are
    made tall enough for the lines that text in ``wrap_columns`` (names, addresses) takes; the other
    columns must be wide enough for their values. ``center_columns`` are centred. ``office`` and
    ``title`` go in the page header, the page number in the footer.
    """

    title: str
    office: str | None = None
    wrap_columns: frozenset[int] = frozenset()
    center_columns: frozenset[int] = frozenset()
    number_formats: Mapping[int, str] = field(default_factory=dict)  # column → Excel number format
    font: str = "Times New Roman"  # the font of Vietnamese administrative documents (Decree 30/2020/NĐ-CP)
    font_size: int = 11
    header_height: float = 48  # points: three lines of the bold header
    line_height: float = 14.5  # points per line of wrapped body text
    freeze_columns: int = 0  # columns kept in view when scrolling right (besides the header row)
    grid: bool = True  # print the sheet's grid; False: thin borders around the table's cells only


def header_text(text: str, limit: int = 60) -> str:
    """Text for a page header/footer: "&" escaped, short enough for Excel's 255-character limit."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&&")


def row_height(layout: PrintLayout, lines: int) -> float:
    """Points for a row of ``lines`` lines of body text (one line: Excel's usual 15 pt)."""
    return 15.0 if lines == 1 else lines * layout.line_height + 1.5


def apply_print_layout(ws: Worksheet, layout: PrintLayout, header_row: int = 0) -> None:
    from datetime import date

    font = f'&"{layout.font},Regular"&9'
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide, as many pages tall as needed
    ws.repeat_rows(header_row)  # the header row on every printed page
    ws.set_margins(left=0.25, right=0.25, top=0.75, bottom=0.6)
    ws.center_horizontally()
    # The printed grid keeps rows easy to follow across the landscape page; a sheet with a title or
    # signature block has borders on its table instead, so the blocks around it print clean.
    ws.hide_gridlines(0 if layout.grid else 2)
    left = font + header_text(layout.office) if layout.office else ""
    center = f'&"{layout.font},Bold"&12' + header_text(layout.title)
    right = font + header_text(tr("export", "Ngày xuất: {date}").format(date=date.today().strftime("%d/%m/%Y")))
    ws.set_header(f"&L{left}&C{center}&R{right}", {"margin": 0.3})
    ws.set_footer(f"&C{font}" + header_text(tr("export", "Trang")) + " &P / &N", {"margin": 0.3})


@dataclass(frozen=True)
class Signature:
    """The closing block of an administrative report, under the table: place and date on the right,
    then the preparer (left) and the head of the office (right), each with what to sign and room
    for the signature, the preparer's name under it."""

    place_date: str  # "Đăk Cấm, ngày 02 tháng 12 năm 2026"
    left: str  # "NGƯỜI LẬP BIỂU"
    left_note: str  # "(Ký, ghi rõ họ tên)"
    right: str  # "THỦ TRƯỞNG ĐƠN VỊ"
    right_note: str  # "(Ký tên, đóng dấu)"
    left_name: str = ""


def write_signature(wb: Workbook, ws: Worksheet, first_row: int, ncols: int, sig: Signature) -> None:
    half = max(ncols // 2, 1)
    spans = ((0, half - 1), (half, max(ncols - 1, half)))
    center = {"align": "center", "valign": "vcenter", "text_wrap": False}
    bold, italic, plain = (wb.add_format(center | extra) for extra in ({"bold": True}, {"italic": True}, {}))

    def put(row: int, span: tuple[int, int], text: str, fmt: object) -> None:
        if span[0] == span[1]:
            ws.write_string(row, span[0], text, fmt)
        else:
            ws.merge_range(row, span[0], row, span[1], text, fmt)

    left, right = spans
    lines = [  # a blank row after the table; three empty rows to sign in
        [], [(right, sig.place_date, italic)], [(left, sig.left, bold), (right, sig.right, bold)],
        [(left, sig.left_note, italic), (right, sig.right_note, italic)], [], [], [],
        [(left, sig.left_name, bold)],
    ]
    for offset, cells in enumerate(lines):  # streamed rows: each written whole, in order
        row = first_row + offset
        ws.set_row(row, 15)
        cells = [c for c in cells if c[1]]
        for span, text, fmt in cells:
            put(row, span, text, fmt)
        if not cells:
            ws.write_blank(row, 0, None, plain)  # a streamed row keeps its height only if it has a cell
