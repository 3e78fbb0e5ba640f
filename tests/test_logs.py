"""The log file: where it is, what goes in, and that personal data never does."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import warnings

import pytest

from nsdesk import logs


@pytest.fixture
def log_file():
    path = logs.setup_logging()
    yield path
    logs.stop_logging()


def _text(path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_lives_in_the_redirected_user_log_folder(log_file):
    assert log_file == logs.current_log_path()
    assert log_file.is_relative_to(os.environ["XDG_STATE_HOME"])
    assert "nsdesk" in _text(log_file) and " started " in _text(log_file)


def test_setting_up_again_does_not_write_every_line_twice(log_file):
    again = logs.setup_logging()
    assert again == log_file
    logging.getLogger("nsdesk.test").warning("once %d", 7)
    assert _text(log_file).count("once 7") == 1


@pytest.mark.parametrize("secret", [
    "0101234567", "0101234567-001", "0912345678", "0912 345 678", "0912-345-678", "+84 912.345.678",
    "079201001234", "lan.nguyen@sokhcn.quangngai.gov.vn",
])
def test_tax_codes_phones_and_emails_never_reach_the_file(log_file, secret):
    log = logging.getLogger("nsdesk.test")
    log.info("enterprise 42 saved with %s", secret)
    try:
        raise ValueError(f"bad value {secret}")
    except ValueError:
        log.exception("import row 17 failed")
    text = _text(log_file)
    assert secret not in text
    assert "enterprise 42 saved with [" in text and "import row 17 failed" in text
    assert "ValueError: bad value [" in text and "Traceback" in text


def test_ids_counts_dates_and_line_numbers_stay_readable():
    line = "support 1234 of project 56: 789 rows as of 2026-06-30 09:00:00, line 321"
    assert logs.redact(line) == line


def test_python_warnings_go_to_the_log(log_file):
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        logging.captureWarnings(True)  # pytest's own warning capture replaced the hook for this test
        warnings.warn("deprecated thing used", DeprecationWarning, stacklevel=1)
    assert "DeprecationWarning: deprecated thing used" in _text(log_file)


def test_an_unwritable_log_folder_does_not_stop_the_app(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(logs, "log_dir", lambda: blocker / "log")
    assert logs.setup_logging() is None
    assert logs.current_log_path() is None


def test_the_cli_process_writes_its_log(tmp_path):
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"))
    out = subprocess.run([sys.executable, "-m", "nsdesk", "--db", str(tmp_path / "none" / "x.sqlite"), "info"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    (log,) = (tmp_path / "state").rglob("nsdesk.log")
    text = log.read_text(encoding="utf-8")
    assert " started " in text and "command info stopped: " in text


def test_library_chatter_and_sql_parameters_stay_out(log_file):
    """Only nsdesk's own loggers write below WARNING: no library's info lines, and never an SQL
    statement with its parameters (names, tax codes)."""
    from sqlalchemy import create_engine, text

    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("create table e (name text)"))
        conn.execute(text("insert into e values (:n)"), {"n": "Hợp tác xã Đăk Cấm"})
    engine.dispose()
    logging.getLogger("alembic.runtime.migration").info("Running upgrade 0004 -> 0005")
    logging.getLogger("nsdesk.test").info("saved %d enterprises", 1)
    text_ = _text(log_file)
    assert "saved 1 enterprises" in text_
    assert "Đăk Cấm" not in text_ and "insert into" not in text_.lower() and "Running upgrade" not in text_
    assert logging.getLogger().level == logging.WARNING
