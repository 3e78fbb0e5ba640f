"""`nsdesk … | head`: a reader that stops early is not an error of ours.

The real CLI runs in a subprocess writing into a pipe whose reader closes early; stderr must stay
empty (no "lỗi không mong muốn", no "Exception ignored … BrokenPipeError") and the exit code is the
one a shell reports for a program ended by SIGPIPE (141).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from nsdesk.cli import EXIT_BROKEN_PIPE

try:
    import fcntl

    RESIZABLE_PIPES = hasattr(fcntl, "F_SETPIPE_SZ")
except ImportError:  # Windows
    RESIZABLE_PIPES = False


def nsdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "nsdesk.cli", *args]


@pytest.fixture
def demo_db(sqlite_file):
    """A prepared database with the demo data set (1000 enterprises and their supports)."""
    subprocess.run(nsdesk("--db", str(sqlite_file), "demo", "--enterprises", "1000"), check=True,
                   capture_output=True, timeout=120)
    return sqlite_file


def run_into_pipe(args: list[str], *, read: int, pipe_size: int | None = None) -> tuple[int, bytes, str]:
    """Run ``args`` with stdout into a pipe; read ``read`` bytes (0: none), close the pipe, then wait.

    Returns (exit code, what was read, stderr).
    """
    r, w = os.pipe()
    if pipe_size:
        fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, pipe_size)
    if read == 0:
        os.close(r)  # the reader has gone before the first write
    proc = subprocess.Popen(args, stdout=w, stderr=subprocess.PIPE)
    os.close(w)
    got = b""
    if read:
        while len(got) < read:
            chunk = os.read(r, read - len(got))
            if not chunk:
                break
            got += chunk
        os.close(r)  # like ``head -c``: stop reading while the command is still writing
    _, err = proc.communicate(timeout=120)
    return proc.returncode, got, err.decode("utf-8", "replace")


@pytest.mark.skipif(not RESIZABLE_PIPES, reason="needs a pipe whose size can be set (Linux)")
@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_reader_closing_mid_output_is_quiet(demo_db, as_json):
    # A 4 KiB pipe is much smaller than the list, so the CLI is still writing when the reader leaves.
    args = nsdesk("--db", str(demo_db), "supports", "list", *(["--json"] if as_json else []))
    full = subprocess.run(args, capture_output=True, timeout=120)
    assert full.returncode == 0 and len(full.stdout) > 2 * 4096
    code, got, err = run_into_pipe(args, read=100, pipe_size=4096)
    assert got == full.stdout[:100]  # the reader saw the real start of the output
    assert err == ""
    assert code == EXIT_BROKEN_PIPE


def test_reader_gone_before_the_first_write_is_quiet(demo_db):
    code, _, err = run_into_pipe(nsdesk("--db", str(demo_db), "info"), read=0)
    assert err == ""
    assert code == EXIT_BROKEN_PIPE


def test_real_errors_still_say_what_went_wrong(tmp_path):
    """The pipe handling must not swallow other errors: a missing database is still one line, exit 2."""
    code, _, err = run_into_pipe(nsdesk("--db", str(tmp_path / "khong_co.sqlite"), "info"), read=10_000)
    assert code == 2
    assert err.startswith("nsdesk: ") and err.count("\n") == 1
