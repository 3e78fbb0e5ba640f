"""What an import says about its rows: a :class:`Problem` (a rejection or a warning of one row),
and :class:`MappedSheet`, what the previews of both importers share."""

from __future__ import annotations

from dataclasses import dataclass

from nsdesk.services.register.importing.columns import Column, HeaderInfo


@dataclass(frozen=True, slots=True)
class Problem:
    """One rejection (``reason`` set) or warning (``reason`` None) of one sheet row."""

    row: int  # sheet row number, 1-based
    column: str  # the column's header as written in the file
    reason: str | None  # tax_code | name | employees | email for rejections
    message: str
    field: str  # import field: tax_code, name, kind, commune, employees, revenue, email …


class MappedSheet:
    """What the previews of both importers (enterprises; lượt and measurements) share: the header's
    columns with the field each is mapped to, and the problems grouped by row. The dataclass using
    it holds ``header``, ``mapping``, ``rejected`` and ``warnings``."""

    header: HeaderInfo
    mapping: dict[str, int]
    rejected: list[Problem]
    warnings: list[Problem]

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
        for p in sorted(self.rejected + self.warnings, key=lambda p: (p.row, p.reason is None)):
            out.setdefault(p.row, []).append(p)
        return out
