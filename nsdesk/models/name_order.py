"""The register's name-order key: one integer per enterprise that follows (name_sort, id).

Why it exists: the register lists search matches in name order, one page of 200 at a time.
SQLite's FTS5 index yields matches in its rowid order and can stop after the first page, so with
the FTS rowid *being* the name order (``content_rowid='name_key'``, migration 0004) a keystroke
reads about one page of index entries whatever the size of the register, instead of collecting
every match's id and sorting them all.

Keys are spaced :data:`GAP` apart. A new or renamed enterprise takes a key between its two
neighbours; when two neighbours have no room left between them (about 32 insertions at the very
same place) every key is renumbered, which is rare and costs one pass over the table.

``name_sort`` is the name's Vietnamese collation key (``text.sort_key``: Đ after D, tones in
dictionary order); keys compare by code point (SQLite's BINARY collation, PostgreSQL's "C"), the
same order Python uses for strings. A new enterprise comes after existing ones with the same name,
because its id will be larger. Sorting the register by name is ordering by ``name_key``.

Every write path keeps the key: ORM inserts and renames through the ``before_flush`` hook below,
bulk Core inserts and updates by setting ``name_sort`` (``text.sort_key`` of the name) and calling
:func:`place` on their row dicts before writing.
"""

from __future__ import annotations

from bisect import bisect_left
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import ColumnElement, bindparam, event, inspect, select, text, tuple_, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from nsdesk.models.collation import sort_key
from nsdesk.models.enterprise import Enterprise

GAP = 1 << 32
FEW = 64  # batches up to this size look up their neighbours; larger ones read the whole order once
_NEW = 1 << 62  # sorts new rows (no id yet) after every existing id

#: An enterprise being placed: (name_sort, id or a stand-in after every id, position in the batch).
_Entry = tuple[str, int, int]


def _name(session: Session) -> ColumnElement[str] | InstrumentedAttribute[str]:
    col = Enterprise.name_sort
    return col.collate("C") if session.get_bind().dialect.name == "postgresql" else col


def place(session: Session, rows: list[dict[str, Any]]) -> None:
    """Set ``row["name_key"]`` for each row so that key order follows (name_sort, id).

    ``rows`` are dicts with ``name_sort`` and, for an existing enterprise being renamed, its
    ``id`` (its current key is then ignored). Rows without an id are about to be inserted, in
    list order. The caller writes the rows afterwards; other enterprises may be renumbered here.
    """
    if not rows:
        return
    entries = sorted(
        ((r["name_sort"] or "", r["id"] if r.get("id") is not None else _NEW + i, i) for i, r in enumerate(rows))
    )
    moving = {r["id"] for r in rows if r.get("id") is not None}
    sqlite = session.get_bind().dialect.name == "sqlite"
    if len(rows) <= FEW and sqlite:
        existing = _neighbours(session, entries, moving)
    elif sqlite and not moving:  # a large batch of new rows: two index seeks per distinct name
        existing = _neighbours_of_new(session, entries)
    else:
        existing = _whole_order(session, moving)
    # The keys renamed rows hold now: rows are written one after another, so no new key may be
    # one of them (two renamed enterprises trading places would collide half-way).
    keys = _fit(entries, existing, _current_keys(session, moving))
    if keys is None:
        keys = _renumber(session, entries, moving)
    for i, key in keys.items():
        rows[i]["name_key"] = key


def _neighbours(session: Session, entries: list[_Entry], moving: set[int]) -> list[tuple[str, int, int]]:
    """The existing rows just before and just after each entry: (name_sort, id, key), sorted."""
    name, ident = _name(session), Enterprise.id
    found: dict[int, tuple[str, int, int]] = {}
    base = select(Enterprise.name_sort, ident, Enterprise.name_key)
    if moving:
        base = base.where(ident.not_in(moving))
    for nf, i, _pos in entries:
        here = tuple_(name, ident)
        before = base.where(here < tuple_(nf, i)).order_by(name.desc(), ident.desc()).limit(1)
        after = base.where(here > tuple_(nf, i)).order_by(name, ident).limit(1)
        for stmt in (before, after):
            row = session.execute(stmt).first()
            if row is not None:
                found[row[1]] = (row[0], row[1], row[2])
    return sorted(found.values())


_BEFORE = ("SELECT name_sort, id, name_key FROM enterprises WHERE name_sort <= ? "
           "ORDER BY name_sort DESC, id DESC LIMIT 1")
_AFTER = "SELECT name_sort, id, name_key FROM enterprises WHERE name_sort > ? ORDER BY name_sort, id LIMIT 1"


def _neighbours_of_new(session: Session, entries: list[_Entry]) -> list[tuple[str, int, int]]:
    """For rows about to be inserted (their ids come after every existing id): the existing rows
    just before and after each distinct name, read with the (name_sort, id) index on SQLite.
    Reading the whole order instead costs about a second at 100,000 enterprises."""
    found: set[tuple[str, int, int]] = set()
    cursor = session.connection().connection.cursor()
    try:
        for ns in {e[0] for e in entries}:
            for sql in (_BEFORE, _AFTER):
                row = cursor.execute(sql, (ns,)).fetchone()
                if row is not None:
                    found.add((row[0], row[1], row[2]))
    finally:
        cursor.close()
    return sorted(found)


def _whole_order(session: Session, moving: set[int]) -> list[tuple[str, int, int]]:
    name, ident = _name(session), Enterprise.id
    stmt = select(Enterprise.name_sort, ident, Enterprise.name_key).order_by(name, ident)
    return [(nf, i, k) for nf, i, k in session.execute(stmt) if i not in moving]


