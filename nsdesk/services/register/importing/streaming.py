"""Importing a register too large to hold: the file is read in chunks, twice, never whole.

A national register has about a million rows; held at once (cells, records, plan) it takes
gigabytes. For an .xlsx over :data:`nsdesk.xlsx.reader.STREAM_FROM_BYTES` the CLI's
:func:`~.pipeline.preview_file` comes here:

* the header is found in the sheet's first :data:`HEAD_ROWS` rows (:meth:`SheetStream.head`);
* :func:`preview_file` reads the rows once, :data:`.pipeline.CHUNK` at a time: each chunk is validated,
  its tax codes looked up in the database in one query, and counted (created / updated /
  unchanged, the per-field diffs, the warnings) — no record is kept after its chunk. A tax code seen
  earlier in the file is remembered (code → its row), so the later row wins exactly as in the
  whole-sheet path, and the earlier row is left out of the counts;
* :func:`apply` reads the rows again and writes each chunk in the caller's transaction — still
  all or nothing, after the same backup. New enterprises are inserted with provisional name-order
  keys; at the end every key is renumbered in two UPDATE statements and the search index rebuilt
  once (SQLite), which costs one pass over the table instead of one look-up per chunk.

Messages, counts, diffs and the rejected rows are those of the whole-sheet path (the tests run
the same files through both).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from nsdesk.models import Change, Enterprise, utcnow
from nsdesk.models.name_order import GAP
from nsdesk.services.common.office import get_office
from nsdesk.services.register.importing import pipeline as pl
from nsdesk.services.register.importing.bulk import bigger_page_cache, bulk_insert
from nsdesk.services.register.importing.columns import REQUIRED_FIELDS
from nsdesk.services.register.importing.problems import Problem
from nsdesk.services.register.importing.rows import (
    _CANONICAL_CODE,
    _COMPARED,
    Record,
    RowReader,
    existing_key,
    load_commune_names,
    load_sector_groups,
    next_uuid,
)
from nsdesk.xlsx import SheetData, open_sheet
from nsdesk.xlsx.reader import CellValue, SheetStream
from nsdesk.xlsx.stream import XlsxStream

HEAD_ROWS = 60
_PROVISIONAL = -(1 << 50)  # new rows' name keys until the renumbering: below every parked key
_OUTCOMES = 3  # created, updated, unchanged


@dataclass
class Source:
    """Where a chunked preview reads its rows from, and what its first pass learnt."""

    path: Path
    sheet: str
    superseded: set[int] = field(default_factory=set)  # sheet rows replaced by a later row (same tax code)
    stamp: tuple[int, int] = (0, 0)  # (size, mtime) when the guard checked it: unchanged, not checked again

    def open(self) -> SheetStream:
        st = self.path.stat()
        if (st.st_size, st.st_mtime_ns) == self.stamp:
            return XlsxStream(self.path, self.sheet)
        return open_sheet(self.path, self.sheet)  # changed since: the guard looks at it again


def preview_file(session: Session, path: Path, sheet: str | None = None, mapping: dict[str, int] | None = None,
                 progress: pl.Progress | None = None, only_empty: bool = False) -> pl.Preview:
    st = path.stat()
    stamp = (st.st_size, st.st_mtime_ns)
    with open_sheet(path, sheet) as stream:
        data = SheetData(path=stream.path, name=stream.name, sheet_names=stream.sheet_names,
                         rows=stream.head(HEAD_ROWS), merged=list(stream.merged))
        hint = stream.row_count_hint
    header = pl._header(data, None)
    pl.fill_merged_down(data, header.last_row + 1)  # the wizard's sample shows the rows as they are read
    mapping = pl._mapping(header, mapping)
    pv = pl.Preview(sheet=data, header=header, mapping=mapping, records=[], rejected=[], warnings=[],
                    merged_duplicate_rows=[], rejected_rows=[], data_end_row=None, only_empty=only_empty,
                    source=Source(path, data.name, stamp=stamp))
    pv.missing_fields = [f for f in REQUIRED_FIELDS if f not in mapping]
    if pv.missing_fields:
        return pv
    run = _Run(session, pv)
    pv.column_names = dict(run.reader.column_names)
    counted = run.count(False, progress, hint)
    pv.created, pv.updated, pv.unchanged = counted.counts
    pv.warnings, pv.diffs = counted.warnings, counted.diffs
    pv.rejected, pv.rejected_rows = run.reader.rejected, run.reader.rejected_rows
    pv.read_warnings = list(run.reader.warnings)  # every row's, as the whole-sheet path gives them
    pv.data_end_row = run.reader.end_row
    return pv


def apply(session: Session, pv: pl.Preview, *, progress: pl.Progress | None = None, cancel: pl.Cancel = None,
          dry_run: bool = False, strict: bool = False, backup: bool = True,
          accept_moves: bool = False) -> pl.ImportResult:
    """:func:`.pipeline.apply` for a chunked preview: the counts are the preview's; writing reads the file again."""
    result = pl.ImportResult(pv.created, pv.updated, pv.unchanged, list(pv.merged_duplicate_rows), pv.rejected,
                             list(pv.warnings), written=False, diffs=list(pv.diffs))
    if accept_moves:  # the preview counted with the moves refused: count again
        counted = _Run(session, pv).count(True)
        result.created, result.updated, result.unchanged = counted.counts
        result.warnings, result.diffs = counted.warnings, counted.diffs
    if dry_run or (strict and pv.rejected):
        return result
    total = result.created + result.updated
    if total == 0:
        if progress:
            progress(0, 0)
        return result
    if pl._is_cancelled(cancel):
        raise pl.ImportCancelled()
    if backup:
        result.backup = pl._backup(session, "before-import")
    try:
        _write(session, pv, result, total, progress, cancel, accept_moves)
    except BaseException:
        if result.backup is not None:
            result.backup.unlink(missing_ok=True)
            result.backup = None
        raise
    result.written = True
    return result


