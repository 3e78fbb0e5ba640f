"""Reading a sheet of lượt or measurements without writing: header, mapping, rows, counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import Metric
from nsdesk.services.pilots.importing.columns import COLUMN_SETS, FIELDS, KINDS, REQUIRED
from nsdesk.services.pilots.importing.kinds import MeasurementReader, SupportReader
from nsdesk.services.pilots.importing.result import Progress, SheetImport, StreamedSheet
from nsdesk.services.pilots.importing.rows import Row
from nsdesk.services.pilots.importing.wide import wide_columns
from nsdesk.services.register.importing.columns import HeaderInfo, column_letter, find_header
from nsdesk.services.register.importing.pipeline import fill_merged_down
from nsdesk.services.register.importing.problems import Problem
from nsdesk.xlsx import SheetData, SheetStream, open_sheet

HEADER_SCAN = 50  # rows find_header looks at (it reads one more for a row of sub-headers)
SAMPLE = 40  # rows kept under the header for the wizard's sample


def preview_file(session: Session, kind: str, path: str | Path, sheet: str | None = None,
                 mapping: dict[str, int] | None = None, progress: Progress | None = None) -> SheetImport:
    """:func:`preview` of a sheet read row by row from its file (only its first rows kept)."""
    return _preview(session, kind, _head(path, sheet), mapping, progress, plan=True)


def _head(path: str | Path, sheet: str | None) -> StreamedSheet:
    """The first rows of a sheet, its file left open for reading the rest (closed by :func:`_preview`)."""
    stream = open_sheet(path, sheet)
    try:
        data = StreamedSheet(path=stream.path, name=stream.name, sheet_names=stream.sheet_names,
                             rows=stream.head(HEADER_SCAN + 1 + SAMPLE), merged=stream.merged)
    except BaseException:
        stream.close()
        raise
    data.stream = stream
    return data


def preview(session: Session, kind: str, data: SheetData, mapping: dict[str, int] | None = None,
            progress: Progress | None = None) -> SheetImport:
    """Read and check every row of ``data`` (a sheet of ``kind``) without writing.

    ``mapping`` ({field: 0-based column}) replaces the detected one (the wizard's corrections).
    InputError when no header row names a tax code column.
    """
    return _preview(session, kind, data, mapping, progress, plan=True)


def _preview(session: Session, kind: str, data: SheetData, mapping: dict[str, int] | None,
             progress: Progress | None, plan: bool) -> SheetImport:
    if kind not in KINDS:
        raise ValueError(f"unknown import kind: {kind}")
    stream = None
    if isinstance(data, StreamedSheet):
        stream, data.stream = data.stream, None
    try:
        return _read(session, kind, data, stream, mapping, progress, plan)
    finally:
        if stream is not None:
            stream.close()


def _read(session: Session, kind: str, data: SheetData, stream: SheetStream | None, mapping: dict[str, int] | None,
          progress: Progress | None, plan: bool) -> SheetImport:
    header = find_header(data.rows[:HEADER_SCAN + 1], columns=COLUMN_SETS[kind])
    if header is None:
        raise InputError(
            tr("import", "Không tìm thấy dòng tiêu đề trong trang \"{sheet}\" của tệp {path}.").format(
                sheet=data.name, path=data.path.name),
            hint=tr("import", "Dòng tiêu đề cần có ít nhất cột \"Mã số thuế\" (MST); có thể dùng tệp mẫu."))
    pv = _sheet_import(kind, data, header, mapping)
    if kind == "measurements" and "metric" not in pv.mapping:
        header = _find_wide(session, data, pv)
    if isinstance(data, StreamedSheet):  # its rows are the wizard's sample: shown as they are read
        fill_merged_down(data, header.last_row + 1)
    if pv.missing_fields:
        return pv
    reader = (SupportReader if kind == "supports" else MeasurementReader)(session, pv)
    start = header.last_row + 1
    if isinstance(data, StreamedSheet):
        opened = stream or open_sheet(data.path, data.name)
        try:
            total = (opened.row_count_hint or 0) - start
            reader.read(opened.iter_rows(start), start, data.merged, total, progress)
        finally:
            if stream is None:
                opened.close()
    else:
        rows: Iterable[Row] = ([*r] for r in data.rows[start:])  # copies: merged cells are filled in
        reader.read(rows, start, data.merged, len(data.rows) - start, progress)
    if plan:
        from nsdesk.services.pilots.importing.write import plan_of

        p = plan_of(session, pv)
        pv.created, pv.updated, pv.unchanged = len(p.creates), len(p.updates), p.unchanged
    return pv


def _find_wide(session: Session, data: SheetData, pv: SheetImport) -> HeaderInfo:
    """A sheet with no metric column may be wide (one column per metric and before/after): its
    metric columns in ``pv.wide``, the fields mapped onto them dropped, metric, phase and value no
    longer missing. Returns the header (its sub-header row included when the phases are there)."""
    header = pv.header
    below = data.rows[header.last_row + 1] if header.last_row + 1 < len(data.rows) else []
    wide, computed, uses_below = wide_columns([c.header for c in header.columns], below,
                                              list(session.scalars(select(Metric))))
    if not wide:
        return header
    if uses_below:
        header = pv.header = replace(header, last_row=header.last_row + 1)
    for w in computed:  # said once, on the header row
        pv.warnings.append(Problem(header.last_row + 1, w.header, None, tr(
            "import", "{name} được tính tự động từ các chỉ tiêu khác; cột này không được nhập.").format(
                name=w.metric_name), "metric"))
    taken = {w.index for w in (*wide, *computed)}
    pv.wide = wide
    pv.mapping = {f: i for f, i in pv.mapping.items() if i not in taken and f not in ("phase", "value")}
    pv.column_names = {f: n for f, n in pv.column_names.items() if f in pv.mapping}
    pv.missing_fields = [f for f in pv.missing_fields if f not in ("metric", "phase", "value")]
    return header


def _sheet_import(kind: str, data: SheetData, header: HeaderInfo, mapping: dict[str, int] | None) -> SheetImport:
    if mapping is None:
        mapping = header.mapping
    else:
        unknown = set(mapping) - set(FIELDS[kind])
        if unknown:
            raise ValueError(f"unknown import fields: {sorted(unknown)}")
        mapping = {f: int(i) for f, i in mapping.items() if i is not None}
    headers = {c.index: c.header or c.letter for c in header.columns}
    pv = SheetImport(kind, data, header, mapping,
                     column_names={f: headers.get(i) or column_letter(i) for f, i in mapping.items()})
    pv.missing_fields = [f for f in REQUIRED[kind] if f not in mapping]
    return pv
