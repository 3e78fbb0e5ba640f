"""Writing the app's files safely: nothing lost, nothing half-written, nothing leaked.

* :func:`check_output_path` refuses a destination that would destroy something: the open database
  or any other SQLite file, a folder, or an existing file that is not an xlsx workbook.
* :func:`atomic_output` yields a temporary path inside a private folder (``0700``) in the
  destination's own folder; on success the file is flushed to disk and renamed over the target in
  one step, on failure the private folder is removed and any earlier file stays as it was. A writer
  that keeps temporary files of its own (xlsxwriter's ``tmpdir``) is pointed at the same private
  folder, so no copy of the data is left in the system's temp folder. A process killed mid-write
  leaves only that private folder; the next write into the same folder removes it.
* New files are readable by their owner only (``0600``), new folders ``0700`` (POSIX).

Pure Python, no Qt, no database: used by the commands, the documents and the backups alike.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from nsdesk.errors import InputError
from nsdesk.i18n import tr

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_PREFIX = ".nsdesk-tmp-"
SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputError(InputError):
    """The destination of a file cannot or must not be written."""


def private_folder(path: str | Path) -> Path:
    """Create ``path`` (and its parents) if missing; the folders created are ``0700``."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        _chmod(folder, FOLDER_MODE)
    return path


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        try:
            os.chmod(path, mode)
        except OSError:
            pass


def is_sqlite_file(path: str | Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output_path(path: str | Path, *, database: str | Path | None = None) -> Path:
    """The destination ``path`` if a workbook may be written there; else OutputError (exit 2).

    Refused: the open ``database`` (or its -wal/-shm/-journal files), any SQLite file, a folder, a
    folder that does not exist, and an existing file that is not an xlsx workbook.
    """
    path = Path(path).expanduser()
    name = path.name
    if database is not None:
        db = Path(database)
        for suffix in ("", "-wal", "-shm", "-journal"):
            if _same_file(path, db.with_name(db.name + suffix)):
                raise OutputError(
                    tr("files", "Không ghi đè lên cơ sở dữ liệu đang mở: {path}.").format(path=path),
                    hint=tr("files", "Chọn một tên tệp .xlsx khác."))
    if path.is_dir():
        raise OutputError(tr("files", "{path} là một thư mục, không phải tệp.").format(path=path),
                          hint=tr("files", "Ghi rõ tên tệp, ví dụ {example}.").format(example=path / "danh-sach.xlsx"))
    if not path.parent.is_dir():
        raise OutputError(tr("files", "Thư mục {folder} không tồn tại.").format(folder=path.parent),
                          hint=tr("files", "Tạo thư mục trước hoặc chọn thư mục khác."))
    if path.exists():
        if is_sqlite_file(path):
            raise OutputError(
                tr("files", "Không ghi đè lên tệp cơ sở dữ liệu {name}.").format(name=name),
                hint=tr("files", "Chọn một tên tệp .xlsx khác."))
        if not path.is_file() or not _is_xlsx(path):
            raise OutputError(
                tr("files", "Tệp {name} đã có và không phải tệp Excel (.xlsx); nsdesk không ghi đè lên nó.")
                .format(name=name),
                hint=tr("files", "Chọn một tên tệp khác."))
    return path


def _is_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "[Content_Types].xml" in zf.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep_stale(folder: str | Path) -> int:
    """Remove the private temporary folders that killed processes left in ``folder``; returns how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            pid = int(entry.name[len(TEMP_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                try:
                    os.unlink(entry.path)
                except OSError:
                    continue
            removed += 1
    return removed


def os_error_of(exc: BaseException | None) -> OSError | None:
    """The OSError behind ``exc`` (itself, its cause/context, or its first argument), if any."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError):
            return exc
        if exc.args and isinstance(exc.args[0], OSError):
            return exc.args[0]
        exc = exc.__cause__ or exc.__context__
    return None


def write_error(path: Path, err: OSError) -> OutputError:
    """One line for a failed write of ``path``."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        what = tr("files", "ổ đĩa đã đầy")
        hint = tr("files", "Giải phóng dung lượng hoặc chọn ổ đĩa khác rồi thử lại.")
    elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = tr("files", "không có quyền ghi vào thư mục này")
        hint = tr("files", "Chọn một thư mục bạn có quyền ghi.")
    else:
        what = err.strerror or type(err).__name__
        hint = tr("files", "Đóng tệp nếu đang mở trong Excel, hoặc chọn thư mục khác.")
    return OutputError(
        tr("files", "Không ghi được tệp {path}: {reason}; tệp cũ (nếu có) vẫn giữ nguyên.").format(path=path, reason=what),
        hint=hint)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_output(path: str | Path, mode: int = FILE_MODE) -> Iterator[Path]:
    """Yield a temporary path to write ``path``'s content to; rename it over ``path`` on success.

    The temporary path lies in a private folder next to ``path`` (same file system, so the rename
    is atomic), which also suits a writer's own temporary files (``temp_folder_of``). Any failure
    removes the private folder, leaves an earlier ``path`` untouched, and an OSError (full disk,
    no permission) becomes one OutputError line.
    """
    path = Path(path)
    folder = path.parent
    sweep_stale(folder)
    try:
        work = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=folder))
    except OSError as exc:
        raise write_error(path, exc) from exc
    tmp = work / path.name
    try:
        try:
            yield tmp
            if not tmp.exists():  # the writer wrote nothing: nothing to put in place
                return
            _chmod(tmp, mode)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            _fsync_dir(folder)
        except Exception as exc:
            err = os_error_of(exc)
            if err is None:
                raise
            raise write_error(path, err) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def temp_folder_of(tmp_path: str | Path) -> str:
    """Where a writer writing ``tmp_path`` (from :func:`atomic_output`) should keep its own temporary files."""
    return str(Path(tmp_path).parent)
