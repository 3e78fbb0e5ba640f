"""Writing tables to xlsx with xlsxwriter: streaming (constant_memory), no strings turned into links,
formulas or numbers; optionally laid out for printing (:class:`nsdesk.xlsx.layout.PrintLayout`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.xlsx.layout import PrintLayout, Signature, apply_print_layout, row_height, write_signature
from nsdesk.xlsx.measure import line_count, row_lines, text_pixels

if TYPE_CHECKING:  # xlsxwriter has no type information: these are Any to the type checker
    from xlsxwriter.workbook import Workbook


def new_workbook(path: Path, default_format: dict[str, Any] | None = None) -> Workbook:
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


def _close(wb: Workbook, path: Path) -> None:
    try:
        wb.close()
    except OSError as exc:
        raise InputError(tr("export", "Không ghi được tệp {path}: {error}").format(path=path, error=exc),
                         hint=tr("export", "Đóng tệp nếu đang mở trong Excel, hoặc chọn thư mục khác.")) from exc


def workbook_for(path: str | Path, layout: PrintLayout | None = None) -> Workbook:
    """A new streaming workbook at ``path`` (its folder must exist), in ``layout``'s font if given.
    Add sheets with :func:`add_table`, then :func:`save`."""
    path = Path(path)
    if not path.parent.exists():
        raise InputError(tr("export", "Thư mục {folder} không tồn tại.").format(folder=path.parent))
    default = None if layout is None else {"font_name": layout.font, "font_size": layout.font_size,
                                           "valign": "top", "text_wrap": True}
    return new_workbook(path, default)


def save(wb: Workbook, path: str | Path) -> None:
    _close(wb, Path(path))


def write_table(path: str | Path, sheet_name: str, header: Sequence[str], rows: Iterable[Sequence[object]],
                text_columns: Iterable[int] = (), widths: Sequence[float] | None = None,
                layout: PrintLayout | None = None) -> int:
    """A workbook of one sheet: the header row, then the rows (see :func:`add_table`). Returns the row count."""
    wb = workbook_for(path, layout)
    n = add_table(wb, sheet_name, header, rows, text_columns, widths, layout)
    save(wb, path)
    return n


def add_table(wb: Workbook, sheet_name: str, header: Sequence[str], rows: Iterable[Sequence[object]],
              text_columns: Iterable[int] = (), widths: Sequence[float] | None = None,
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
        cache: dict[tuple[str | None, bool], object] = {}

        def body_format(c: int) -> object:
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
        room = sum(text_pixels(widths[c] if widths and c < len(widths) else 8.43, size) for c in range(ncols))
        for r, text in enumerate(intro):
            big = r == 0
            lines = line_count(text, room * (0.8 if big else 0.9))  # bold (and larger) letters are wider
            ws.set_row(r, lines * (18 if big else 15) + 2)
            if ncols > 1:
                ws.merge_range(r, 0, r, ncols - 1, text, title if big else line)
            else:
                ws.write_string(r, 0, text, title if big else line)
        ws.set_row(len(intro), 8)
        ws.write_blank(len(intro), 0, None, wb.add_format({}))  # a streamed row needs a cell to keep its height
    if layout is not None:
        ws.set_row(top, layout.header_height)
        apply_print_layout(ws, layout, top)
    for c, title_text in enumerate(header):
        ws.write_string(top, c, title_text, head)
    ws.freeze_panes(top + 1, layout.freeze_columns if layout else 0)
    # Row heights are set here for rows with wrapped text: neither Excel nor LibreOffice re-measures
    # the rows of a file it opens, so without this the wrapped lines would overlap the next row.
    col_width = [widths[c] if widths and c < len(widths) else 8.43 for c in range(ncols)]
    wrap: list[list[Any]] = [] if layout is None else [[c, text_pixels(col_width[c], layout.font_size), {}]
                                      for c in sorted(layout.wrap_columns) if c < ncols]
    if wrap:  # most rows take two lines (a name, an address): that is the default, other rows say so
        assert layout is not None  # only a layout wraps
        ws.set_default_row(row_height(layout, 2))
    n = 0
    for n, row in enumerate(rows, start=1):
        r = top + n
        if wrap:
            lines = row_lines(row, wrap)
            if lines != 2:
                assert layout is not None
                ws.set_row(r, row_height(layout, lines))
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
        write_signature(wb, ws, top + n + 1, ncols, signature)
    return n
