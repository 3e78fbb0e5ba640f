"""Enterprise register queries: accent-insensitive word-prefix search, filters, sorting, paging.

Search text is folded (lower case, no accents, đ → d) and split into words; every word must
start a word of the enterprise's name, tax code, address or commune ("dak c" finds "Đăk Cấm",
"0312" finds tax codes starting so). It is served by an index — FTS5 on SQLite, a GIN
full-text index on PostgreSQL (migration 0002) — never by scanning every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import Select, and_, exists, func, literal_column, select, text
from sqlalchemy.orm import Session, aliased

from ..models import AdminUnit, Enterprise, Support, SupportTool
from .text import fold

_WORD = re.compile(r"[0-9a-z]+")

SORT_KEYS = ("name", "tax_code", "kind", "sector", "commune", "employees", "size_class", "modified")


@dataclass(frozen=True)
class EnterpriseQuery:
    """What the register shows: search text, filters, and the sort order."""

    text: str = ""
    kind: str | None = None
    size_class: str | None = None
    sector: str | None = None  # a VSIC section letter or a two-digit division
    commune_code: str | None = None
    tool_id: int | None = None  # adopted in a support that was not cancelled
    in_pilot: bool | None = None  # has a non-cancelled support within a pilot project
    archived: bool | None = False  # False: active only; True: archived only; None: both
    sort: str = "name"
    descending: bool = False

    def with_text(self, value: str) -> EnterpriseQuery:
        return replace(self, text=value)


def search_words(value: str) -> list[str]:
    return _WORD.findall(fold(value))


def _fts_condition(session: Session, words: list[str]):
    if session.get_bind().dialect.name == "sqlite":
        match = " AND ".join(f'"{w}"*' for w in words)
        return Enterprise.id.in_(
            select(literal_column("rowid")).select_from(text("enterprises_fts")).where(
                text("enterprises_fts MATCH :match").bindparams(match=match)
            )
        )
    query = " & ".join(f"{w}:*" for w in words)
    return func.to_tsvector("simple", Enterprise.search_folded).op("@@")(func.to_tsquery("simple", query))


def _conditions(session: Session, q: EnterpriseQuery) -> list:
    conds = []
    words = search_words(q.text)
    if words:
        conds.append(_fts_condition(session, words))
    if q.kind:
        conds.append(Enterprise.kind == q.kind)
    if q.size_class:
        conds.append(Enterprise.size_class == q.size_class)
    if q.sector:
        if q.sector.isalpha():  # a section: its divisions
            from ..models import Sector

            conds.append(
                Enterprise.sector_code.in_(
                    select(Sector.code).where((Sector.parent_code == q.sector) | (Sector.code == q.sector))
                )
            )
        else:
            conds.append(Enterprise.sector_code == q.sector)
    if q.commune_code:
        conds.append(Enterprise.commune_code == q.commune_code)
    if q.tool_id is not None:
        conds.append(
            exists().where(
                Support.enterprise_id == Enterprise.id,
                Support.status != "cancelled",
                SupportTool.support_id == Support.id,
                SupportTool.tool_id == q.tool_id,
            )
        )
    if q.in_pilot is not None:
        pilot = exists().where(
            Support.enterprise_id == Enterprise.id, Support.project_id.is_not(None), Support.status != "cancelled"
        )
        conds.append(pilot if q.in_pilot else ~pilot)
    if q.archived is not None:
        conds.append(Enterprise.archived == q.archived)
    return conds


Commune = aliased(AdminUnit, name="commune")

COLUMNS = (
    Enterprise.id,
    Enterprise.uuid,
    Enterprise.tax_code,
    Enterprise.name,
    Enterprise.kind,
    Enterprise.sector_code,
    Commune.name.label("commune"),
    Enterprise.employees,
    Enterprise.size_class,
    Enterprise.archived,
)


def _order(q: EnterpriseQuery):
    key = _sort_column(q)
    keys = [key.desc() if q.descending else key.asc()]
    keys.append(Enterprise.id.desc() if q.descending else Enterprise.id.asc())  # stable order
    return keys


def _sort_column(q: EnterpriseQuery):
    return {
        "name": Enterprise.name_folded,
        "tax_code": Enterprise.tax_code,
        "kind": Enterprise.kind,
        "sector": Enterprise.sector_code,
        "commune": Commune.name_folded,
        "employees": Enterprise.employees,
        "size_class": Enterprise.size_class,
        "modified": Enterprise.modified_at,
    }.get(q.sort, Enterprise.name_folded)


def _filtered_ids(session: Session, q: EnterpriseQuery) -> Select:
    """Matching ids in display order: narrow rows, so sorting many matches stays cheap."""
    stmt = select(Enterprise.id)
    if q.sort == "commune":
        stmt = stmt.outerjoin(Commune, Commune.code == Enterprise.commune_code)
    conds = _conditions(session, q)
    if conds:
        stmt = stmt.where(and_(*conds))
    return stmt.order_by(*_order(q))


def select_rows(session: Session, q: EnterpriseQuery, offset: int = 0, limit: int | None = None) -> Select:
    if not search_words(q.text) and q.sort != "commune":
        # No search words: an index (e.g. archived, name_folded, id) already yields display
        # order, so a flat query reads one page and nothing else.
        stmt = select(*COLUMNS).outerjoin(Commune, Commune.code == Enterprise.commune_code)
        conds = _conditions(session, q)
        if conds:
            stmt = stmt.where(and_(*conds))
        stmt = stmt.order_by(*_order(q)).offset(offset)
        return stmt.limit(limit) if limit is not None else stmt
    # Search words: sort the narrow matching ids first, then fetch the page's wide rows.
    inner = _filtered_ids(session, q).offset(offset)
    if limit is not None:
        inner = inner.limit(limit)
    wanted = inner.subquery("wanted")
    stmt = (
        select(*COLUMNS)
        .join(wanted, wanted.c.id == Enterprise.id)
        .outerjoin(Commune, Commune.code == Enterprise.commune_code)
    )
    return stmt.order_by(*_order(q))


def count(session: Session, q: EnterpriseQuery) -> int:
    stmt = select(func.count()).select_from(Enterprise)
    conds = _conditions(session, q)
    if conds:
        stmt = stmt.where(and_(*conds))
    return session.scalar(stmt) or 0


def page(session: Session, q: EnterpriseQuery, offset: int = 0, limit: int = 200) -> list:
    return list(session.execute(select_rows(session, q, offset, limit)))


def ids(session: Session, q: EnterpriseQuery) -> list[int]:
    return list(session.scalars(_filtered_ids(session, q)))


def rows_by_id(session: Session, wanted: list[int]) -> dict[int, object]:
    if not wanted:
        return {}
    stmt = select(*COLUMNS).outerjoin(Commune, Commune.code == Enterprise.commune_code).where(
        Enterprise.id.in_(wanted)
    )
    return {row.id: row for row in session.execute(stmt)}
