"""Reading register spreadsheets (python-calamine) and writing the register / rejected rows (xlsxwriter)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nsdesk.db import session_path
from nsdesk.errors import InputError
from nsdesk.files import atomic_output, check_output_path
from nsdesk.i18n import tr

REJECT_COLUMN = "Lỗi"


@dataclass
class SheetData:
    """One sheet as python-calamine reads it: ``rows[0]`` is sheet row 1, column A is index 0."""

    path: Path
    name: str
    sheet_names: list[str]
    rows: list[list]
    merged: list = field(default_factory=list)


def read_sheet(path: str | Path, sheet: str | None = None) -> SheetData:
    """Read a whole sheet (the first one unless ``sheet`` names another).

    Raises InputError (CLI exit 2) when the file is missing or not a spreadsheet, or the sheet
    does not exist.
    """
    import python_calamine as pc

    path = Path(path)
    if not path.is_file():
        raise InputError(tr("import", "Không tìm thấy tệp {path}.").format(path=path),
                         hint=tr("import", "Kiểm tra lại đường dẫn và tên tệp."))
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # zip/xml/format errors of a file that is not a workbook
        raise InputError(
            tr("import", "Không đọc được tệp {path}: không phải tệp Excel (.xlsx, .xls, .ods) hoặc tệp bị hỏng.")
            .format(path=path.name),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc
    try:
        names = list(wb.sheet_names)
        if sheet is None:
            visible = [m.name for m in getattr(wb, "sheets_metadata", [])
                       if str(m.visible).lower().endswith(".visible") and "worksheet" in str(m.typ).lower()]
            name = visible[0] if visible else (names[0] if names else None)
            if name is None:
                raise InputError(tr("import", "Tệp {path} không có trang tính nào.").format(path=path.name))
        else:
            matches = [n for n in names if n == sheet] or [n for n in names if n.strip().lower() == sheet.strip().lower()]
            if not matches:
                raise InputError(
                    tr("import", "Tệp {path} không có trang tính \"{sheet}\".").format(path=path.name, sheet=sheet),
                    hint=tr("import", "Các trang tính có trong tệp: {names}.").format(names=", ".join(names)),
                )
            name = matches[0]
        ws = wb.get_sheet_by_name(name)
        rows = ws.to_python(skip_empty_area=False)
        merged = list(ws.merged_cell_ranges or [])
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            tr("import", "Không đọc được trang tính trong tệp {path}: {error}").format(path=path.name, error=exc),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc
    finally:
        close = getattr(wb, "close", None)
        if close:
            close()
    return SheetData(path=path, name=name, sheet_names=names, rows=rows, merged=merged)


def _workbook(path: Path, default_format: dict | None = None):
    """A streaming workbook; ``default_format`` is the style of every cell without one of its own.

    Column widths are counted in digits of the default font, so a font installed everywhere under
    the same metrics (Times New Roman; Liberation Serif on Linux) gives the same widths in Excel and
    LibreOffice.
    """
    import xlsxwriter

    options = {"constant_memory": True, "strings_to_urls": False, "strings_to_formulas": False,
               "strings_to_numbers": False, "tmpdir": str(path.parent)}  # its temporary files stay beside the file
    if default_format:
        options["default_format_properties"] = default_format
    return xlsxwriter.Workbook(str(path), options)


def _save(wb, path: Path) -> None:
    try:
        wb.close()
    except OSError as exc:
        raise InputError(tr("export", "Không ghi được tệp {path}: {error}").format(path=path, error=exc),
                         hint=tr("export", "Đóng tệp nếu đang mở trong Excel, hoặc chọn thư mục khác.")) from exc


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


def _header_text(text: str, limit: int = 60) -> str:
    """Text for a page header/footer: "&" escaped, short enough for Excel's 255-character limit."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&&")


# Widths of the body font (Times New Roman 10 pt at 96 dpi) in pixels: a letter 6.3, a wide one (a
# capital, Vietnamese ones included, or m/w) 3.5 more, a space 3.4, a digit 6.7. Checked against the
# font's real advances (Liberation Serif, same metrics) over the demo's names, addresses, people and
# associations at 11 pt in 12 column widths: with _text_pixels' margin the estimate never gave fewer
# lines than the text needs (a cut line); it gave one too many for 16% of the cells.
_LETTER_PX = 6.3
_WIDE_PX = 3.5
_SPACE_PX = 3.4
_DIGIT_PX = 6.7
# str.translate table that follows each wide letter with a marker: the text's length grows by its
# number of wide letters. A list indexed by code point is C-speed; later code points stay as they are.
_MARK_WIDE = [chr(i) + "\x01" if chr(i).isupper() or chr(i) in "mw" else i for i in range(0x1F00)]
_CACHE_SIZE = 2048  # line counts kept per column: kinds, communes, size classes repeat a lot


