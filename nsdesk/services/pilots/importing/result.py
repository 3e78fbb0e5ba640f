"""What reading a sheet of lượt or measurements found (:class:`SheetImport`) and what applying it
did (:class:`SheetResult`, with the JSON shape of the register import's)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.services.common.packed import PackedList
from nsdesk.services.pilots.importing.columns import LABELS
from nsdesk.services.pilots.importing.wide import WideColumn
from nsdesk.services.register.importing.columns import HeaderInfo
from nsdesk.services.register.importing.problems import (
    MappedSheet,
    Problem,
    RejectedRow,
    problem_list,
    problems_json,
    rejected_row_list,
)
from nsdesk.xlsx import SheetData, SheetStream

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event | None


class StreamedSheet(SheetData):
    """A sheet read row by row from its file: ``rows`` holds only its first rows (the header and a
    sample for the wizard). ``stream``: the file still open after those rows were read (its rows
    are read once from there, then it is closed); reading the sheet again re-opens the file."""

    stream: SheetStream | None = None


@dataclass
class SheetImport(MappedSheet):
    """What a sheet of lượt or measurements holds and what importing it would do. Nothing written.

    ``items``: the valid rows by identity (a later row with the same identity replaces an earlier
    one), each a compact tuple of its values (``kinds``) — not the rows' dicts.
    """

    kind: str  # supports | measurements
    sheet: SheetData
    header: HeaderInfo
    mapping: dict[str, int]
    items: dict[tuple[Any, ...], tuple[Any, ...]] = field(default_factory=dict)
    rejected: PackedList[Problem] = field(default_factory=problem_list)  # held compressed when there are many
    warnings: list[Problem] = field(default_factory=list)
    rejected_rows: PackedList[RejectedRow] = field(default_factory=rejected_row_list)
    merged_duplicate_rows: list[int] = field(default_factory=list)
    missing_fields: list[str] = field(default_factory=list)
    column_names: dict[str, str] = field(default_factory=dict)
    wide: list[WideColumn] = field(default_factory=list)  # a wide sheet of measurements: its metric columns
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def check_mapping(self) -> None:
        if self.missing_fields:
            cols = ", ".join(LABELS[f] for f in self.missing_fields)
            raise InputError(
                tr("import", "Trang \"{sheet}\" thiếu cột {cols}.").format(sheet=self.sheet.name, cols=cols),
                hint=tr("import", "Dùng tệp mẫu (nút \"Tải mẫu\") hoặc chọn cột khi xem trước."))


@dataclass
class SheetResult:
    kind: str
    created: int
    updated: int
    unchanged: int
    merged_duplicate_rows: list[int]
    rejected: Sequence[Problem]  # shared with the preview: never changed once read
    warnings: list[Problem]
    written: bool
    backup: Path | None = None
    batch: str | None = None

    def to_json(self, lazy: bool = False) -> dict[str, Any]:
        """The CLI's --json object, shaped like the register import's; ``lazy``: long lists as generators."""
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                **problems_json(self.rejected, self.warnings, lazy)}