def _write(session: Session, pv: pl.Preview, result: pl.ImportResult, total: int, progress: pl.Progress | None,
           cancel: pl.Cancel, accept_moves: bool) -> None:
    office = get_office(session)
    officer, source = office.officer_name, pv.sheet.path.name
    result.batch = batch = next_uuid()
    groups = load_sector_groups(session)
    commune_names = load_commune_names(session)
    assert isinstance(pv.source, Source)
    superseded = pv.source.superseded
    run = _Run(session, pv)
    done, provisional, moved = 0, _PROVISIONAL, False
    kept: list[Problem] = []
    counts = [0] * _OUTCOMES
    diffs: list[pl.UpdateDiff] = []
    if progress:
        progress(0, total)
    with bigger_page_cache(session), _search_triggers_paused(session):
        for chunk in run.chunks(None, None):
            if pl._is_cancelled(cancel):
                raise pl.ImportCancelled()
            chunk = [r for r in chunk if r.row not in superseded]
            plan = run.plan(chunk, accept_moves)
            kept += plan.kept + plan.moves
            diffs += pl._diffs(session, plan)
            counts[0] += len(plan.creates)
            counts[1] += len(plan.updates)
            counts[2] += plan.unchanged
            now = utcnow()
            rows = [rec.insert_values(office.province_code, now, groups) for rec in plan.creates]
            for row in rows:
                provisional -= 1
                row["name_key"] = provisional
            bulk_insert(session, Enterprise.__table__, rows)
            bulk_insert(session, Change.__table__, [
                {"at": now, "officer": officer, "entity": "enterprise", "entity_uuid": r["uuid"], "action": "import",
                 "field": None, "old_value": None, "new_value": source, "batch": batch} for r in rows])
            if plan.updates:
                pl._write_updates(session, plan.updates, groups, commune_names, officer, batch, place_names=False)
                moved = moved or any(f == "name" for _o, _r, ch in plan.updates for f, _a, _b in ch)
            done += len(plan.creates) + len(plan.updates)
            if progress:
                progress(done, total)
        if done and (provisional != _PROVISIONAL or moved):
            renumber(session)
    result.created, result.updated, result.unchanged = counts  # what was written
    result.warnings = pl._sorted(pv.read_warnings + kept)
    result.diffs = diffs
    session.flush()


