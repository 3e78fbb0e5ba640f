"""Backups of an SQLite database: made whole or not at all, checked, kept within bounds, restorable.

A backup is written with SQLite's online backup API (a consistent copy, WAL included) to a
temporary name in ``backups/`` beside the database, checked with ``PRAGMA quick_check``, flushed,
and only then renamed to its final name — a process killed or a disk filled mid-copy leaves no
file that looks like a backup. The folder is ``0700`` and the files ``0600`` (POSIX): a backup
holds the same personal data as the database.

Retention (:func:`prune`, after every backup): the newest :data:`KEEP_LAST`, plus the newest of
each of the last :data:`KEEP_WEEKS` weeks and :data:`KEEP_MONTHS` months; then, oldest first,
more are dropped while all backups together take more than :data:`MAX_DISK_SHARE` of the disk
(the newest one is always kept).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nsdesk.errors import DatabaseError
from nsdesk.files import FILE_MODE, TEMP_PREFIX, os_error_of, private_folder, sweep_stale, write_error
from nsdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy import Engine

FOLDER = "backups"
KEEP_LAST = 10
KEEP_WEEKS = 8
KEEP_MONTHS = 12
MAX_DISK_SHARE = 0.10
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})-")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    size: int


def folder_of(database: Path) -> Path:
    return database.parent / FOLDER


def list_backups(database: Path) -> list[Backup]:
    """The finished backups of ``database``, newest first."""
    folder = folder_of(database)
    out = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    prefix = database.stem + "-"
    for e in entries:
        if not e.name.startswith(prefix) or e.name.startswith(TEMP_PREFIX) or not e.is_file():
            continue
        m = _STAMP.search(e.name[len(database.stem):])
        if not m:
            continue
        try:
            made = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
            out.append(Backup(Path(e.path), made, e.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(out, key=lambda b: b.made, reverse=True)


def latest(database: Path | None) -> Path | None:
    if database is None:
        return None
    found = list_backups(database)
    return found[0].path if found else None


def quick_check(path: Path) -> str | None:
    """None when SQLite's quick_check passes on ``path``; else what it found (first line)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "?"


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database ``source`` to the new file ``target`` (0600) with the backup API,
    then check and flush it. On any failure ``target`` does not exist afterwards."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        problem = quick_check(target)
        if problem is not None:
            raise sqlite3.DatabaseError(f"malformed copy: {problem}")
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        raise


def create(database: Path, reason: str = "backup", out: Path | None = None, *,
           keep: bool = True) -> Path:
    """Back up ``database`` into ``backups/`` beside it (or to ``out``); returns the backup's path.

    Raises DatabaseError (damaged or unreadable source) or OutputError (no room, no permission);
    no backup file is left behind then.
    """
    from nsdesk.services.common.schema import friendly_error_at

    if out is None:
        folder = folder_of(database)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{database.stem}-{stamp}-{reason}{database.suffix}"
    else:
        target = Path(out)
        folder = target.parent
    try:
        private_folder(folder)
    except OSError as exc:
        raise write_error(target, exc) from exc
    sweep_stale(folder)
    tmp = folder / f"{TEMP_PREFIX}{os.getpid()}-{target.name}"
    try:
        copy_database(database, tmp)
        os.replace(tmp, target)
    except sqlite3.DatabaseError as exc:
        err = os_error_of(exc)
        if "disk" in str(exc).lower() and "full" in str(exc).lower():
            raise write_error(target, OSError(28, "No space left on device")) from exc
        if err is not None:
            raise write_error(target, err) from exc
        raise friendly_error_at(str(database), database, exc) from exc
    except OSError as exc:
        raise write_error(target, exc) from exc
    if out is None and keep:
        prune(database)
    return target


def prune(database: Path, now: datetime | None = None) -> list[Path]:
    """Apply the retention policy to ``database``'s backups; returns the files removed."""
    found = list_backups(database)
    if not found:
        return []
    now = now or datetime.now()
    keep: set[Path] = {b.path for b in found[:KEEP_LAST]}
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    for b in found:  # newest first: the first seen of a week or month is its newest
        week = b.made.isocalendar()[:2]
        if week not in weeks and (now - b.made).days < KEEP_WEEKS * 7:
            weeks.add(week)
            keep.add(b.path)
        month = (b.made.year, b.made.month)
        if month not in months and len(months) < KEEP_MONTHS:
            months.add(month)
            keep.add(b.path)
    try:
        budget = shutil.disk_usage(folder_of(database)).total * MAX_DISK_SHARE
    except OSError:
        budget = float("inf")
    kept = [b for b in found if b.path in keep]
    total = sum(b.size for b in kept)
    for b in reversed(kept[1:]):  # oldest first, never the newest
        if total <= budget:
            break
        keep.discard(b.path)
        total -= b.size
    removed = []
    for b in found:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass
    return removed


def check_file(path: Path) -> None:
    """DatabaseError unless ``path`` is a sound nsdesk database (not newer than this version)."""
    from nsdesk.services.common.schema import friendly_error_at, script_directory

    if not path.is_file():
        raise DatabaseError(tr("backup", "Không tìm thấy tệp {path}.").format(path=path))
    problem = quick_check(path)
    if problem is not None:
        raise DatabaseError(tr("backup", "Tệp {path} bị hỏng, không dùng để khôi phục được ({problem}).")
                            .format(path=path, problem=problem[:200]))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            raise DatabaseError(tr("backup", "Tệp {path} không phải cơ sở dữ liệu nsdesk.").format(path=path)) from exc
        raise friendly_error_at(str(path), path, exc) from exc
    known = {s.revision for s in script_directory().walk_revisions()}
    if rev is None or rev[0] not in known:
        raise DatabaseError(
            tr("backup", "Tệp {path} được tạo bởi phiên bản nsdesk mới hơn hoặc không phải của nsdesk.").format(path=path),
            hint=tr("backup", "Hãy cập nhật nsdesk lên phiên bản mới nhất."))


def restore(database: Path, source: Path) -> Path | None:
    """Replace the content of ``database`` with the backup ``source`` after checking it; the current
    database is backed up first (returned). The copy goes through SQLite's backup API into the live
    file, in one transaction: readers never see half of it."""
    from nsdesk.services.common.schema import friendly_error_at

    source = Path(source)
    check_file(source)
    if database.exists() and source.resolve() == database.resolve():
        raise DatabaseError(tr("backup", "Tệp sao lưu chính là cơ sở dữ liệu đang dùng."))
    before = create(database, "before-restore") if database.exists() and database.stat().st_size else None
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(database, timeout=5)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise friendly_error_at(str(database), database, exc) from exc
    return before


@dataclass
class Verdict:
    ok: bool
    integrity: list[str]
    foreign_keys: list[str]

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "integrity": self.integrity, "foreign_keys": self.foreign_keys}


def check_database(engine: Engine) -> Verdict:
    """Integrity and foreign-key check of an open database (SQLite: PRAGMA integrity_check and
    foreign_key_check; PostgreSQL enforces both itself, so only foreign keys are listed)."""
    integrity: list[str] = []
    fks: list[str] = []
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check(50)")]
            integrity = [] if rows == ["ok"] else [str(r) for r in rows]
            if not integrity:
                fks = [f"{r[0]} rowid {r[1]} → {r[2]}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")][:50]
    return Verdict(ok=not integrity and not fks, integrity=integrity, foreign_keys=fks)
