"""The app's log: one rotating file in the user log folder, set up once at start (GUI and CLI).

The folder is platformdirs' ``user_log_path`` (on Linux ``$XDG_STATE_HOME/nsdesk/log``, so tests
redirect it with ``XDG_STATE_HOME``; on Windows ``%LOCALAPPDATA%\\nsdesk\\nsdesk\\Logs``). Python
warnings are routed into it too; the UI adds Qt's own messages (``nsdesk.ui.crash``).

What goes into the log is ids, counts, exception types and tracebacks — never a tax code, a name,
a phone number or an email. :class:`RedactingFilter` is the safety net for anything that slips
through: it masks emails and long digit runs (tax codes, phone numbers, ID numbers) in every
message and traceback before it is written.

No Qt here: the CLI uses the same set-up.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

LOG_FILE_NAME = "nsdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
REDACTED = "[…]"

#: An email address.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A tax code with its branch suffix (0101234567-001); a phone number written with dashes
#: (0912-345-678); any run of nine or more digits, alone or split by single spaces or dots
#: (0912 345 678, +84 912.345.678, 079201001234). Shorter runs (row ids, counts, line numbers) and
#: ISO dates stay readable.
_DIGITS = re.compile(
    r"(?<![\w])(?:\d{10}-\d{3}|(?:\+84|0)\d{2,3}(?:-\d{3,4}){2}|\+?\d(?:[ .]?\d){8,})(?![\w])"
)

#: Loggers that write at the configured level; every other logger writes warnings and errors only.
OWN_LOGGERS = ("nsdesk", "qt", "py.warnings")

_handler: logging.Handler | None = None


def log_dir() -> Path:
    """The folder the log file lives in (not created here)."""
    from platformdirs import user_log_path

    from nsdesk import APP_AUTHOR, APP_NAME

    return user_log_path(APP_NAME, APP_AUTHOR)


def log_path() -> Path:
    """The current log file."""
    return log_dir() / LOG_FILE_NAME


def redact(text: str) -> str:
    """``text`` with emails and tax-code-, phone- and ID-like digit runs masked."""
    return _DIGITS.sub(REDACTED, _EMAIL.sub(REDACTED, text))


class RedactingFilter(logging.Filter):
    """Masks personal data in a record's message, traceback and stack before any handler writes it.

    The message is rendered (``msg % args``) and replaced by its redacted text; the traceback is
    rendered once into ``exc_text`` (which formatters then use as is) and redacted too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw template, drop the arguments
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger and Python warnings to the rotating log file; returns its path.

    Called once at start; calling it again re-points the file handler at the current log folder
    (tests change it) instead of adding a second one. When the folder cannot be created the app
    still runs, without a log file (returns ``None``).
    """
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    handler.setLevel(level)
    root.addHandler(handler)
    # Our own loggers at ``level``; libraries keep the root's WARNING. Lowering the root would make
    # SQLAlchemy log every statement with its parameters: names and tax codes into the file.
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(level)
    logging.captureWarnings(True)
    _handler = handler
    logging.getLogger(__name__).info("nsdesk %s started (Python %s, %s)", _version(),
                                     sys.version.split()[0], sys.platform)
    return path


def stop_logging() -> None:
    """Close the log file and stop routing warnings into it (tests; ``logging.shutdown`` at exit
    does the same for the app)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    logging.captureWarnings(False)


def current_log_path() -> Path | None:
    """The file the log is being written to, or ``None`` before :func:`setup_logging` (or if it failed)."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def _version() -> str:
    from nsdesk import __version__

    return __version__
