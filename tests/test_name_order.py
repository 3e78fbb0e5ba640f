"""The name-order key: whatever writes the register, key order equals (Vietnamese collation key of
the name, id) order, so a search's first page (which the FTS index streams in key order) is the
right one, and the register lists names as a dictionary does (Đ after D, tones in order)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text
from stdnum.vn import mst

from nsdesk.models import Enterprise, name_order
from nsdesk.services.common import schema
from nsdesk.services.common.text import fold, sort_key
from nsdesk.services.register import enterprises, search
from nsdesk.services.register.importing import pipeline as importer
from nsdesk.services.register.search import EnterpriseQuery as Q


def valid_code(n: int) -> str:
    """A valid 10-digit tax code, different for each n (the check digit is skipped when it is 10)."""
    for prefix in range(43, 99):
        body = f"{prefix}{n:07d}"
        code = body + mst.calc_check_digit(body)
        if mst.is_valid(code):
            return code
    raise AssertionError(n)


def _assert_in_order(session) -> None:
    assert name_order.check(session) == []
    if session.get_bind().dialect.name == "sqlite":  # the FTS index agrees with its content table
        session.execute(text("INSERT INTO enterprises_fts(enterprises_fts, rank) VALUES ('integrity-check', 1)"))


def _create(session, name: str, n: int) -> Enterprise:
    return enterprises.create(session, {"name": name, "tax_code": valid_code(n), "kind": "llc"})


def test_forms_and_renames_keep_name_order(session):
    names = ["Công ty TNHH Bình Minh", "Hợp tác xã Sao Mai", "Công ty Cổ phần An Phú", "Công ty TNHH Bình Minh",
             "Doanh nghiệp tư nhân Đức Thành", "Công ty TNHH An", "Hộ kinh doanh Trần Văn Cấm"]
    made = [_create(session, name, i + 1) for i, name in enumerate(names)]
    session.commit()
    _assert_in_order(session)
    enterprises.update(session, made[1], {"name": "Công ty TNHH Ánh Dương"})  # moves from the H… to the C… block
    enterprises.update(session, made[0], {"name": "Xưởng Zeta"})  # to the very end
    session.commit()
    _assert_in_order(session)
    shown = [r.name for r in search.page(session, Q(text="cong ty"))]
    assert shown == sorted(shown, key=sort_key)
    assert "Công ty TNHH Ánh Dương" in shown and "Xưởng Zeta" not in shown


def test_keys_run_out_between_two_names_then_everything_is_renumbered(session):
    _create(session, "Công ty A", 1)
    b = _create(session, "Công ty B", 2)
    session.commit()
    b_key = b.name_key
    # Each new name sorts just before "Công ty B", halving the same gap every time.
    for i in range(40):
        _create(session, "Công ty A" + "z" * (i + 1), 10 + i)
    session.commit()
    _assert_in_order(session)
    # 40 halvings of one gap are more than GAP allows: every key was renumbered on the way.
    session.refresh(b)
    assert b.name_key != b_key and b.name_key > 2 * name_order.GAP
    assert len(set(session.scalars(select(Enterprise.name_key)))) == 42
    assert search.count(session, Q(text="cong ty")) == 42
    first = [r.name for r in search.page(session, Q(text="cong ty"), 0, 5)]
    assert first == ["Công ty A", "Công ty Az", "Công ty Azz", "Công ty Azzz", "Công ty Azzzz"]


def _sheet(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Mã số thuế", "Tên doanh nghiệp", "Loại hình"])
    for i, (code, name) in enumerate(rows, start=1):
        ws.append([i, code, name, "Công ty TNHH"])
    wb.save(path)


@pytest.mark.parametrize("count", [12, 600])  # row-by-row placement, and the bulk path (≥ 500 new rows)
def test_imports_keep_name_order(session, tmp_path, count):
    _create(session, "Công ty TNHH Mốc Giữa", 99_001)
    session.commit()
    rows = [(valid_code(1000 + i), f"Công ty TNHH Số {(i * 7919) % count:04d}") for i in range(count)]
    _sheet(tmp_path / "a.xlsx", rows)
    importer.import_file(session, tmp_path / "a.xlsx", backup=False)
    session.commit()
    _assert_in_order(session)
    # Re-import with some names changed: renamed enterprises move to their new place.
    renamed = [(code, name.replace("Số", "Hạng") if i % 3 == 0 else name) for i, (code, name) in enumerate(rows)]
    _sheet(tmp_path / "b.xlsx", renamed)
    result = importer.import_file(session, tmp_path / "b.xlsx", backup=False)
    session.commit()
    assert result.updated == len(range(0, count, 3))
    _assert_in_order(session)
    shown = [r.name for r in search.page(session, Q(text="cong ty tnhh"), 0, 50)]
    everyone = [name for _c, name in renamed] + ["Công ty TNHH Mốc Giữa"]
    assert shown == sorted(everyone, key=sort_key)[:50]


# What a dictionary says: tones in order (none, huyền, hỏi, ngã, sắc, nặng), Đ after every D,
# lower case before upper case — an accent-free fold ties most of these.
IN_VIETNAMESE_ORDER = [
    "Cơ sở Ba", "Cơ sở Bà", "Cơ sở Bả", "Cơ sở Bã", "Cơ sở Bá", "Cơ sở Bạ", "Cơ sở Bắc", "Cơ sở Dứa",
    "Cơ sở Dương", "Cơ sở đa", "Cơ sở Đa", "Cơ sở Đà", "Cơ sở Đào", "Cơ sở Ê Đê",
]


def _shuffled() -> list[str]:
    import random

    names = IN_VIETNAMESE_ORDER[:]
    random.Random(7).shuffle(names)
    return names


def test_register_lists_names_in_vietnamese_order(session, tmp_path):
    """Forms, import and renames: the register's name order (plain list, search, both directions)
    is the dictionary's, on each backend."""
    half = len(IN_VIETNAMESE_ORDER) // 2
    names = _shuffled()
    for i, name in enumerate(names[:half]):
        _create(session, name, 500 + i)
    session.commit()
    _sheet(tmp_path / "v.xlsx", [(valid_code(600 + i), name) for i, name in enumerate(names[half:])])
    importer.import_file(session, tmp_path / "v.xlsx", backup=False)
    session.commit()
    _assert_in_order(session)
    for q in (Q(), Q(text="co so")):
        assert [r.name for r in search.page(session, q)] == IN_VIETNAMESE_ORDER
        assert [r.name for r in search.page(session, Q(text=q.text, descending=True))] == IN_VIETNAMESE_ORDER[::-1]
        assert [r.name for r in search.page(session, q, 3, 4)] == IN_VIETNAMESE_ORDER[3:7]
    # A rename moves the enterprise to its new place: "Bạ" → "Dưa" goes just before "Dứa".
    ba = session.scalars(select(Enterprise).where(Enterprise.name == "Cơ sở Bạ")).one()
    enterprises.update(session, ba, {"name": "Cơ sở Dưa"})
    session.commit()
    _assert_in_order(session)
    expected = sorted([n for n in IN_VIETNAMESE_ORDER if n != "Cơ sở Bạ"] + ["Cơ sở Dưa"], key=sort_key)
    assert expected.index("Cơ sở Dưa") + 1 == expected.index("Cơ sở Dứa") < expected.index("Cơ sở Dương")
    assert [r.name for r in search.page(session, Q(text="co so"))] == expected
    assert [r.name for r in search.page(session, Q())] == expected


