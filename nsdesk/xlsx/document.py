"""A sheet that prints as an administrative document (A4 portrait, no gridlines): a two-column
heading (issuing agency | national motto), centred titles, justified paragraphs, a bordered table,
a two-column closing (recipients | signer).

Rows are streamed (the workbook is ``constant_memory``): a :class:`DocumentSheet` writes each row
whole, top to bottom, and sets its height from the lines its text takes (neither Excel nor
LibreOffice re-measures a file's rows when opening it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from nsdesk.xlsx.measure import line_count, text_pixels

# Decree 30/2020/NĐ-CP, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS_IN = {"left": 1.18, "right": 0.79, "top": 0.79, "bottom": 0.79}
# A landscape appendix: the same top and bottom, narrower sides, so wide tables print near full size.
LANDSCAPE_MARGINS_IN = {"left": 0.59, "right": 0.39, "top": 0.79, "bottom": 0.79}


@dataclass(frozen=True)
class Line:
    """One line of text in a block, with its style (``size`` None: the sheet's body size)."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float | None = None
    align: str = "center"  # in a :meth:`DocumentSheet.two_columns` half


class DocumentSheet:
    """Write a document on a new sheet of ``wb``, row by row.

    ``widths`` are the column widths (Excel characters); the sheet's text runs across all of them.
    ``split`` is the first column of the right-hand half used by :meth:`two_columns`;
    ``default_size`` the workbook's default font size (column widths are counted in its digits).
    """

    def __init__(self, wb: Any, name: str, widths: Sequence[float], split: int, font: str = "Times New Roman",
                 size: float = 13, landscape: bool = False, default_size: float = 13) -> None:
        self.wb, self.ws = wb, wb.add_worksheet(name[:31])
        self.widths, self.split, self.font, self.size = list(widths), split, font, size
        self.ncols = len(self.widths)
        # Column widths count digits of the workbook's default font: Times New Roman's digit is half
        # its size wide, Calibri 11's (what text_pixels assumes) 7 px.
        self._scale = default_size * 0.5 * 96 / 72 / 7
        self.row = 0
        self._formats: dict[tuple[object, ...], Any] = {}
        for c, w in enumerate(self.widths):
            self.ws.set_column(c, c, w)
        ws = self.ws
        if landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.set_paper(9)  # A4
        ws.set_margins(**(LANDSCAPE_MARGINS_IN if landscape else MARGINS_IN))
        ws.hide_gridlines(2)
        ws.fit_to_pages(1, 0)
        ws.set_footer(f'&C&"{font},Regular"&11&P', {"margin": 0.3})

    # --- formats and measures ----------------------------------------------------------------

    def fmt(self, **props: Any) -> Any:
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            self._formats[key] = self.wb.add_format(props)
        return self._formats[key]

    def _line_format(self, line: Line, align: str) -> Any:
        props: dict[str, Any] = {"align": align, "valign": "top", "text_wrap": True}
        if line.bold:
            props["bold"] = True
        if line.italic:
            props["italic"] = True
        if line.underline:
            props["underline"] = 1
        if line.size:
            props["font_size"] = line.size
        return self.fmt(**props)

    def _pixels(self, first: int, last: int, size: float, bold: bool) -> float:
        room = sum(text_pixels(self.widths[c], size) for c in range(first, last + 1)) * self._scale
        return room * (0.88 if bold else 0.97)  # bold letters are wider

    def _height(self, lines: int, size: float) -> float:
        return lines * size * 1.2 + 3  # Times New Roman: 1.15 em a line, and a little air

    def _put(self, first: int, last: int, text: str, fmt: Any) -> None:
        if first == last:
            self.ws.write_string(self.row, first, text, fmt)
        else:
            self.ws.merge_range(self.row, first, self.row, last, text, fmt)

    # --- blocks ------------------------------------------------------------------------------

    def blank(self, height: float = 8) -> None:
        self.ws.set_row(self.row, height)
        self.ws.write_blank(self.row, 0, None, self.fmt())  # a streamed row keeps its height only with a cell
        self.row += 1

    def line(self, line: Line, align: str = "center") -> None:
        """One block of text across the page (wrapped, its row as tall as its lines)."""
        size = line.size or self.size
        lines = max(line_count(part, self._pixels(0, self.ncols - 1, size, line.bold)) for part in
                    line.text.split("\n"))
        lines += line.text.count("\n")
        self.ws.set_row(self.row, self._height(lines, size))
        self._put(0, self.ncols - 1, line.text, self._line_format(line, align))
        self.row += 1

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False) -> None:
        """A paragraph of the body: justified, the first line indented (as a typed document is)."""
        self.line(Line("     " + text.strip() if not bold else text.strip(), bold=bold, italic=italic),
                  align="justify")

    def two_columns(self, left: Sequence[Line], right: Sequence[Line], *, gap_rows: Iterable[int] = (),
                    gap: float = 0) -> None:
        """Blocks side by side, centred in their halves, one row per line (row ``i`` of ``gap_rows``
        is ``gap`` points tall: the room for a signature)."""
        gaps = set(gap_rows)
        halves = ((0, self.split - 1), (self.split, self.ncols - 1))
        for i in range(max(len(left), len(right))):
            cells = [(half, side[i]) for half, side in zip(halves, (left, right), strict=True) if i < len(side)]
            lines = 1
            size = self.size
            for (first, last), ln in cells:
                s = ln.size or self.size
                n = line_count(ln.text, self._pixels(first, last, s, ln.bold)) if ln.text else 1
                if n > lines or s > size:
                    lines, size = max(lines, n), max(size, s)
            self.ws.set_row(self.row, max(gap if i in gaps else 0, self._height(lines, size)))
            written = False
            for (first, last), ln in cells:
                if ln.text:
                    self._put(first, last, ln.text, self._line_format(ln, ln.align))
                    written = True
            if not written:
                self.ws.write_blank(self.row, 0, None, self.fmt())
            self.row += 1

    def table(self, header: Sequence[str], rows: Iterable[Sequence[object]],
              number_formats: dict[int, str] | None = None, *, wrap: Iterable[int] = (),
              center: Iterable[int] = (), size: float | None = None, empty_text: str = "Không có",
              total: Callable[[], Sequence[object]] | None = None, repeat_header: bool = False,
              cell_formats: Callable[[int], dict[int, str]] | None = None) -> int:
        """A bordered table: the header row (bold, centred), the rows; ``empty_text`` in a merged row
        when there are none, else the ``total`` row (bold) if given — called once the rows are
        written, so it can add up what they streamed. Numbers stay numeric cells in
        ``number_formats`` (or, per row, ``cell_formats(row index)``: a requirement shown with its comparator
        and unit). ``repeat_header``: the header row prints on every page. Returns the row count."""
        size = size or self.size - 1
        number_formats = number_formats or {}
        centred, wrapped = set(center), set(wrap)
        border = {"border": 1, "font_size": size, "valign": "top", "text_wrap": True}
        head = self.fmt(**border, bold=True, align="center")
        lines = max(line_count(h, self._pixels(c, c, size, True)) for c, h in enumerate(header))
        self.ws.set_row(self.row, self._height(lines, size))
        if repeat_header:
            self.ws.repeat_rows(self.row)
        for c, h in enumerate(header):
            self.ws.write_string(self.row, c, h, head)
        self.row += 1
        cell = [self.fmt(**border, **({"num_format": number_formats[c]} if c in number_formats else {}),
                         **({"align": "center"} if c in centred else {})) for c in range(len(header))]
        n = 0
        for values in rows:
            n += 1
            lines = 1
            for c in wrapped:
                v = values[c] if c < len(values) else None
                if isinstance(v, str) and v:
                    lines = max(lines, line_count(v, self._pixels(c, c, size, False)))
            self.ws.set_row(self.row, self._height(lines, size))
            own = cell_formats(n - 1) if cell_formats else {}
            for c in range(len(header)):
                v = values[c] if c < len(values) else None
                fmt = cell[c] if c not in own else self.fmt(**border, num_format=own[c],
                                                             **({"align": "center"} if c in centred else {}))
                if v is None or v == "":
                    self.ws.write_blank(self.row, c, None, fmt)
                elif isinstance(v, bool) or not isinstance(v, (int, float)):
                    self.ws.write_string(self.row, c, str(v), fmt)
                else:
                    self.ws.write_number(self.row, c, v, fmt)
            self.row += 1
        if n and total is not None:
            bold = [self.fmt(**border, bold=True, **({"num_format": number_formats[c]} if c in number_formats else {}),
                             **({"align": "center"} if c in centred else {})) for c in range(len(header))]
            values = total()
            self.ws.set_row(self.row, self._height(1, size))
            for c in range(len(header)):
                v = values[c] if c < len(values) else None
                if v is None or v == "":
                    self.ws.write_blank(self.row, c, None, bold[c])
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    self.ws.write_number(self.row, c, v, bold[c])
                else:
                    self.ws.write_string(self.row, c, str(v), bold[c])
            self.row += 1
        if n == 0:
            self.ws.set_row(self.row, self._height(1, size))
            fmt = self.fmt(**border, align="center", italic=True)
            self._put(0, len(header) - 1, empty_text, fmt)
            self.row += 1
        return n