def _current_keys(session: Session, ids: set[int]) -> set[int]:
    found: set[int] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        found.update(session.scalars(select(Enterprise.name_key).where(Enterprise.id.in_(ordered[start:start + 500]))))
    return found


def _free(key: int, low: int, high: int, taken: set[int]) -> int | None:
    """``key`` or the nearest value strictly between ``low`` and ``high`` that is not taken."""
    for step in range(64):
        for candidate in (key + step, key - step):
            if low < candidate < high and candidate not in taken:
                return candidate
    return None


def _fit(entries: list[_Entry], existing: list[tuple[str, int, int]],
         occupied: set[int] | frozenset[int] = frozenset()) -> dict[int, int] | None:
    """Keys for the entries between their existing neighbours, or None when some gap is too small.

    No key is one of ``occupied`` (the current keys of the rows being renamed)."""
    order = [(nf, i) for nf, i, _k in existing]
    runs: dict[int, list[int]] = {}  # index of the next existing row → positions of entries before it
    for nf, i, pos in entries:
        runs.setdefault(bisect_left(order, (nf, i)), []).append(pos)
    keys: dict[int, int] = {}
    for at, positions in runs.items():
        low = existing[at - 1][2] if at > 0 else 0
        count = len(positions)
        high = existing[at][2] if at < len(existing) else low + GAP * (count + 1)
        if high - low <= count:
            return None
        taken = set(occupied)
        previous = low
        for n, pos in enumerate(positions, start=1):
            key = _free(low + (high - low) * n // (count + 1), previous, high, taken)
            if key is None:
                return None
            keys[pos] = previous = key
            taken.add(key)
    return keys


def _renumber(session: Session, entries: list[_Entry], moving: set[int]) -> dict[int, int]:
    """Give every enterprise a fresh key GAP apart; returns the keys of the entries."""
    existing = _whole_order(session, moving)
    merged: list[tuple[str, int, tuple[str, int, int | None]]] = sorted([(nf, i, ("old", i, k)) for nf, i, k in existing] + [(nf, i, ("new", pos, None))
                                                                        for nf, i, pos in entries])
    keys: dict[int, int] = {}
    changed: list[dict[str, int]] = []
    for n, (_nf, _i, (what, ref, old_key)) in enumerate(merged, start=1):
        key = n * GAP
        if what == "new":
            keys[ref] = key
        elif key != old_key:
            changed.append({"_id": ref, "_key": key})
    table = Enterprise.__table__
    stmt = update(table).where(table.c.id == bindparam("_id")).values(name_key=bindparam("_key"))
    with _search_index_paused(session):
        # Two passes through negative keys: no two rows ever hold the same key on the way.
        parked = [{"_id": i, "_key": -(n + 1)} for n, i in enumerate(sorted(moving))]
        parked += [{"_id": c["_id"], "_key": -c["_key"]} for c in changed]
        if parked:
            session.execute(stmt, parked)
        if changed:
            session.execute(stmt, changed)
    return keys


class _search_index_paused:
    """On SQLite, drop the FTS update trigger while keys are rewritten, then rebuild the index once."""

    def __init__(self, session: Session):
        self.session = session
        self.saved: list[tuple[str, str]] = []

    def __enter__(self) -> _search_index_paused:
        s = self.session
        if s.get_bind().dialect.name != "sqlite":
            return self
        self.saved = [
            (str(name), str(sql)) for name, sql in s.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'enterprises' "
                "AND sql LIKE '%AFTER UPDATE%'")).all()
        ]
        for name, _sql in self.saved:
            s.execute(text(f'DROP TRIGGER "{name}"'))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        if exc_type is not None or not self.saved:
            return False  # the caller's rollback restores the triggers with everything else
        s = self.session
        if s.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'enterprises_fts'")).first():
            s.execute(text("INSERT INTO enterprises_fts(enterprises_fts) VALUES ('rebuild')"))
        for _name, sql in self.saved:
            s.execute(text(sql))
        return False


def check(session: Session) -> list[int]:
    """Ids of enterprises whose key is out of step with (name_sort, id) — empty when all is well."""
    name, ident = _name(session), Enterprise.id
    by_name = list(session.scalars(select(ident).order_by(name, ident)))
    by_key = list(session.scalars(select(ident).order_by(Enterprise.name_key)))
    missing = list(session.scalars(select(ident).where(Enterprise.name_key.is_(None))))
    return missing + [a for a, b in zip(by_name, by_key) if a != b]


@event.listens_for(Session, "before_flush")
def _keys_for_orm_writes(session: Session, _context: object, _instances: object) -> None:
    """Enterprises added or renamed through the ORM get their collation key and name-order key
    before they are written."""
    objs: list[Enterprise] = []
    rows: list[dict[str, Any]] = []
    added = [o for o in session.new if isinstance(o, Enterprise) and o.name_key is None]
    for obj in sorted(added, key=lambda o: inspect(o).insert_order or 0):  # the order the ORM inserts them
        obj.name_sort = sort_key(obj.name)
        objs.append(obj)
        rows.append({"name_sort": obj.name_sort})
    for obj in session.dirty:
        if isinstance(obj, Enterprise) and inspect(obj).attrs.name.history.has_changes():
            new_sort = sort_key(obj.name)
            if new_sort == obj.name_sort:
                continue
            obj.name_sort = new_sort
            objs.append(obj)
            rows.append({"id": obj.id, "name_sort": new_sort})
    if not rows:
        return
    with session.no_autoflush:
        place(session, rows)
    for obj, row in zip(objs, rows):
        obj.name_key = row["name_key"]