def test_deleting_keeps_the_index_in_step(session):
    made = [_create(session, f"Hợp tác xã Số {i}", i + 1) for i in range(5)]
    session.commit()
    session.delete(made[2])
    session.commit()
    _assert_in_order(session)
    assert [r.name for r in search.page(session, Q(text="hop tac"))] == [
        "Hợp tác xã Số 0", "Hợp tác xã Số 1", "Hợp tác xã Số 3", "Hợp tác xã Số 4"]


@pytest.mark.backends("sqlite")  # the streamed page is the SQLite FTS5 path
def test_first_search_page_is_read_in_key_order_without_sorting(session):
    _create(session, "Công ty TNHH Bình Minh", 1)
    session.commit()
    stmt = search.select_rows(session, Q(text="cong ty"), 0, 200)
    compiled = stmt.compile(session.get_bind())
    params = tuple(compiled.params[k] for k in compiled.positiontup)
    plan = " | ".join(r[3] for r in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))
    assert "VIRTUAL TABLE INDEX" in plan
    assert "TEMP B-TREE" not in plan, plan  # no sort of all matches: the index yields name order
    # The default view (no search words), both directions: one range of (archived, name_key).
    for descending in (False, True):
        stmt = search.select_rows(session, Q(descending=descending), 0, 200)
        compiled = stmt.compile(session.get_bind())
        params = tuple(compiled.params[k] for k in compiled.positiontup)
        plan = " | ".join(r[3] for r in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled),
                                                                               params))
        assert "ix_enterprises_archived_name_key" in plan and "TEMP B-TREE" not in plan, plan


