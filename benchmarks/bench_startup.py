"""Process start → first paint of the nsdesk main window, vs a bare PySide6 QMainWindow.

Both are real child processes on the offscreen platform, interleaved, several repetitions
each; the median counts. Start = the parent's wall clock just before Popen; first paint = the
child's wall clock just after the window's first paint event (printed as "first-paint T").
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = int(os.environ.get("NSDESK_BENCH_REPEAT", "7"))
GOAL = 2.0

BARE = r"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1180, 720)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"first-paint {time.time():.6f}", flush=True)
    app.exit(0)

f = FirstPaint()
window.installEventFilter(f)
window.show()
app.exec()
"""


def first_paint(cmd: list[str], env: dict) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("first-paint ")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{cmd} failed ({out.returncode}): {out.stderr[-2000:]}")
    return float(lines[-1].split()[1]) - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NSDESK_REPORT_FIRST_PAINT="1",
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data", XDG_CACHE_HOME=f"{tmp}/cache")
        env.pop("NSDESK_DB", None)
        db = Path(tmp) / "bench.sqlite"
        nsdesk_cmd = [sys.executable, "-m", "nsdesk", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE]
        first_paint(bare_cmd, env)  # warm the file cache for both
        first_paint(nsdesk_cmd, env)
        bare, app = [], []
        for _ in range(REPEAT):
            bare.append(first_paint(bare_cmd, env))
            app.append(first_paint(nsdesk_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"startup_first_paint: {a:.3f} s; floor bare QMainWindow {b:.3f} s; ratio {a / b:.2f} (goal ≤ {GOAL:.2f})"
          f"; median of {REPEAT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
