"""What an import says about its rows: a :class:`Problem` (a rejection or a warning of one row),
and :class:`MappedSheet`, what the previews of both importers share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nsdesk.errors import KnownError
from nsdesk.files import atomic_output, check_output_path
from nsdesk.i18n import tr
from nsdesk.services.common.packed import PackedList
from nsdesk.services.register.importing.columns import Column, HeaderInfo
from nsdesk.xlsx import write_rejected
from nsdesk.xlsx.reader import CellValue


@dataclass(frozen=True, slots=True)
class Problem:
    """One rejection (``reason`` set) or warning (``reason`` None) of one sheet row."""

    row: int  # sheet row number, 1-based
    column: str  # the column's header as written in the file
    reason: str | None  # tax_code | name | employees | email for rejections
    message: str
    field: str  # import field: tax_code, name, kind, commune, employees, revenue, email …


#: A rejected row as it was in the sheet (for the rejected-rows file): sheet row, its cells, its messages.
RejectedRow = tuple[int, list[CellValue | None], list[str]]


def _packed_problem(p: Problem) -> tuple[int, str, str | None, str, str]:
    return (p.row, p.column, p.reason, p.message, p.field)


def _unpacked_problem(t: tuple[int, str, str | None, str, str]) -> Problem:
    return Problem(*t)


def problem_list(items: Iterable[Problem] = ()) -> PackedList[Problem]:
    """A list of problems held compressed past a few thousand (a sheet whose every row is refused)."""
    return PackedList(items, pack=_packed_problem, unpack=_unpacked_problem)


def rejected_row_list() -> PackedList[RejectedRow]:
    """The rejected rows' cells, held compressed past a few thousand rows."""
    return PackedList()


def problems_json(rejected: Iterable[Problem], warnings: Iterable[Problem], lazy: bool = False) -> dict[str, Any]:
    """The "rejected" and "warnings" of an import's --json object; ``lazy``: as generators (for
    :func:`nsdesk.commands._common.print_json`, which writes them item by item)."""
    rej = ({"row": p.row, "column": p.column, "reason": p.reason, "message": p.message} for p in rejected)
    warn = ({"row": p.row, "column": p.column, "message": p.message} for p in warnings)
    return {"rejected": rej, "warnings": warn} if lazy else {"rejected": list(rej), "warnings": list(warn)}


class MappedSheet:
    """What the previews of both importers (enterprises; lượt and measurements) share: the header's
    columns with the field each is mapped to, and the problems grouped by row. The dataclass using
    it holds ``header``, ``mapping``, ``rejected``, ``warnings`` and ``rejected_rows``."""

    header: HeaderInfo
    mapping: dict[str, int]
    rejected: Sequence[Problem]
    warnings: list[Problem]
    rejected_rows: Sequence[RejectedRow]

    @property
    def columns(self) -> tuple[Column, ...]:
        """The header's columns with the field each is mapped to (after the user's corrections)."""
        by_index = {i: f for f, i in self.mapping.items()}
        return tuple(Column(c.index, c.letter, c.header, by_index.get(c.index)) for c in self.header.columns)

    @property
    def header_row(self) -> int:
        """Sheet row number (1-based) of the header."""
        return self.header.first_row + 1

    def problems_by_row(self) -> dict[int, list[Problem]]:
        out: dict[int, list[Problem]] = {}
        for p in sorted([*self.rejected, *self.warnings], key=lambda p: (p.row, p.reason is None)):
            out.setdefault(p.row, []).append(p)
        return out


class SaveCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__(tr("import", "Đã hủy lưu các dòng bị từ chối; không có tệp nào được ghi."))


#: How often saving the rejected rows reports progress and looks at ``cancel`` (rows).
SAVE_STEP = 5000


def save_rejected(pv: MappedSheet, path: str | Path, progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> int:
    """Write the rejected rows as they were in the file, plus a "Lỗi" column (whole or not at all);
    returns the row count. ``progress(done, total)`` every :data:`SAVE_STEP` rows; when ``cancel()``
    says so, :class:`SaveCancelled` and nothing is written."""
    header = [c.header or c.letter for c in pv.header.columns]
    total = len(pv.rejected_rows)

    def rows() -> Iterator[tuple[list[CellValue | None], str]]:
        for done, (_row, cells, msgs) in enumerate(pv.rejected_rows, 1):
            yield cells, "; ".join(msgs)
            if done % SAVE_STEP == 0:
                if cancel is not None and cancel():
                    raise SaveCancelled()
                if progress is not None:
                    progress(done, total)

    text_cols = [pv.mapping["tax_code"]] if "tax_code" in pv.mapping else []
    with atomic_output(check_output_path(path)) as tmp:
        n = write_rejected(tmp, header, rows(), text_columns=text_cols)
    if progress is not None:
        progress(total, total)
    return n
