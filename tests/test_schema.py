"""The database schema: migrations reach head, match the models, stay linear, and ship in the wheel."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from nsdesk.db import open_database
from nsdesk.errors import DatabaseError
from nsdesk.models import Base
from nsdesk.services.common import schema

ROOT = Path(__file__).resolve().parents[1]


def test_empty_database_upgrades_to_head(db_url):
    db = open_database(db_url)
    try:
        assert schema.current_revision(db) is None
        assert schema.upgrade(db) is None  # nothing to back up in a new database
        assert schema.current_revision(db) == schema.head_revision()
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.dispose()


def test_models_match_migrations(db_url):
    db = open_database(db_url)
    try:
        schema.upgrade(db)
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn,
                opts={"compare_type": True, "include_object": schema.include_object},
            )
            diff = compare_metadata(ctx, Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
    finally:
        db.dispose()


def test_migration_chain_is_linear():
    script = schema.script_directory()
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    revisions = list(script.walk_revisions())
    for rev in revisions:
        down = rev.down_revision
        assert not isinstance(down, (tuple, list)), f"{rev.revision} merges branches"
    # Every revision except the base has exactly one child, except the head.
    children = {}
    for rev in revisions:
        if rev.down_revision:
            children.setdefault(rev.down_revision, []).append(rev.revision)
    assert all(len(c) == 1 for c in children.values()), children


def test_sqlite_connection_settings(sqlite_file):
    db = open_database(str(sqlite_file))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        db.dispose()


def test_older_database_is_backed_up_then_upgraded(tmp_path):
    """A file at an older revision keeps its data, gets a backup copy, and reaches head."""
    script = schema.script_directory()
    revisions = [r.revision for r in script.walk_revisions()]  # head first
    if len(revisions) < 2:
        pytest.skip("only one revision so far")
    oldest = revisions[-1]
    path = tmp_path / "old.sqlite"
    db = open_database(str(path))
    from schema_helpers import migrate_to

    migrate_to(db, oldest)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO office_settings (key, value) VALUES ('officer_name', 'Trần Thị B')"))
    backup = schema.upgrade(db)
    assert schema.current_revision(db) == schema.head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM office_settings WHERE key='officer_name'")).scalar() == "Trần Thị B"
    db.dispose()
    assert backup is not None and backup.exists() and backup.parent.name == "backups"
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == oldest
        assert old.execute("SELECT value FROM office_settings").fetchone()[0] == "Trần Thị B"


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('x')")
    before = path.read_bytes()
    db = open_database(str(path))
    with pytest.raises(DatabaseError) as err:
        schema.upgrade(db)
    db.dispose()
    assert "không phải cơ sở dữ liệu nsdesk" in err.value.message
    assert path.read_bytes() == before


def test_corrupt_file_gives_a_known_error(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    db = open_database(str(path))
    with pytest.raises(DatabaseError) as err:
        schema.upgrade(db)
    db.dispose()
    assert "hỏng" in err.value.message
    assert path.read_bytes() == before


@pytest.mark.slow
def test_wheel_ships_migrations_and_resources(tmp_path):
    """An installed app (not a source checkout) must find its migrations and reference data."""
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("nsdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "nsdesk/migrations/env.py" in names
    assert "nsdesk/migrations/script.py.mako" in names
    versions = [n for n in names if n.startswith("nsdesk/migrations/versions/") and n.endswith(".py")]
    expected = [p for p in (ROOT / "migrations" / "versions").glob("*.py")]
    assert len(versions) == len(expected)
    for ref in ("tools.json", "metrics.json", "vsic2018.json"):
        assert f"nsdesk/resources/reference/{ref}" in names


def test_an_import_made_before_0011_undoes_after_the_upgrade(tmp_path):
    """A database at 0010 whose last import created measurements (history record by record) is
    upgraded by the app; the import still undoes, and its records carry no import id."""
    from schema_helpers import migrate_to
    from sqlalchemy import func, select

    from nsdesk.models import Measurement
    from nsdesk.services.pilots import undo

    path = tmp_path / "cu.sqlite"
    db = open_database(str(path))
    migrate_to(db, "0010_name_collation")
    db.dispose()
    now = "2025-06-01 08:00:00.000000"
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO metrics (code, name, unit, decimals, higher_is_better, builtin, uuid, created_at, "
                     "modified_at) VALUES ('workers', 'Số lao động', 'người', 0, 1, 1, 'm1', ?, ?)", (now, now))
        conn.execute("INSERT INTO enterprises (name, kind, size_class, archived, search_folded, name_folded, name_key, "
                     "uuid, created_at, modified_at) VALUES ('Công ty A', 'llc', 'small', 0, 'cong ty a', 'cong ty a', "
                     "1, 'e1', ?, ?)", (now, now))
        for n, phase in enumerate(("before", "after")):
            conn.execute("INSERT INTO measurements (enterprise_id, metric_id, phase, value, flagged, uuid, created_at,"
                         " modified_at) VALUES (1, 1, ?, ?, 0, ?, ?, ?)", (phase, 10 + n, f"v{n}", now, now))
            conn.execute("INSERT INTO changes (at, entity, entity_uuid, action, new_value, batch) "
                         "VALUES (?, 'measurement', ?, 'import', 'cu.xlsx', 'b-cu')", (now, f"v{n}"))
    db = open_database(str(path))
    try:
        schema.upgrade(db)
        assert schema.current_revision(db) == schema.head_revision()
        with db.sessions() as s:
            assert s.scalars(select(Measurement.import_batch)).all() == [None, None]
            last = undo.last_import(s)
            assert (last.batch, last.source, last.records) == ("b-cu", "cu.xlsx", 2)
        with db.sessions.begin() as s:
            assert undo.undo_last_import(s).deleted == {"measurement": 2}
        with db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Measurement)) == 0
    finally:
        db.dispose()
