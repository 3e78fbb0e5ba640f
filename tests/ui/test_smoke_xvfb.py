"""The real app in a real X window: `python -m nsdesk --db FILE` under Xvfb, screenshot, exit 0."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb


@pytest.fixture
def xvfb_display():
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is not installed, but CI needs the window smoke test (Debian package xvfb)")
        pytest.skip("Xvfb is not installed")
    # -displayfd: Xvfb picks a free display number and writes it to us when it is ready.
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            pytest.fail(f"Xvfb did not start: {proc.stderr.read().decode(errors='replace')[-1000:]}")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def _run_app(display: str, db: Path, shot: Path, config_home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", NSDESK_SMOKE_SCREENSHOT=str(shot),
               NSDESK_SMOKE_QUIT_MS="300", XDG_CONFIG_HOME=str(config_home))
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "nsdesk", "--db", str(db)], env=env, capture_output=True,
                          text=True, timeout=90)


def _pixel_variety(png: Path) -> tuple[int, int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return image.width(), image.height(), len(colours)


def test_app_comes_up_in_a_real_window(xvfb_display, sqlite_file):
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "window.png"
        out = _run_app(xvfb_display, sqlite_file, shot, Path(tmp) / "config")
        assert out.returncode == 0, out.stderr[-3000:]
        assert shot.exists(), out.stderr[-3000:]
        width, height, colours = _pixel_variety(shot)

    from nsdesk.ui.main_window import DEFAULT_SIZE

    assert (width, height) == (DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
    assert colours > 20  # text, icons and frames, not a blank surface
    assert "Traceback" not in out.stderr
