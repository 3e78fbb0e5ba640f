"""Checks a workbook before any parser sees it, within fixed budgets.

A spreadsheet is a zip of XML parts (xlsx, ods) or an OLE file (xls). A hostile one can make a
parser allocate without bound: a zip bomb, a sheet whose only cell is ``XFD1048576`` (the xlsx
reader allocates the whole rectangle from A1, 17 billion cells, and aborts the process — no
exception to catch), a cell of millions of characters. :func:`check_workbook` reads the zip
directory and then streams every part once, in fixed-size chunks, counting what it really
decompresses, and reads the sheets' ``<dimension>``, row numbers and cell references itself:

* at most :data:`MAX_ENTRIES` parts; each part at most :data:`MAX_SHEET_BYTES` (sheets) or
  :data:`MAX_PART_BYTES` (other parts) uncompressed, all together at most :data:`MAX_TOTAL_BYTES`;
* a part larger than :data:`RATIO_FLOOR` bytes expands at most :data:`MAX_RATIO` times;
* a sheet's area (rows × columns from A1 to its last cell or declared dimension) at most
  :data:`MAX_CELLS` — a national register of 1,048,576 rows and up to 24 columns fits — and an area
  above :data:`SPARSE_FLOOR` cells must be at least 1/:data:`MAX_SPARSENESS` filled;
* no text run (a cell's text) longer than Excel's own 32,767 characters.

A large .xlsx is read row by row by :mod:`nsdesk.xlsx.stream`, not by calamine, which allocates the
whole sheet; for it (``check_workbook(path, streamed=True)``) the guard keeps the checks of sizes,
compression, text runs and declared dimensions and leaves the cells — row numbers, references,
counts, the area and sparseness they make — to the stream, which refuses them as it reads with the
same messages (:func:`check_sheet_area`), before padding or holding anything for them.

Each refusal is an :class:`~nsdesk.errors.InputError`: one line naming the file and the limit.
Memory stays bounded (a few chunks) whatever the file. Pure Python: no database, no Qt.
:func:`check_workbook` returns what its pass saw (:class:`WorkbookReport`: each worksheet's merged
ranges, which follow its rows in the file), so a streaming reader need not read the sheet twice.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nsdesk.errors import InputError
from nsdesk.i18n import tr

MiB = 1024 * 1024
MAX_ENTRIES = 10_000
MAX_SHEET_BYTES = 3 * 1024 * MiB
MAX_PART_BYTES = 1024 * MiB
MAX_TOTAL_BYTES = 4 * 1024 * MiB
MAX_OLE_BYTES = 256 * MiB  # .xls: the reader loads the file whole
MAX_RATIO = 200
RATIO_FLOOR = 4 * MiB
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384
MAX_CELLS = EXCEL_ROWS * 24
SPARSE_FLOOR = 2_000_000
MAX_SPARSENESS = 8
MAX_CELL_CHARS = 32_767
#: Merged ranges of one worksheet (the guard hands them to the reader: a list held whole). A register of
#: a million rows with a commune merged over each group has about 100,000.
MAX_MERGES = 1_000_000
MAX_ROW_BYTES = 64 * MiB  # one row's XML, for a reader that holds a row whole
CHUNK = 1 * MiB

_CELL = re.compile(rb"<\w+:c[\s>/]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([^"]*)"')
MAX_TEXT_BYTES = 10 * (MAX_CELL_CHARS + 1)  # an XML text run this long is over the limit whatever its characters
_LONG_TEXT = re.compile(rb"[^<]{%d,}" % (MAX_CELL_CHARS + 1))
_REF = re.compile(r"^\$?([A-Za-z]{1,4})\$?(\d{1,8})$")
_ENTITY = re.compile(rb"&(#x[0-9A-Fa-f]+|#\d+|[a-z]+);")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([^"]*)"')


class WorkbookRefused(InputError):
    """A workbook refused before parsing: too big, too sparse, a bomb, or not a workbook."""


def _col_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode("ascii").upper():
        n = n * 26 + ord(ch) - 64
    return n


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _refuse(path: Path, reason: str, limit: str) -> WorkbookRefused:
    return WorkbookRefused(
        tr("guard", "Tệp {name} bị từ chối: {reason} (giới hạn: {limit}); không đọc, không ghi gì.")
        .format(name=path.name, reason=reason, limit=limit),
        hint=tr("guard", "Mở tệp bằng Excel, chỉ giữ lại bảng danh sách, lưu lại dưới dạng .xlsx rồi thử lại."))


@dataclass
class _Sheet:
    name: str = ""
    max_row: int = 0
    max_col: int = 0
    cells: int = 0
    dim_rows: int = 0
    dim_cols: int = 0
    data_started: bool = False
    merges: list[str] = field(default_factory=list)  # <mergeCell ref="…"> as written


@dataclass
class WorkbookReport:
    """What the guard saw on its way through a workbook it accepted."""

    #: The ``ref`` of every ``<mergeCell>`` of each worksheet, by zip part ("xl/worksheets/sheet1.xml"):
    #: they follow a sheet's rows, so a reader that streams the rows gets them here before the rows.
    merges: dict[str, list[str]] = field(default_factory=dict)


def _text_chars(run: bytes) -> int:
    """Characters of an XML text run (entities count one)."""
    return len(_ENTITY.sub(b"&", run).decode("utf-8", "replace"))


def _check_dimension(path: Path, ref: bytes, sheet: _Sheet) -> None:
    text = ref.decode("ascii", "replace").strip()
    last = text.split(":")[-1]
    m = _REF.match(last)
    if not m:
        return
    sheet.dim_cols, sheet.dim_rows = _col_number(m.group(1)), int(m.group(2))


def _check_area(path: Path, name: str, s: _Sheet, sparse: bool = True) -> None:
    rows, cols = max(s.max_row, s.dim_rows), max(s.max_col, s.dim_cols)
    if rows > EXCEL_ROWS or cols > EXCEL_COLUMNS:
        raise _refuse(path, tr("guard", "trang tính {sheet} vượt quá số dòng/cột của Excel ({rows} dòng × {cols} cột)")
                      .format(sheet=name, rows=_n(rows), cols=_n(cols)),
                      tr("guard", "{rows} dòng × {cols} cột").format(rows=_n(EXCEL_ROWS), cols=_n(EXCEL_COLUMNS)))
    area = rows * cols
    if area > MAX_CELLS:
        raise _refuse(path, tr("guard", "vùng dữ liệu của trang tính {sheet} quá lớn (đến ô {cell}: {area} ô)")
                      .format(sheet=name, cell=_cell_name(cols, rows), area=_n(area)),
                      tr("guard", "{cells} ô, tức {rows} dòng × 24 cột").format(cells=_n(MAX_CELLS), rows=_n(EXCEL_ROWS)))
    if sparse and area > SPARSE_FLOOR and area > MAX_SPARSENESS * max(s.cells, 1):
        raise _refuse(path, tr("guard", "trang tính {sheet} có ô ở xa ({cell}) nhưng chỉ {cells} ô có dữ liệu")
                      .format(sheet=name, cell=_cell_name(cols, rows), cells=_n(s.cells)),
                      tr("guard", "vùng trên {floor} ô phải có dữ liệu ở ít nhất 1/{k} số ô")
                      .format(floor=_n(SPARSE_FLOOR), k=MAX_SPARSENESS))


def check_sheet_area(path: Path, sheet: str, rows: int, cols: int, cells: int | None = None) -> None:
    """The guard's refusals of a sheet's extent, for a sheet read row by row (:mod:`nsdesk.xlsx.stream`),
    whose cells the guard leaves to its reader: beyond Excel's rows or columns, an area over
    :data:`MAX_CELLS`, and (given ``cells``, the cells read) too sparse — the same one-line refusals."""
    _check_area(path, sheet, _Sheet(max_row=rows, max_col=cols, cells=cells or 0), sparse=cells is not None)


def refuse_long_row(path: Path) -> WorkbookRefused:
    """The refusal of a row longer than :data:`MAX_ROW_BYTES`, for a reader that holds a row whole."""
    return _refuse(path, tr("guard", "một dòng của bảng dài hơn {size}").format(size=_mib(MAX_ROW_BYTES)),
                   _mib(MAX_ROW_BYTES))


def _cell_name(col: int, row: int) -> str:
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters or 'A'}{row}"


def _stream_part(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, total_left: int,
                 sheet: _Sheet | None, ods: _OdsTables | None = None, cells: bool = True) -> int:
    """Decompress one part chunk by chunk, checking sizes, text runs and (for a sheet) its dimension,
    merged ranges and, unless ``cells`` is False, its cells."""
    limit = min(budget, total_left)
    seen = 0
    carry = b""  # the tail of the previous chunk, so a reference or text run split across chunks is seen whole
    first = True
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            seen += len(chunk)
            if seen > limit:
                which = tr("guard", "phần {part}").format(part=info.filename)
                raise _refuse(path, tr("guard", "{which} giải nén ra hơn {size}").format(which=which, size=_mib(limit)),
                              _mib(limit))
            if info.file_size > RATIO_FLOOR or seen > RATIO_FLOOR:
                if seen > MAX_RATIO * max(info.compress_size, 1):
                    raise _refuse(path, tr("guard", "phần {part} nén quá mức (tỷ lệ trên {ratio}:1, dấu hiệu "
                                                    "\"bom nén\")").format(part=info.filename, ratio=MAX_RATIO),
                                  tr("guard", "tỷ lệ nén {ratio}:1").format(ratio=MAX_RATIO))
            data = carry + chunk
            cut = max(data.rfind(b"<"), 0)
            if len(data) - cut > MAX_TEXT_BYTES and data[cut:].strip():  # a text run with no end in sight
                _scan(path, data[cut:], None, False, force_long=True)
            if len(data) - cut > MAX_TEXT_BYTES:  # only spaces: not kept, the ratio check watches them
                cut = len(data)
            head, carry = data[:cut], data[cut:]
            _scan(path, head, sheet, first, cells=cells)
            if ods is not None:
                ods.feed(head)
            first = False
        if carry:
            _scan(path, carry, sheet, first, cells=cells)
            if ods is not None:
                ods.feed(carry)
    if ods is not None:
        ods.finish()
    return seen


_W = 14  # bytes read after r=": 4 letters, 9 digits and the closing quote fit
_AR = np.arange(_W, dtype=np.int64)
_POW10 = 10 ** np.arange(_W, dtype=np.int64)
_POW26 = 26 ** np.arange(_W, dtype=np.int64)


def refs_max(data: bytes) -> tuple[int, int]:
    """(largest row, largest column) over every ``r="…"`` attribute in ``data`` — row numbers and cell
    references alike, whatever element, prefix or letter case carries them. Vectorised (numpy): a
    register of a million rows has ten million references. A reference no sheet can have (more than
    4 letters or 9 digits) gives (10⁹, 10⁹)."""
    a = np.frombuffer(data + b"\0" * _W, dtype=np.uint8)
    p = np.flatnonzero(a == 34)
    p = p[p >= 4]
    q = p[(a[p - 1] == 61) & (a[p - 2] == 114) & np.isin(a[p - 3], (32, 9, 10, 13))] + 1
    if q.size == 0:
        return 0, 0
    m = a[q[:, None] + _AR]
    up = m & 0xDF
    letter = (up >= 65) & (up <= 90)
    digit = (m >= 48) & (m <= 57)
    nlet = np.argmin(letter, axis=1)  # letters run from position 0
    if (m[:, 0] == 36).any() or (m[np.arange(q.size), nlet] == 36).any():  # "$A$1": never a cell's own reference
        return 10 ** 9, 10 ** 9
    pos_ok = _AR[None, :] >= nlet[:, None]
    nondig = pos_ok & ~digit
    end = np.argmax(nondig, axis=1)
    if (~nondig.any(axis=1)).any() or (nlet > 4).any() or ((end - nlet) > 9).any():
        return 10 ** 9, 10 ** 9
    in_d = pos_ok & (_AR[None, :] < end[:, None])
    e = np.maximum(end[:, None] - 1 - _AR[None, :], 0)
    row = ((m.astype(np.int64) - 48) * _POW10[e] * in_d).sum(axis=1)
    in_l = _AR[None, :] < nlet[:, None]
    el = np.maximum(nlet[:, None] - 1 - _AR[None, :], 0)
    col = ((up.astype(np.int64) - 64) * _POW26[el] * in_l).sum(axis=1)
    return int(row.max()), int(col.max())


def _long_runs(data: bytes) -> Iterable[re.Match[bytes]]:
    """Text runs (bytes between tags) longer than MAX_CELL_CHARS bytes. Fast path: a run that long
    spans a whole aligned window of half its length, so windows that all hold a "<" rule it out."""
    step = (MAX_CELL_CHARS + 1) // 2
    for start in range(0, len(data), step):
        if data.find(b"<", start, start + step) == -1:
            return _LONG_TEXT.finditer(data, max(0, start - MAX_TEXT_BYTES))
    return ()


def _scan(path: Path, data: bytes, sheet: _Sheet | None, first: bool, force_long: bool = False,
          cells: bool = True) -> None:
    for m in _long_runs(data):
        run = m.group(0)
        if run.strip() and (force_long or _text_chars(run) > MAX_CELL_CHARS):
            raise _refuse(path, tr("guard", "có ô dài hơn {n} ký tự").format(n=_n(MAX_CELL_CHARS)),
                          tr("guard", "{n} ký tự một ô, như Excel").format(n=_n(MAX_CELL_CHARS)))
    if sheet is None:
        return
    if not sheet.data_started:  # <dimension> comes before <sheetData>
        dim = _DIMENSION.search(data)
        if dim:
            _check_dimension(path, dim.group(1), sheet)
        sheet.data_started = b"sheetData" in data
    if b"mergeCell" in data:
        sheet.merges.extend(m.group(1).decode("ascii", "replace") for m in _MERGE.finditer(data))
        if len(sheet.merges) > MAX_MERGES:
            raise _refuse(path, tr("guard", "trang \"{sheet}\" có hơn {n} vùng ô gộp").format(
                sheet=sheet.name, n=_n(MAX_MERGES)), tr("guard", "{n} vùng ô gộp một trang").format(n=_n(MAX_MERGES)))
    if not cells:  # the streaming reader checks the cells as it reads them
        return
    row, col = refs_max(data)
    sheet.max_row, sheet.max_col = max(sheet.max_row, row), max(sheet.max_col, col)
    sheet.cells += data.count(b"<c ") + data.count(b"<c>")
    if b":c " in data or b":c>" in data:  # cells written with a namespace prefix
        sheet.cells += len(_CELL.findall(data))
    if sheet.max_row > EXCEL_ROWS or sheet.max_col > EXCEL_COLUMNS or sheet.max_row * sheet.max_col > MAX_CELLS:
        _check_area(path, sheet.name, sheet)


# -- OpenDocument (.ods): content.xml's tables, their repeat counts expanded --------------------------
#: Cells that ``number-columns-repeated`` / ``number-rows-repeated`` may add beyond the cells written
#: out: a repeat count turns a few bytes into millions of cells in the reader's memory (calamine
#: allocates each one: 80 million cells from a 1 KB file abort the process).
MAX_REPEATED_CELLS = 2_000_000
MAX_ODS_ROW_BYTES = MAX_ROW_BYTES
_ODS_TABLE = re.compile(rb"<(?:[\w.-]+:)?table[\s>]")
_ODS_NAME = re.compile(rb'name\s*=\s*"([^"]*)"')
_ODS_ROW = re.compile(rb"<(?:[\w.-]+:)?table-row\b([^>]*?)(/?)>")
_ODS_ROW_END = re.compile(rb"</(?:[\w.-]+:)?table-row>")
_ODS_CELL = re.compile(rb"<(?:[\w.-]+:)?(?:covered-)?table-cell\b([^>]*?)(/?)>")
_ODS_ROWS_REPEATED = re.compile(rb'number-rows-repeated\s*=\s*"(\d+)"')
_ODS_COLS_REPEATED = re.compile(rb'number-columns-repeated\s*=\s*"(\d+)"')


class _OdsTables:
    """Counts, table by table, the rows × columns a reader would hold, repeat counts expanded.

    Trailing empty cells and rows (LibreOffice writes a row of 1,024 columns and rows down to
    1,048,576 as one repeated empty element) hold nothing and are not counted; a refusal is the same
    one-line :class:`WorkbookRefused` as for an .xlsx."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pending = b""
        self._new_table(b"")

    def _new_table(self, name: bytes) -> None:
        self.table = name.decode("utf-8", "replace")
        self.rows = 0  # rows so far, empty ones included
        self.height = 0  # rows down to the last one with a value
        self.width = 0
        self.cells = 0  # cells with a value, repeats expanded
        self.written = 0  # cell elements as written

    def feed(self, data: bytes) -> None:
        buf = self.pending + data if self.pending else data
        pos = 0
        while True:
            m = _ODS_ROW.search(buf, pos)
            t = _ODS_TABLE.search(buf, pos, m.start() if m else len(buf))
            if t is not None:
                self._check()
                tag_end = buf.find(b">", t.start())
                nm = _ODS_NAME.search(buf, t.start(), tag_end if tag_end > 0 else len(buf))
                self._new_table(nm.group(1) if nm else b"")
            if m is None:
                break
            if m.group(2):  # <table:table-row …/>: empty rows
                self.rows += self._repeat(_ODS_ROWS_REPEATED, m.group(1))
                pos = m.end()
                continue
            end = _ODS_ROW_END.search(buf, m.end())
            if end is None:
                if len(buf) - m.start() > MAX_ODS_ROW_BYTES:
                    raise _refuse(self.path, tr("guard", "một dòng của bảng dài hơn {size}").format(
                        size=_mib(MAX_ODS_ROW_BYTES)), _mib(MAX_ODS_ROW_BYTES))
                self.pending = buf[m.start():]
                return
            self._row(self._repeat(_ODS_ROWS_REPEATED, m.group(1)), buf, m.end(), end.start())
            pos = end.end()
        self.pending = b""

    def _repeat(self, pattern: re.Pattern[bytes], attrs: bytes) -> int:
        rm = pattern.search(attrs) if b"repeated" in attrs else None
        return int(rm.group(1)) if rm else 1

    def _row(self, times: int, buf: bytes, start: int, end: int) -> None:
        body = buf[start:end]
        tags = _ODS_CELL.findall(body)
        if b"repeated" not in body:  # the usual row: every cell written out
            last = len(tags)
            while last and tags[last - 1][1] and b"value-type" not in tags[last - 1][0]:
                last -= 1  # trailing empty cells hold nothing
        else:
            cells, last = 0, 0
            for attrs, closed in tags:
                cells += self._repeat(_ODS_COLS_REPEATED, attrs)
                if not closed or b"value-type" in attrs:
                    last = cells
        self.written += len(tags)
        self.rows += times
        if last:
            self.height = self.rows
            self.width = max(self.width, last)
            self.cells += last * times
            if self.height > EXCEL_ROWS or self.width > EXCEL_COLUMNS or \
                    self.height * self.width > MAX_CELLS or self.cells - self.written > MAX_REPEATED_CELLS:
                self._check()

    def _check(self) -> None:
        name = tr("guard", "bảng {n}").format(n=self.table)
        if self.height > EXCEL_ROWS or self.width > EXCEL_COLUMNS:
            raise _refuse(self.path, tr("guard", "{sheet} có {rows} dòng × {cols} cột sau khi mở rộng các ô lặp lại")
                          .format(sheet=name, rows=_n(self.height), cols=_n(self.width)),
                          tr("guard", "{rows} dòng × {cols} cột").format(rows=_n(EXCEL_ROWS), cols=_n(EXCEL_COLUMNS)))
        if self.height * self.width > MAX_CELLS:
            raise _refuse(self.path, tr("guard", "vùng dữ liệu của {sheet} quá lớn ({area} ô)").format(
                sheet=name, area=_n(self.height * self.width)),
                tr("guard", "{cells} ô, tức {rows} dòng × 24 cột").format(cells=_n(MAX_CELLS), rows=_n(EXCEL_ROWS)))
        if self.cells - self.written > MAX_REPEATED_CELLS:
            raise _refuse(self.path, tr("guard", "{sheet} dùng số lần lặp lại để tạo thêm {n} ô").format(
                sheet=name, n=_n(self.cells - self.written)),
                tr("guard", "{n} ô tạo thêm bằng lặp lại").format(n=_n(MAX_REPEATED_CELLS)))

    def finish(self) -> None:
        if self.pending:
            raise _refuse(self.path, tr("guard", "một dòng của bảng không có thẻ đóng"), _mib(MAX_ODS_ROW_BYTES))
        self._check()