def test_an_older_register_gets_its_keys_when_upgraded(db_url):
    """A database at 0003 with enterprises: the upgrade numbers them in name order and search works."""
    from alembic import command
    from schema_helpers import migrate_to

    from nsdesk.db import open_database

    db = open_database(db_url)
    try:
        migrate_to(db, "0003_target_rule_text")
        names = ["Hợp tác xã Sao Mai", "Công ty TNHH Đức Thành", "Công ty TNHH An Phú", "Hợp tác xã Bình Minh"]
        with db.engine.begin() as conn:
            for i, name in enumerate(names):
                conn.execute(text(
                    "INSERT INTO enterprises (uuid, created_at, modified_at, name, kind, size_class, archived, "
                    "search_folded, name_folded) VALUES (:u, '2025-01-01', '2025-01-01', :n, 'llc', 'unknown', "
                    ":a, :s, :f)"), {"u": f"u{i}", "n": name, "a": False, "s": fold(name), "f": fold(name)})
            # A support refers to an enterprise: the table rebuild must keep the reference.
            conn.execute(text(
                "INSERT INTO supports (enterprise_id, status, uuid, created_at, modified_at) "
                "SELECT id, 'completed', 's1', '2025-01-01', '2025-01-01' FROM enterprises WHERE uuid = 'u1'"))
        schema.upgrade(db)
        assert schema.current_revision(db) == schema.head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT e.name FROM supports s JOIN enterprises e ON e.id = s.enterprise_id"
                                     )).scalar_one() == "Công ty TNHH Đức Thành"
        with db.sessions() as s:
            _assert_in_order(s)
            assert [r.name for r in search.page(s, Q(text="cong ty"))] == ["Công ty TNHH An Phú",
                                                                            "Công ty TNHH Đức Thành"]
            assert [r.name for r in search.page(s, Q(text="hop tac"), 0, 1)] == ["Hợp tác xã Bình Minh"]
        with schema.migration_connection(db.engine) as conn:  # and back down: the old index answers again
            cfg = schema.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003_target_rule_text")
            if conn.dialect.name == "sqlite":
                hits = conn.execute(text("SELECT e.name FROM enterprises e WHERE e.id IN (SELECT rowid FROM "
                                         "enterprises_fts WHERE enterprises_fts MATCH '\"sao\"*')")).scalars().all()
                assert hits == ["Hợp tác xã Sao Mai"]
    finally:
        db.dispose()


def test_a_failed_upgrade_changes_nothing(tmp_path):
    """On SQLite DDL runs in the upgrade's one transaction: a failure leaves the file as it was."""
    import sqlite3

    from schema_helpers import migrate_to

    from nsdesk.db import open_database
    from nsdesk.errors import DatabaseError

    path = tmp_path / "old.sqlite"
    db = open_database(str(path))
    migrate_to(db, "0003_target_rule_text")
    db.dispose()
    with sqlite3.connect(path) as conn:  # a support left pointing at an enterprise that is gone
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO supports (enterprise_id, status, uuid, created_at, modified_at) "
                     "VALUES (999, 'completed', 's1', '2025-01-01', '2025-01-01')")
    before = sorted(sqlite3.connect(path).execute("SELECT type, name, sql FROM sqlite_master").fetchall(),
                    key=lambda r: (r[0], r[1]))
    db = open_database(str(path))
    try:
        with pytest.raises(DatabaseError) as err:
            schema.upgrade(db)
        assert "chưa nâng cấp" in str(err.value)
        assert schema.current_revision(db) == "0003_target_rule_text"
    finally:
        db.dispose()
    after = sorted(sqlite3.connect(path).execute("SELECT type, name, sql FROM sqlite_master").fetchall(),
                   key=lambda r: (r[0], r[1]))
    assert after == before  # the search index and its triggers are still the 0002 ones


def test_register_sorted_by_commune_follows_the_reading_order(session):
    """Sorting by commune (in SQL) reads as the commune pickers do: the name without "Xã"/"Phường",
    Đ after D — not "Phường …" before "Xã …", nor Đ among the D's."""
    from nsdesk.services.common import admin_units

    units = admin_units.communes(session, "51")
    bare = [admin_units.without_prefix(u.name) for u in units]
    chosen = [units[i] for i in (
        next(i for i, n in enumerate(bare) if n.startswith("Đ")),
        next(i for i, n in enumerate(bare) if n.startswith("D")),
        next(i for i, n in enumerate(bare) if n.startswith("B")),
        next(i for i, n in enumerate(bare) if n.startswith("A")),
    )]
    for n, unit in enumerate(chosen):
        enterprises.create(session, {"name": f"Cơ sở số {n}", "tax_code": valid_code(700 + n), "kind": "llc",
                                     "commune_code": unit.code})
    session.commit()
    for descending in (False, True):
        shown = [r.commune for r in search.page(session, Q(sort="commune", descending=descending))]
        expected = sorted((u.name for u in chosen), key=admin_units.reading_key, reverse=descending)
        assert shown == expected
    assert [admin_units.without_prefix(c)[0] for c in expected[::-1]] == ["A", "B", "D", "Đ"]


def test_two_enterprises_trading_places_in_one_write(session):
    """Renamed together so that each takes the other's place in name order: keys never collide on the
    way (rows are written one after another), by form (one flush) and by import."""
    a = _create(session, "Cơ sở An", 801)
    b = _create(session, "Cơ sở Bình", 802)
    session.commit()
    a.name, b.name = "Cơ sở Bình Minh", "Cơ sở Ân"
    session.commit()
    _assert_in_order(session)
    assert [r.name for r in search.page(session, Q(text="co so"))] == ["Cơ sở Ân", "Cơ sở Bình Minh"]
