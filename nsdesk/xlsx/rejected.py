"""The file of rejected rows an import writes: each row as it was, with what to fix."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from nsdesk.xlsx.table import write_table

REJECT_COLUMN = "Lỗi"


def write_rejected(path: str | Path, header: Sequence[str], rows: Iterable[tuple[Sequence[object], str]],
                   text_columns: Iterable[int] = ()) -> int:
    """The rejected rows as they were, with an extra "Lỗi" column saying what to fix."""
    header = list(header)
    width = len(header)

    def body() -> Iterator[list[object]]:
        for cells, error in rows:
            cells = list(cells)[:width] + [""] * max(0, width - len(cells))
            yield [c if not isinstance(c, float) or not c.is_integer() else int(c) for c in cells] + [error]

    return write_table(path, "Dòng bị từ chối", header + [REJECT_COLUMN], body(), text_columns=text_columns,
                       widths=[18] * width + [60])