def _mib(n: int) -> str:
    return f"{n / MiB:,.0f} MB".replace(",", ".")


def check_workbook(path: str | Path, *, streamed: bool = False) -> WorkbookReport:
    """Refuse (WorkbookRefused) a workbook whose reading would exceed the budgets; nothing is parsed.

    A file that is not a zip (an .xls, or not a spreadsheet at all) is only held to
    :data:`MAX_OLE_BYTES`; the reader then says whether it can read it.

    ``streamed``: the workbook is an .xlsx read row by row (:func:`nsdesk.xlsx.reader.streams`), whose
    reader refuses a cell beyond Excel's grid, an area over :data:`MAX_CELLS` or a sparse sheet as it
    reads the rows; the guard then keeps its checks of sizes, compression, text runs and declared
    dimensions and leaves the cells (row numbers, references, counts) to the reader.
    Returns what the pass saw (the merged ranges of each worksheet).
    """
    path = Path(path)
    report = WorkbookReport()
    try:
        size = path.stat().st_size
    except OSError:
        return report  # the reader names a missing file
    if not zipfile.is_zipfile(path):
        if size > MAX_OLE_BYTES:
            raise _refuse(path, tr("guard", "tệp lớn {size}").format(size=_mib(size)), _mib(MAX_OLE_BYTES))
        return report
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise _refuse(path, tr("guard", "tệp nén chứa {n} phần").format(n=_n(len(infos))),
                              tr("guard", "{n} phần").format(n=_n(MAX_ENTRIES)))
            declared = sum(i.file_size for i in infos)
            if declared > MAX_TOTAL_BYTES:
                raise _refuse(path, tr("guard", "giải nén ra {size}").format(size=_mib(declared)), _mib(MAX_TOTAL_BYTES))
            total = 0
            for info in infos:
                if info.is_dir():
                    continue
                name = info.filename
                is_sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
                budget = MAX_SHEET_BYTES if is_sheet or name == "content.xml" else MAX_PART_BYTES
                if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise _refuse(path, tr("guard", "phần {part} nén quá mức (tỷ lệ trên {ratio}:1, dấu hiệu "
                                                    "\"bom nén\")").format(part=name, ratio=MAX_RATIO),
                                  tr("guard", "tỷ lệ nén {ratio}:1").format(ratio=MAX_RATIO))
                if info.file_size > budget:
                    raise _refuse(path, tr("guard", "phần {part} giải nén ra {size}").format(part=name, size=_mib(info.file_size)),
                                  _mib(budget))
                sheet = _Sheet(name=Path(name).stem) if is_sheet else None
                ods = _OdsTables(path) if name == "content.xml" else None
                total += _stream_part(path, zf, info, budget, MAX_TOTAL_BYTES - total, sheet, ods, cells=not streamed)
                if sheet is not None:
                    _check_area(path, sheet.name, sheet, sparse=not streamed)
                    report.merges[name] = sheet.merges
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise InputError(
            tr("import", "Không đọc được tệp {path}: không phải tệp Excel (.xlsx, .xls, .ods) hoặc tệp bị hỏng.")
            .format(path=path.name),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc
    return report