def _text_pixels(width: float, font_size: float = 10) -> float:
    """Room for text in a column ``width`` characters wide, in pixels of 10 pt text.

    Excel: 7 px a digit of the default font plus 5 px padding, of which ~3 px a side stay empty; 3% is
    kept free for glyph widths rounded to whole pixels on screen. Text in ``font_size`` pt is that
    much wider than 10 pt text, so it gets proportionally less room.
    """
    return (int(width * 7 + 0.5) + 5 - 6) * 0.97 * 10 / font_size


def _line_count(text: str, pixels: float) -> int:
    """Lines that ``text`` takes when wrapped at spaces (a longer word is broken) within ``pixels``.

    Runs for every wrapped cell of the export, so the common answers (one line, two lines) come from
    whole-text measures; only texts that may need three lines or more are wrapped word by word.
    """
    n = len(text)
    if n * (_LETTER_PX + _WIDE_PX) <= pixels or (n * _DIGIT_PX <= pixels and text.isdigit()):
        return 1
    marked = text.translate(_MARK_WIDE)
    spaces = text.count(" ")
    total = (n - spaces) * _LETTER_PX + (len(marked) - n) * _WIDE_PX + spaces * _SPACE_PX
    if total <= pixels:
        return 1
    marked_words = marked.split()
    # A word of a letters, w of them wide, is a·L + w·WIDE ≤ (a + w)·L wide: its marked length × L.
    longest = max(map(len, marked_words)) * _LETTER_PX
    # The first line leaves out less than the word that starts the second, so the second line holds
    # the rest when the text plus its longest word fits in two lines (most names and addresses).
    if longest <= pixels and total + longest <= 2 * pixels:
        return 2
    lines, used = 1, -1.0
    for a, b in zip(map(len, text.split()), map(len, marked_words)):
        size = a * _LETTER_PX + (b - a) * _WIDE_PX
        if used >= 0 and used + _SPACE_PX + size <= pixels:
            used += _SPACE_PX + size
            continue
        if used >= 0:
            lines += 1
        while size > pixels:  # a word longer than the line is broken
            lines += 1
            size -= pixels
        used = size
    return lines


def _row_lines(row: Sequence[object], wrap: list[list]) -> int:
    """The most lines any wrapped cell of ``row`` takes; ``wrap`` holds [column, text pixels, cache].

    A column's cache is dropped (set to None) once it holds _CACHE_SIZE different values: its values
    hardly repeat (names, addresses), so looking them up would only add work.
    """
    lines = 1
    for entry in wrap:
        c, pixels, cache = entry
        value = row[c]
        if value.__class__ is str and value:
            if cache is None:
                count = _line_count(value, pixels)
            else:
                count = cache.get(value)
                if count is None:
                    count = cache[value] = _line_count(value, pixels)
                    if len(cache) >= _CACHE_SIZE:
                        entry[2] = None
            if count > lines:
                lines = count
    return lines


def _row_height(layout: PrintLayout, lines: int) -> float:
    """Points for a row of ``lines`` lines of body text (one line: Excel's usual 15 pt)."""
    return 15.0 if lines == 1 else lines * layout.line_height + 1.5


def _apply_print_layout(ws, layout: PrintLayout, header_row: int = 0) -> None:
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
    left = font + _header_text(layout.office) if layout.office else ""
    center = f'&"{layout.font},Bold"&12' + _header_text(layout.title)
    right = font + _header_text(tr("export", "Ngày xuất: {date}").format(date=date.today().strftime("%d/%m/%Y")))
    ws.set_header(f"&L{left}&C{center}&R{right}", {"margin": 0.3})
    ws.set_footer(f"&C{font}" + _header_text(tr("export", "Trang")) + " &P / &N", {"margin": 0.3})


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


