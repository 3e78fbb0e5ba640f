"""Reading a spreadsheet sheet with python-calamine (.xlsx, .xls, .ods).

``read_sheet`` gives the whole sheet as a list; ``open_sheet`` gives a :class:`SheetStream` whose
rows are produced one at a time, for imports that must not hold a million rows at once."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nsdesk.errors import InputError
from nsdesk.i18n import tr

#: A cell's value as python-calamine gives it (an empty cell is "").
CellValue = int | float | str | bool | datetime.time | datetime.date | datetime.datetime | datetime.timedelta


@dataclass
class SheetData:
    """One sheet as python-calamine reads it: ``rows[0]`` is sheet row 1, column A is index 0."""

    path: Path
    name: str
    sheet_names: list[str]
    rows: list[list[CellValue]]
    #: Merged ranges: ((first row, first column), (last row, last column)), 0-based.
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


class SheetStream:
    """One sheet read row by row: ``head(n)`` for header detection, then ``iter_rows(start)``.

    Row indexes are 0-based (index 0 is sheet row 1, column A is index 0), as in :class:`SheetData`.
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: Path, name: str, sheet_names: list[str], sheet: object, book: object) -> None:
        self.path = path
        self.name = name
        self.sheet_names = sheet_names
        self._sheet = sheet
        self._book = book
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = list(getattr(sheet, "merged_cell_ranges", None) or [])
        #: Number of rows the sheet declares (an upper bound used for progress), or None.
        self.row_count_hint: int | None = getattr(sheet, "total_height", None)

    def head(self, n: int) -> list[list[CellValue]]:
        """The first ``n`` rows (fewer when the sheet is shorter)."""
        out: list[list[CellValue]] = []
        for row in self.iter_rows(0):
            if len(out) >= n:
                break
            out.append(row)
        return out

    def iter_rows(self, start: int = 0) -> Iterator[list[CellValue]]:
        """Rows from 0-based index ``start`` to the end of the sheet, each a fresh list."""
        # calamine's iterator starts at the first used column; pad so column A is index 0 again.
        start_cell = getattr(self._sheet, "start", None) or (0, 0)
        pad: list[CellValue] = [""] * int(start_cell[1])
        try:
            for i, row in enumerate(self._sheet.iter_rows()):  # type: ignore[attr-defined]
                if i >= start:
                    yield pad + list(row) if pad else list(row)
        except Exception as exc:
            raise InputError(
                tr("import", "Không đọc được trang tính trong tệp {path}: {error}").format(path=self.path.name, error=exc),
                hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
            ) from exc

    def sibling(self, name: str) -> SheetStream:
        """Another sheet of the same open workbook (closed with this stream), e.g. to read several sheets."""
        try:
            sheet = self._book.get_sheet_by_name(name)  # type: ignore[attr-defined]
        except Exception as exc:
            raise InputError(
                tr("import", "Không đọc được trang tính trong tệp {path}: {error}").format(path=self.path.name, error=exc),
                hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
            ) from exc
        return SheetStream(self.path, name, self.sheet_names, sheet, self._book)

    def close(self) -> None:
        close = getattr(self._book, "close", None)
        if close:
            close()

    def __enter__(self) -> SheetStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: From this much sheet XML on (uncompressed), an .xlsx is read by :mod:`nsdesk.xlsx.stream` rather than
#: calamine, which holds the whole sheet in memory (about 1.6 KB per register row: ~250 MB at this size).
STREAM_FROM_BYTES = 96 * 1024 * 1024


def streams(path: Path, threshold: int | None = None) -> bool:
    """Whether ``path`` is an .xlsx whose largest worksheet is over the streaming threshold."""
    import os
    import zipfile

    if threshold is None:  # NSDESK_STREAM_FROM_BYTES: a lower threshold, for tests and benchmarks
        threshold = int(os.environ.get("NSDESK_STREAM_FROM_BYTES") or STREAM_FROM_BYTES)
    limit = threshold
    try:
        with zipfile.ZipFile(path) as zf:
            sizes = [i.file_size for i in zf.infolist() if i.filename.startswith("xl/worksheets/")]
    except (zipfile.BadZipFile, OSError):
        return False
    return bool(sizes) and max(sizes) >= limit


def _open_stream(path: Path, sheet: str | None, merges: dict[str, list[str]] | None = None) -> SheetStream:
    from nsdesk.xlsx.stream import NoSuchSheet, XlsxStream

    try:
        return XlsxStream(path, sheet, merges)
    except NoSuchSheet as exc:
        raise InputError(
            tr("import", "Tệp {path} không có trang tính \"{sheet}\".").format(path=path.name, sheet=sheet),
            hint=tr("import", "Các trang tính có trong tệp: {names}.").format(names=", ".join(exc.names)),
        ) from None
    except Exception as exc:
        raise InputError(
            tr("import", "Không đọc được tệp {path}: không phải tệp Excel (.xlsx, .xls, .ods) hoặc tệp bị hỏng.")
            .format(path=path.name),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc


def open_sheet(path: str | Path, sheet: str | None = None) -> SheetStream:
    """Open a sheet (the first visible one unless ``sheet`` names another) for reading row by row.

    Raises InputError (CLI exit 2) when the file is missing, not a spreadsheet, over the guard's
    budgets (:mod:`nsdesk.xlsx.guard`), or the sheet does not exist. Every import reads through here.
    """
    import python_calamine as pc

    path = Path(path)
    if not path.is_file():
        raise InputError(tr("import", "Không tìm thấy tệp {path}.").format(path=path),
                         hint=tr("import", "Kiểm tra lại đường dẫn và tên tệp."))
    # A hostile file is refused in one line before calamine, which could abort the process, sees it. A large
    # .xlsx is read by the streaming parser, row by row, which checks the cells itself as it reads them: the
    # guard (deciding from the zip directory alone) leaves them to it and collects the merged ranges.
    from nsdesk.xlsx.guard import check_workbook

    big = streams(path)
    report = check_workbook(path, streamed=big)
    if big:
        return _open_stream(path, sheet, report.merges)
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
    except InputError:
        wb.close()
        raise
    except Exception as exc:
        wb.close()
        raise InputError(
            tr("import", "Không đọc được trang tính trong tệp {path}: {error}").format(path=path.name, error=exc),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc
    return SheetStream(path, name, names, ws, wb)


def read_sheet(path: str | Path, sheet: str | None = None) -> SheetData:
    """Read a whole sheet (the first one unless ``sheet`` names another) into memory.

    Same refusals as :func:`open_sheet`; fine for the small files a form or a submission brings.
    """
    with open_sheet(path, sheet) as stream:
        rows = list(stream.iter_rows(0))
        return SheetData(path=stream.path, name=stream.name, sheet_names=stream.sheet_names, rows=rows,
                         merged=stream.merged)
