"""Enterprise register queries: accent-insensitive word-prefix search, filters, sorting, paging.

Search text is folded (lower case, no accents, đ → d) and split into words; every word must
start a word of the enterprise's name, tax code, address or commune ("dak c" finds "Đăk Cấm",
"0312" finds tax codes starting so). A word is a run of letters and digits of the folded text
("001" finds the branch code 0312345670-001). It is served by an index — FTS5 on SQLite, a GIN
full-text index on PostgreSQL (migrations 0002, 0005) — never by scanning every row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    CursorResult,
    Row,
    Select,
    TextClause,
    UnaryExpression,
    and_,
    bindparam,
    column,
    exists,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session, aliased

from nsdesk.models import AdminUnit, Enterprise, Support, SupportTool
from nsdesk.services.common import counting
from nsdesk.services.common.text import _WORD  # noqa: F401 - the word pattern, for tests comparing the rule
from nsdesk.services.common.text import search_words as text_search_words

if TYPE_CHECKING:
    from typing import TypeAlias, Unpack

    #: A SELECT of any columns, and the rows it returns.
    _Statement: TypeAlias = Select[Unpack[tuple[Any, ...]]]
    _Rows: TypeAlias = CursorResult[Unpack[tuple[Any, ...]]]


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


def search_words(value: str) -> list[str]:
    return text_search_words(value)


_FTS = table("enterprises_fts", column("rowid"))
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

SORT_COLUMNS = {
    # The name-order key follows (name_sort, id): Vietnamese alphabetical order, one index.
    "name": Enterprise.name_key,
    "tax_code": Enterprise.tax_code,
    "kind": Enterprise.kind,
    "sector": Enterprise.sector_code,
    "commune": Commune.name_sort,  # Vietnamese order of the name without "Xã"/"Phường"
    "employees": Enterprise.employees,
    "size_class": Enterprise.size_class,
    "modified": Enterprise.modified_at,
}


# A query's *shape* (which filters are set, the sort, the backend) decides the SQL; its values are
# bound parameters. Statements are built once per shape and reused, so a keystroke costs one
# cached execution rather than building and compiling a new statement.
@dataclass(frozen=True)
class _Shape:
    dialect: str
    words: bool
    kind: bool
    size_class: bool
    sector: str | None  # "section" | "division" | None
    commune: bool
    tool: bool
    in_pilot: bool | None
    archived: bool
    sort: str
    descending: bool


def _shape_and_params(session: Session, q: EnterpriseQuery) -> tuple[_Shape, dict[str, Any]]:
    words = search_words(q.text)
    dialect = session.get_bind().dialect.name
    params: dict[str, Any] = {}
    if words:
        if dialect == "sqlite":
            params["match"] = " AND ".join(f'"{w}"*' for w in words)
        else:
            params["match"] = " & ".join(f"{w}:*" for w in words)
    sector = None
    if q.sector:
        sector = "section" if q.sector.isalpha() else "division"
        params["sector"] = q.sector
    for key, value in (("kind", q.kind), ("size_class", q.size_class), ("commune", q.commune_code),
                       ("tool", q.tool_id), ("archived", q.archived)):
        if value is not None and value != "":
            params[key] = value
    shape = _Shape(dialect, bool(words), "kind" in params, "size_class" in params, sector, "commune" in params,
                   "tool" in params, q.in_pilot, q.archived is not None,
                   q.sort if q.sort in SORT_COLUMNS else "name", q.descending)
    return shape, params


def _fts_match() -> TextClause:
    return text("enterprises_fts MATCH :match")


# PostgreSQL: the GIN index of migration 0005 covers the words of search_folded (its runs of
# [0-9a-z], as FTS5 sees them). Written out as the indexed expression, literals included, so that
# every plan (generic plans of prepared statements too) can use the index.
_PG_WORDS: ColumnClause[Any] = literal_column(
    "to_tsvector('simple', regexp_replace(enterprises.search_folded, '[^0-9a-z]+', ' ', 'g'))"
)


def _conditions(shape: _Shape, *, with_words: bool = True) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if shape.words and with_words:
        if shape.dialect == "sqlite":
            # The FTS rowid is the enterprise's name-order key (migration 0004).
            conds.append(Enterprise.name_key.in_(select(_FTS.c.rowid).where(_fts_match())))
        else:
            conds.append(_PG_WORDS.op("@@")(func.to_tsquery("simple", bindparam("match"))))
    if shape.kind:
        conds.append(Enterprise.kind == bindparam("kind"))
    if shape.size_class:
        conds.append(Enterprise.size_class == bindparam("size_class"))
    if shape.sector == "section":  # a section: its divisions
        from nsdesk.models import Sector

        conds.append(Enterprise.sector_code.in_(
            select(Sector.code).where((Sector.parent_code == bindparam("sector")) | (Sector.code == bindparam("sector")))
        ))
    elif shape.sector == "division":
        conds.append(Enterprise.sector_code == bindparam("sector"))
    if shape.commune:
        conds.append(Enterprise.commune_code == bindparam("commune"))
    if shape.tool:
        conds.append(
            exists().where(
                Support.enterprise_id == Enterprise.id,
                counting.live_supports(),
                SupportTool.support_id == Support.id,
                SupportTool.tool_id == bindparam("tool"),
            )
        )
    if shape.in_pilot is not None:
        pilot = exists().where(
            Support.enterprise_id == Enterprise.id, Support.project_id.is_not(None), counting.live_supports()
        )
        conds.append(pilot if shape.in_pilot else ~pilot)
    if shape.archived:
        conds.append(Enterprise.archived == bindparam("archived"))
    return conds


def _order(shape: _Shape) -> list[UnaryExpression[Any]]:
    key = SORT_COLUMNS[shape.sort]
    keys: list[UnaryExpression[Any]] = [key.desc() if shape.descending else key.asc()]
    if shape.sort != "name":  # name_key is unique already
        keys.append(Enterprise.id.desc() if shape.descending else Enterprise.id.asc())  # stable order
    return keys


def _paged(stmt: _Statement) -> _Statement:
    return stmt.offset(bindparam("offset")).limit(bindparam("limit"))


def _pg_matches(shape: _Shape) -> _Statement:
    """PostgreSQL: every match from the GIN index, then sorted. The match set is a materialized
    CTE so that the planner cannot turn it into a walk along a name index that computes the
    tsvector of row after row (seconds at 100,000 rows when the matches come late in name order,
    e.g. "hop" matching the Hợp tác xã names)."""
    key = SORT_COLUMNS[shape.sort]
    found = select(Enterprise.id, key.label("sort_key"))
    if shape.sort == "commune":
        found = found.outerjoin(Commune, Commune.code == Enterprise.commune_code)
    matches = found.where(and_(*_conditions(shape))).cte("matches").prefix_with("MATERIALIZED")
    keys = (matches.c.sort_key, matches.c.id)
    return select(matches.c.id).order_by(*(k.desc() if shape.descending else k.asc() for k in keys))


def _filtered_ids(shape: _Shape) -> _Statement:
    """Matching ids in display order: narrow rows, so sorting many matches stays cheap."""
    if shape.words and shape.dialect == "postgresql":
        return _pg_matches(shape)
    stmt = select(Enterprise.id)
    if shape.sort == "commune":
        stmt = stmt.outerjoin(Commune, Commune.code == Enterprise.commune_code)
    conds = _conditions(shape)
    if conds:
        stmt = stmt.where(and_(*conds))
    return stmt.order_by(*_order(shape))


@lru_cache(maxsize=256)
def _page_statement(shape: _Shape) -> _Statement:
    if shape.words and shape.sort == "name" and shape.dialect == "sqlite":
        # FTS5 yields matches in name-key order and stops after the page: a keystroke reads
        # about one page of the index whatever the size of the register.
        key = _FTS.c.rowid.desc() if shape.descending else _FTS.c.rowid.asc()
        return _paged(
            select(*COLUMNS)
            .select_from(_FTS)
            .join(Enterprise, Enterprise.name_key == _FTS.c.rowid)
            .outerjoin(Commune, Commune.code == Enterprise.commune_code)
            .where(_fts_match(), *_conditions(shape, with_words=False))
            .order_by(key)
        )
    if not shape.words and shape.sort != "commune":
        # No search words: an index (e.g. archived, name_key) already yields display
        # order, so a flat query reads one page and nothing else.
        stmt = select(*COLUMNS).outerjoin(Commune, Commune.code == Enterprise.commune_code)
        conds = _conditions(shape)
        if conds:
            stmt = stmt.where(and_(*conds))
        return _paged(stmt.order_by(*_order(shape)))
    # Otherwise sort the narrow matching ids first, then fetch the page's wide rows.
    wanted = _paged(_filtered_ids(shape)).subquery("wanted")
    stmt = (
        select(*COLUMNS)
        .join(wanted, wanted.c.id == Enterprise.id)
        .outerjoin(Commune, Commune.code == Enterprise.commune_code)
    )
    return stmt.order_by(*_order(shape))


@lru_cache(maxsize=256)
def _count_statement(shape: _Shape) -> _Statement:
    stmt = select(func.count()).select_from(Enterprise)
    conds = _conditions(shape)
    return stmt.where(and_(*conds)) if conds else stmt


@lru_cache(maxsize=256)
def _ids_statement(shape: _Shape) -> _Statement:
    return _filtered_ids(shape)


# PostgreSQL: a GIN index cannot yield its matches in name order, so sorting every match of a
# short prefix ("d": 80% of the register) costs tens of milliseconds at 100,000 rows. A page that
# lies within the first WALK_BUDGET enterprises in name order is read by walking that much of the
# name index and checking each row's words instead; when the walk does not fill the page (the
# matches come later in name order, or there are fewer), the GIN index answers as before.
WALK_BUDGET = 2000


def _walks(shape: _Shape) -> bool:
    """Only the typing case: search words in name order with no filter but "archived", so the
    walk is one range of the (archived, name_key) index."""
    return (shape.dialect == "postgresql" and shape.words and shape.sort == "name"
            and not (shape.kind or shape.size_class or shape.sector or shape.commune or shape.tool)
            and shape.in_pilot is None)


@lru_cache(maxsize=64)
def _walk_statement(shape: _Shape) -> _Statement:
    walked = select(Enterprise.id, Enterprise.name_key, Enterprise.search_folded)
    conds = _conditions(shape, with_words=False)
    if conds:
        walked = walked.where(and_(*conds))
    walked_rows = walked.order_by(*_order(shape)).limit(bindparam("walk")).subquery("walked")
    # Every search word starts a run of [0-9a-z] of the folded text: what the GIN index matches
    # (the words are such runs themselves, so they need no escaping in LIKE or a regexp).
    words = text("walked.search_folded LIKE ALL (:likes) AND walked.search_folded ~ ALL (:starts)")
    name = walked_rows.c.name_key
    keys = (name.desc(),) if shape.descending else (name.asc(),)
    return _paged(
        select(*COLUMNS)
        .select_from(walked_rows)
        .join(Enterprise, Enterprise.id == walked_rows.c.id)
        .outerjoin(Commune, Commune.code == Enterprise.commune_code)
        .where(words)
        .order_by(*keys)
    )


def _walk_params(q: EnterpriseQuery) -> dict[str, list[str]]:
    words = search_words(q.text)
    return {"likes": [f"%{w}%" for w in words], "starts": [f"(^|[^0-9a-z]){w}" for w in words]}


_NO_LIMIT = -1  # SQLite's "no limit"; PostgreSQL takes NULL


def select_rows(session: Session, q: EnterpriseQuery, offset: int = 0, limit: int | None = None) -> _Statement:
    """The page's statement with its values bound (for inspection, e.g. EXPLAIN)."""
    shape, params = _shape_and_params(session, q)
    return _page_statement(shape).params(**params, offset=offset, limit=_limit(shape, limit))