def _write_signature(wb, ws, first_row: int, ncols: int, sig: Signature) -> None:
    half = max(ncols // 2, 1)
    spans = ((0, half - 1), (half, max(ncols - 1, half)))
    center = {"align": "center", "valign": "vcenter", "text_wrap": False}
    bold, italic, plain = (wb.add_format(center | extra) for extra in ({"bold": True}, {"italic": True}, {}))

    def put(row: int, span: tuple[int, int], text: str, fmt) -> None:
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


def workbook_for(path: str | Path, layout: PrintLayout | None = None):
    """A new streaming workbook at ``path`` (its folder must exist), in ``layout``'s font if given.
    Add sheets with :func:`add_table`, then :func:`save`."""
    path = Path(path)
    if not path.parent.exists():
        raise InputError(tr("export", "Thư mục {folder} không tồn tại.").format(folder=path.parent))
    default = None if layout is None else {"font_name": layout.font, "font_size": layout.font_size,
                                           "valign": "top", "text_wrap": True}
    return _workbook(path, default)


def save(wb, path: str | Path) -> None:
    _save(wb, Path(path))


def write_table(path: str | Path, sheet_name: str, header: Sequence[str], rows: Iterable[Sequence[object]],
                text_columns: Iterable[int] = (), widths: Sequence[int] | None = None,
                layout: PrintLayout | None = None) -> int:
    """A workbook of one sheet: the header row, then the rows (see :func:`add_table`). Returns the row count."""
    wb = workbook_for(path, layout)
    n = add_table(wb, sheet_name, header, rows, text_columns, widths, layout)
    save(wb, path)
    return n


def add_table(wb, sheet_name: str, header: Sequence[str], rows: Iterable[Sequence[object]],
              text_columns: Iterable[int] = (), widths: Sequence[int] | None = None,
              layout: PrintLayout | None = None, intro: Sequence[str] = (),
              signature: Signature | None = None) -> int:
    """Add a sheet: ``intro`` lines (a title block, bold, first one larger), a blank row after them,
    then one header row and the rows, then the ``signature`` block if given; ``text_columns`` are
    written as text cells. Returns the row count.

    With a ``layout`` the sheet is also set up for printing (see :class:`PrintLayout`); the cells and
    their values are the same either way.
    """
    ws = wb.add_worksheet(sheet_name[:31])
    ncols = len(header)
    top = len(intro) + 1 if intro else 0  # the header row
    text_cols = set(text_columns)
    head_props = {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1}
    if layout is None:
        text = wb.add_format({"num_format": "@"})
        formats = [text if c in text_cols else None for c in range(ncols)]
    else:  # add_format starts from the default format: only what differs is given
        head_props.update(align="center", valign="vcenter")
        cache: dict[tuple, object] = {}

        def body_format(c: int):
            key = ("@" if c in text_cols else layout.number_formats.get(c), c in layout.center_columns)
            if key == (None, False):
                return None
            if key not in cache:
                props = {"num_format": key[0]} if key[0] else {}
                cache[key] = wb.add_format(props | ({"align": "center"} if key[1] else {}))
            return cache[key]

        formats = [body_format(c) for c in range(ncols)]
    head = wb.add_format(head_props)
    for c, width in enumerate(widths or []):
        ws.set_column(c, c, width, formats[c] if c < ncols else None)
    if intro:  # each line across the table's width (merged), wrapped within it: the print area stays the table
        title = wb.add_format({"bold": True, "font_size": 13, "text_wrap": True, "valign": "vcenter"})
        line = wb.add_format({"bold": True, "text_wrap": True, "valign": "vcenter"})
        size = layout.font_size if layout else 11
        room = sum(_text_pixels(widths[c] if widths and c < len(widths) else 8.43, size) for c in range(ncols))
        for r, text in enumerate(intro):
            big = r == 0
            lines = _line_count(text, room * (0.8 if big else 0.9))  # bold (and larger) letters are wider
            ws.set_row(r, lines * (18 if big else 15) + 2)
            if ncols > 1:
                ws.merge_range(r, 0, r, ncols - 1, text, title if big else line)
            else:
                ws.write_string(r, 0, text, title if big else line)
        ws.set_row(len(intro), 8)
        ws.write_blank(len(intro), 0, None, wb.add_format({}))  # a streamed row needs a cell to keep its height
    if layout is not None:
        ws.set_row(top, layout.header_height)
        _apply_print_layout(ws, layout, top)
    for c, title_text in enumerate(header):
        ws.write_string(top, c, title_text, head)
    ws.freeze_panes(top + 1, layout.freeze_columns if layout else 0)
    # Row heights are set here for rows with wrapped text: neither Excel nor LibreOffice re-measures
    # the rows of a file it opens, so without this the wrapped lines would overlap the next row.
    col_width = [widths[c] if widths and c < len(widths) else 8.43 for c in range(ncols)]
    wrap = [] if layout is None else [[c, _text_pixels(col_width[c], layout.font_size), {}]
                                      for c in sorted(layout.wrap_columns) if c < ncols]
    if wrap:  # most rows take two lines (a name, an address): that is the default, other rows say so
        ws.set_default_row(_row_height(layout, 2))
    n = 0
    for n, row in enumerate(rows, start=1):
        r = top + n
        if wrap:
            lines = _row_lines(row, wrap)
            if lines != 2:
                ws.set_row(r, _row_height(layout, lines))
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            fmt = formats[c]
            if c in text_cols or isinstance(value, str):
                ws.write_string(r, c, str(value), fmt)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value, fmt)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value, fmt)
            else:
                ws.write(r, c, value, fmt)
    ws.autofilter(top, 0, top + max(n, 1), max(ncols - 1, 0))
    if layout is not None and not layout.grid:
        ws.conditional_format(top, 0, top + max(n, 1), max(ncols - 1, 0),
                              {"type": "no_errors", "format": wb.add_format({"border": 1})})
    if signature is not None:
        _write_signature(wb, ws, top + n + 1, ncols, signature)
    return n