def renumber(session: Session) -> None:
    """Give every enterprise its name-order key afresh, GAP apart, in two set-based UPDATEs (through
    negative keys, so no two rows ever share one)."""
    collate = ' COLLATE "C"' if session.get_bind().dialect.name == "postgresql" else ""
    session.execute(text(
        "UPDATE enterprises SET name_key = -o.rn FROM (SELECT id, row_number() OVER "
        f"(ORDER BY name_sort{collate}, id) AS rn FROM enterprises) AS o WHERE enterprises.id = o.id"))
    session.execute(text("UPDATE enterprises SET name_key = -name_key * :gap"), {"gap": GAP})


class _search_triggers_paused:
    """SQLite: the search index's insert and update triggers dropped while the import writes and the
    keys are renumbered, the index rebuilt once after; the caller's rollback restores them on failure."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.saved: list[tuple[str, str]] = []

    def __enter__(self) -> _search_triggers_paused:
        s = self.session
        if s.get_bind().dialect.name != "sqlite":
            return self
        self.saved = [(str(n), str(q)) for n, q in s.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'enterprises' "
            "AND (sql LIKE '%AFTER UPDATE%' OR sql LIKE '%AFTER INSERT%')")).all()]
        for name, _sql in self.saved:
            s.execute(text(f'DROP TRIGGER "{name}"'))
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> Literal[False]:
        if exc_type is not None or not self.saved:
            return False
        s = self.session
        if s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'enterprises_fts'")).first():
            # what 'rebuild' does, ~2× faster: rows in key order append to the index
            s.execute(text("INSERT INTO enterprises_fts(enterprises_fts) VALUES ('delete-all')"))
            s.execute(text("INSERT INTO enterprises_fts(rowid, search_folded) "
                           "SELECT name_key, search_folded FROM enterprises ORDER BY name_key"))
        for _name, sql in self.saved:
            s.execute(text(sql))
        return False


def _compact(code: str) -> int | str:
    """A tax code as a small int (digits and length; a million of them take half the memory of strings)."""
    digits = code.replace("-", "")
    return int(digits) * 16 + len(code) if digits.isdigit() and len(digits) <= 15 else code


@dataclass
class _Counted:
    counts: list[int]  # created, updated, unchanged
    warnings: list[Problem]  # the rows' own and the plan's (cells kept, communes not moved)
    diffs: list[pl.UpdateDiff]


class _Run:
    """One pass over the file's rows: records chunk by chunk, and each chunk's plan."""

    def __init__(self, session: Session, pv: pl.Preview) -> None:
        self.session, self.pv = session, pv
        office = get_office(session)
        self.reader = RowReader(session, pv.header, pv.mapping, office.province_code)
        self._aliases: dict[str, list[str]] | None = None

    def count(self, accept_moves: bool, progress: pl.Progress | None = None, hint: int | None = None) -> _Counted:
        """One pass over the file: what importing it would do. Fills the preview's duplicate rows."""
        pv = self.pv
        assert isinstance(pv.source, Source)
        superseded = pv.source.superseded
        superseded.clear()
        pv.merged_duplicate_rows.clear()
        counts = [0] * _OUTCOMES
        seen: dict[int | str, int] = {}  # tax code → row * _OUTCOMES + outcome of its latest row
        extra: list[Problem] = []
        diffs: list[pl.UpdateDiff] = []
        for chunk in self.chunks(progress, hint):
            plan = self.plan(chunk, accept_moves)
            outcome = {id(r): 0 for r in plan.creates}
            outcome.update({id(r): 1 for _o, r, _c in plan.updates})
            for rec in chunk:
                o = outcome.get(id(rec), 2)
                counts[o] += 1
                key = _compact(rec.tax_code)
                before = seen.get(key)
                if before is not None:  # the later row wins
                    row, was = divmod(before, _OUTCOMES)
                    counts[was] -= 1
                    superseded.add(row)
                    pv.merged_duplicate_rows.append(rec.row)
                seen[key] = rec.row * _OUTCOMES + o
            extra += plan.kept + plan.moves
            diffs += pl._diffs(self.session, plan)
        warnings = pl._sorted(list(self.reader.warnings) + [p for p in extra if p.row not in superseded])
        return _Counted(counts, warnings, [d for d in diffs if d.row not in superseded])

    def rows(self) -> Iterator[list[CellValue]]:
        """The rows under the header, cells merged down over data rows filled in (as the whole-sheet path does)."""
        pv = self.pv
        start = pv.header.last_row + 1
        merges = sorted((r0, c0, r1) for (r0, c0), (r1, _c1) in pv.sheet.merged if r0 >= start and r1 > r0)
        active: list[tuple[int, int, CellValue]] = []  # (last row, column, value)
        pending = iter(merges)
        upcoming = next(pending, None)
        assert isinstance(pv.source, Source)
        with pv.source.open() as stream:
            for r, row in enumerate(stream.iter_rows(start), start):
                if active:
                    active = [a for a in active if a[0] >= r]
                    for _last, c, value in active:
                        if c < len(row) and row[c] in ("", None):
                            row[c] = value
                while upcoming is not None and upcoming[0] <= r:
                    r0, c0, r1 = upcoming
                    if r0 == r and c0 < len(row):
                        active.append((r1, c0, row[c0]))
                    upcoming = next(pending, None)
                yield row

    def chunks(self, progress: pl.Progress | None, hint: int | None) -> Iterator[list[Record]]:
        chunk: list[Record] = []
        start = self.pv.header.last_row + 1
        total = max((hint or 0) - start, 0)
        for rec in self.reader.read_stream(self.rows()):
            chunk.append(rec)
            if len(chunk) >= pl.CHUNK:
                if progress:
                    progress(min(rec.row - start, total), total)
                yield chunk
                chunk = []
        if chunk:
            yield chunk
        if progress:
            progress(total, total)

    def plan(self, chunk: list[Record], accept_moves: bool = False) -> pl.ImportPlan:
        return pl._plan(self.session, self.pv, accept_moves, records=chunk, existing=self.existing(chunk))

    def existing(self, chunk: list[Record]) -> dict[str, dict[str, Any]]:
        """The stored enterprises with the chunk's tax codes (one query), keyed like load_existing."""
        if self._aliases is None:  # stored codes not in canonical form, by the key they normalise to (rare)
            self._aliases = {}
            t = Enterprise.__table__
            for (code,) in self.session.execute(select(t.c.tax_code).where(t.c.tax_code.is_not(None))
                                                .execution_options(yield_per=20_000)):
                if not _CANONICAL_CODE(code):
                    key = existing_key(code)
                    if key:
                        self._aliases.setdefault(key, []).append(code)
        codes = {rec.tax_code for rec in chunk}
        wanted = list(codes) + [a for c in codes for a in self._aliases.get(c, ())]
        t = Enterprise.__table__
        cols = [t.c.id, t.c.uuid, t.c.tax_code, t.c.sector_code, t.c.capital] + [t.c[c] for c in _COMPARED]
        out: dict[str, dict[str, Any]] = {}
        for at in range(0, len(wanted), 5000):
            for row in self.session.execute(select(*cols).where(t.c.tax_code.in_(wanted[at:at + 5000]))).mappings():
                key = existing_key(row["tax_code"])
                if key:
                    out[key] = dict(row)
        return out
