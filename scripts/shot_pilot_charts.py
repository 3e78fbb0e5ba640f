"""Screenshots of the pilot charts for reviews: an enterprise's before/after chart (its "Hỗ trợ &
chỉ số" tab) and the tool-adoption chart of the metrics page, from a (demo) database.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shot_pilot_charts.py DB OUT_DIR

Writes OUT_DIR/issue4_before_after.png (the enterprise form on that tab), OUT_DIR/issue4_adoption.png
(the adoption chart as "Lưu ảnh…" saves it) and OUT_DIR/issue4_metrics_page.png (the window).
The enterprise shown: the first one with two lượt that both have a labour-productivity pair.
"""

from __future__ import annotations

import sys
from pathlib import Path


def wait(app, until, ms: int = 20000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThread

    deadline = QDeadlineTimer(ms)
    while not until():
        if deadline.hasExpired():
            raise SystemExit("timed out")
        app.qapp.processEvents()
        QThread.msleep(20)
    for _ in range(30):  # let layouts and paints settle
        app.qapp.processEvents()
        QThread.msleep(10)


def pick_enterprise(db_arg: str) -> int:
    from collections import Counter

    from nsdesk.db import open_database
    from nsdesk.services.pilots import measurements

    db = open_database(db_arg if "://" in db_arg else f"sqlite:///{db_arg}")
    with db.sessions() as s:
        pairs = [p for p in measurements.pairs(s) if p.metric_code == "labour_productivity" and p.support_id]
        per = Counter(p.enterprise_id for p in pairs)
    db.dispose()
    return next((e for e, n in per.items() if n >= 2), pairs[0].enterprise_id)


def main(db_arg: str, out: Path) -> int:
    from nsdesk.ui.app import build_app
    from nsdesk.ui.pages import PAGES
    from nsdesk.ui.register.form import open_enterprise_dialog

    out.mkdir(parents=True, exist_ok=True)
    eid = pick_enterprise(db_arg)
    app = build_app()
    app.window.resize(1366, 768)
    app.window.show()
    app.open_database(db_arg)
    idle = lambda: not app.ctx.opening and app.ctx.database is not None and app.ctx.runner.idle  # noqa: E731
    wait(app, idle)

    app.window.show_page([p.key for p in PAGES].index("metrics"))
    page = app.window.page("metrics")
    page.tabs.setCurrentIndex(1)
    wait(app, lambda: idle() and page.summary is not None)
    page.tool_chart.save_png(str(out / "issue4_adoption.png"))
    app.window.grab().save(str(out / "issue4_metrics_page.png"))

    dlg = open_enterprise_dialog(app.window.page("metrics"), app.ctx, eid)
    dlg.resize(1280, 720)
    dlg.tabs.setCurrentIndex(dlg.tabs.indexOf(dlg.profile))
    wait(app, lambda: idle() and dlg.profile.profile is not None)
    dlg.grab().save(str(out / "issue4_before_after.png"))
    dlg.reject()
    app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