def write_rejected(path: str | Path, header: Sequence[str], rows: Iterable[tuple[Sequence[object], str]],
                   text_columns: Iterable[int] = ()) -> int:
    """The rejected rows as they were, with an extra "Lỗi" column saying what to fix."""
    header = list(header)
    width = len(header)

    def body():
        for cells, error in rows:
            cells = list(cells)[:width] + [""] * max(0, width - len(cells))
            yield [c if not isinstance(c, float) or not c.is_integer() else int(c) for c in cells] + [error]

    return write_table(path, "Dòng bị từ chối", header + [REJECT_COLUMN], body(), text_columns=text_columns,
                       widths=[18] * width + [60])


# The export's columns: the importer's header names first (so the file reads back), then
# columns the importer ignores (shown for reference only). Widths are in Excel's character units,
# chosen so that all columns fit one landscape A4 page width at a readable size: long text
# (names, addresses, people, notes) wraps onto more lines instead of widening the page. Number and
# code columns are minimums, widened to the widest value exported (see _export_widths).
EXPORT_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("_row", "STT", 5),
    ("tax_code", "Mã số thuế", 10),
    ("name", "Tên doanh nghiệp", 26),
    ("kind", "Loại hình", 12),
    ("address", "Địa chỉ", 25),
    ("commune", "Phường/Xã", 13),
    ("employees", "Số lao động", 6),
    ("revenue", "Doanh thu (triệu đồng)", 9),
    ("representative", "Người đại diện", 13),
    ("phone", "Điện thoại", 11),
    ("email", "Email", 19),
    ("note", "Ghi chú", 9),
    ("sector_code", "Ngành (VSIC)", 6),
    ("capital", "Tổng nguồn vốn (triệu đồng)", 9),
    ("founded_year", "Năm thành lập", 6),
    ("size_class", "Quy mô (NĐ 80/2021/NĐ-CP)", 14),
    ("association", "Hiệp hội", 15),
    ("archived", "Đã lưu trữ", 7),
)
WRAP_FIELDS = frozenset({"name", "kind", "address", "commune", "representative", "phone", "email", "note",
                         "size_class", "association"})
CENTER_FIELDS = frozenset({"_row", "sector_code", "founded_year", "archived"})
# Thousands grouped (shown with the reader's separators); "_)" keeps a gap before the next column's text.
NUMBER_FORMATS = {"employees": "#,##0_)", "revenue": "#,##0.0##_)", "capital": "#,##0.0##_)"}
SIZE_LABELS = {"micro": "Siêu nhỏ", "small": "Nhỏ", "medium": "Vừa", "not_sme": "Không phải DNNVV",
               "household": "Hộ kinh doanh", "unknown": "Chưa xác định"}


PERSONAL_FIELDS = frozenset({"representative", "phone", "email"})  # a person's data (Law 91/2025/QH15)