def _limit(shape: _Shape, limit: int | None) -> int | None:
    if limit is not None:
        return limit
    return _NO_LIMIT if shape.dialect == "sqlite" else None


def _run(session: Session, stmt: _Statement, params: dict[str, Any]) -> _Rows:
    session.flush()  # the caller's pending ORM changes are part of what it searches
    return session.connection().execute(stmt, params)


def count(session: Session, q: EnterpriseQuery) -> int:
    shape, params = _shape_and_params(session, q)
    return _run(session, _count_statement(shape), params).scalar() or 0


def page(session: Session, q: EnterpriseQuery, offset: int = 0, limit: int = 200) -> list[Row[Unpack[tuple[Any, ...]]]]:
    shape, params = _shape_and_params(session, q)
    params.update(offset=offset, limit=_limit(shape, limit))
    if limit and _walks(shape) and offset + limit <= WALK_BUDGET:
        rows = list(_run(session, _walk_statement(shape), params | _walk_params(q) | {"walk": WALK_BUDGET}))
        if len(rows) == limit:  # a full page from the walk: every later match sorts after it
            return rows
    return list(_run(session, _page_statement(shape), params))


def ids(session: Session, q: EnterpriseQuery) -> list[int]:
    shape, params = _shape_and_params(session, q)
    return list(_run(session, _ids_statement(shape), params).scalars())


