"""``nsdesk``: with no arguments the desktop app; with a command, the same services scripted.

Exit codes: 0 success; 1 the job ran but found errors in the data; 2 bad usage, an unreadable
input or an unusable database (one line on stderr, never a traceback); 141 the reader of our
output went away (``nsdesk … | head``): nothing is printed, as for a program ended by SIGPIPE.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from nsdesk.commands import MODULES
from nsdesk.commands._common import EXIT_OK, EXIT_USAGE

EXIT_BROKEN_PIPE = 128 + 13  # 128 + SIGPIPE: what a shell reports when a pipe's reader closes early


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        self.exit(EXIT_USAGE, f"nsdesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="nsdesk", description="nsdesk — theo dõi nâng cao năng suất doanh nghiệp (QĐ 36/QĐ-TTg)")
    p.add_argument("--db", help="tệp SQLite hoặc URL postgresql://… (mặc định: biến NSDESK_DB, rồi thư mục dữ liệu)")
    p.add_argument("--version", action="store_true", help="in phiên bản rồi thoát")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    for name in MODULES:
        importlib.import_module(f".commands.{name}", __package__).add_parsers(sub)
    return p


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"nsdesk: {' '.join(str(message).split())}", file=sys.stderr)
    return code


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's final flush of what is still buffered for a
    reader that went away does not print "Exception ignored … BrokenPipeError" on stderr."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (captured in tests)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """The ``nsdesk`` console script. Called without ``argv`` (a real process start) it first sets up
    the log file; tests that pass ``argv`` leave the process's logging alone."""
    if argv is None:
        from nsdesk.logs import setup_logging

        setup_logging()
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader that went away shows here, not in Python's exit flush
        return code
    except BrokenPipeError:  # e.g. ``nsdesk supports list --json | head -1``: not an error of ours
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def gui_main() -> int:
    """The ``nsdesk-gui`` script (a GUI script: on Windows no console window opens behind the app).
    Takes the same arguments as ``nsdesk``; without a console there is nowhere to print, so output
    of a command goes to the null device and only the log file records what happened."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:  # pythonw.exe
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    return main()


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from nsdesk.ui.app import run_gui

        return run_gui()
    args = build_parser().parse_args(argv)
    if args.version:
        from nsdesk import __version__

        print(f"nsdesk {__version__}")
        return EXIT_OK
    if args.command is None:
        from nsdesk.ui.app import run_gui

        return run_gui(db_arg=args.db)
    from nsdesk.errors import KnownError

    try:
        return args.func(args)
    except KnownError as exc:  # its message may name a file or a person: the log gets the type only
        logging.getLogger(__name__).info("command %s stopped: %s", args.command, type(exc).__name__)
        return _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return _fail("đã hủy.", EXIT_USAGE)
    except BrokenPipeError:
        raise
    except Exception as exc:  # a bug: still one line unless asked for the details
        logging.getLogger(__name__).exception("unexpected error in command %s", args.command)
        if os.environ.get("NSDESK_DEBUG"):
            raise
        known = _environment_fault(args, exc)
        if known is not None:
            return _fail(str(known), known.exit_code)
        return _fail(f"lỗi không mong muốn: {unexpected_line(exc)}", EXIT_USAGE)


def _environment_fault(args, exc: Exception):
    """The KnownError for a database or file fault that reached the top (damage, full disk, …)."""
    from sqlalchemy.exc import DBAPIError

    from nsdesk.files import os_error_of, write_error

    if isinstance(exc, DBAPIError) or type(exc).__module__.startswith("sqlite3"):
        from nsdesk.db import resolve_url, sqlite_path
        from nsdesk.services.common.schema import friendly_error_at

        url = resolve_url(getattr(args, "db", None))
        path = sqlite_path(url)
        return friendly_error_at(str(path) if path else url, path, exc, generic=False)
    import errno

    err = os_error_of(exc)
    if err is not None and err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS) and err.filename:
        from pathlib import Path

        return write_error(Path(err.filename), err)
    return None


def unexpected_line(exc: BaseException, limit: int = 300) -> str:
    """The type and first line of a bug's message, never an SQL statement, its parameters or row values."""
    from sqlalchemy.exc import StatementError

    if isinstance(exc, StatementError) and exc.orig is not None:
        exc = exc.orig  # its own str() carries "[SQL: …] [parameters: …]"
    text = str(exc).split("[SQL:", 1)[0].split("[parameters:", 1)[0]
    text = " ".join(text.splitlines()[0].split()) if text.strip() else ""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