def export_enterprises(session, path: str | Path, include_archived: bool = False,
                       omit_personal_data: bool = False) -> int:
    """Write the register, one enterprise per row, tax code and commune name as text cells.

    ``omit_personal_data`` leaves out the representative's name, phone and email (their columns).

    The layout is one the importer reads back unchanged, and it prints as a document: A4 landscape,
    all columns on one page width, the header row repeated on every page, the office and title in the
    page header and "Trang x / y" in the footer. Returns the number of enterprises.
    """
    from sqlalchemy import select

    from nsdesk.models import AdminUnit, Enterprise
    from nsdesk.services.common.office import get_office
    from nsdesk.services.register.importing.fields import kind_label

    communes = dict(session.execute(select(AdminUnit.code, AdminUnit.name).where(AdminUnit.level == "commune")).all())
    t = Enterprise.__table__
    chosen = [] if include_archived else [t.c.archived.is_(False)]
    q = select(t).where(*chosen).order_by(t.c.name_folded, t.c.id)
    columns = [c for c in EXPORT_COLUMNS if not (omit_personal_data and c[0] in PERSONAL_FIELDS)]
    fields = [f for f, _h, _w in columns]
    text_cols = [fields.index(f) for f in ("tax_code", "commune", "phone", "sector_code") if f in fields]
    layout = PrintLayout(
        title=tr("export", "DANH SÁCH DOANH NGHIỆP"),
        office=get_office(session).label() or None,
        wrap_columns=frozenset(fields.index(f) for f in WRAP_FIELDS if f in fields),
        center_columns=frozenset(fields.index(f) for f in CENTER_FIELDS),
        number_formats={fields.index(f): fmt for f, fmt in NUMBER_FORMATS.items()},
        freeze_columns=fields.index("name") + 1,
    )

    # Plain rows in column order (no per-row mapping: this loop runs 100,000 times), then the few
    # columns shown as labels are replaced in place.
    q = q.with_only_columns(*(t.c["commune_code" if f == "commune" else f] for f in fields[1:]))
    kind, commune, size, archived = (fields.index(f) for f in ("kind", "commune", "size_class", "archived"))

    def rows():
        for n, r in enumerate(session.execute(q.execution_options(yield_per=2000)), start=1):
            row = [n, *r]
            row[kind] = kind_label(row[kind])
            row[commune] = communes.get(row[commune] or "")
            row[size] = SIZE_LABELS.get(row[size], row[size])
            row[archived] = "Có" if row[archived] else None
            yield row

    widths = _export_widths(session, t, chosen, layout.font_size, columns)
    with atomic_output(check_output_path(path, database=session_path(session))) as tmp:
        return write_table(tmp, "Doanh nghiệp", [h for _f, h, _w in columns], rows(),
                           text_columns=text_cols, widths=widths, layout=layout)


def _number_width(value: object, decimals: bool, font_size: float) -> int:
    """Columns (Excel characters) that show ``value`` as its number format does (grouped, "_)" gap).

    Grouped numbers that do not fit their column print as "####", so the widest value sets the width.
    """
    value = float(value or 0)
    text = f"{value:,.3f}".rstrip("0") if decimals else f"{value:,.0f}"
    if text.endswith("."):
        text += "0"
    narrow = sum(ch in ",.-" for ch in text)
    pixels = ((len(text) - narrow) * _DIGIT_PX + narrow * _SPACE_PX + 4.5) * font_size / 10 + 6  # "_)": 4.5
    return math.ceil((pixels - 5) / 7)


def _digits_width(digits: int, font_size: float) -> int:
    """Columns (Excel characters) for ``digits`` digits in ``font_size`` pt, cell padding included."""
    return math.ceil((digits * _DIGIT_PX * font_size / 10 + 6 - 5) / 7)


def _export_widths(session, t, chosen: list, font_size: float, columns=EXPORT_COLUMNS) -> list[float]:
    """EXPORT_COLUMNS' widths, widened where the data needs it (row count, codes, large amounts)."""
    from sqlalchemy import func, select

    count, code_len, *extremes = session.execute(select(
        func.count(), func.max(func.length(t.c.tax_code)),
        func.max(t.c.employees), func.max(t.c.revenue), func.min(t.c.revenue),
        func.max(t.c.capital), func.min(t.c.capital)).where(*chosen)).one()
    employees, *amounts = extremes
    need = {
        "_row": _digits_width(len(str(count)), font_size),
        "tax_code": _digits_width(code_len or 10, font_size),
        "employees": _number_width(employees, False, font_size),
        "revenue": max(_number_width(v, True, font_size) for v in amounts[:2]),
        "capital": max(_number_width(v, True, font_size) for v in amounts[2:]),
    }
    return [max(w, need.get(f, 0)) for f, _h, w in columns]
