"""Take the user guide's pictures (and review shots) of the app on a demo database at 1366×768.

    xvfb-run -s "-screen 0 1366x768x24" sh -c 'openbox & sleep 1; .venv/bin/python resources/help/screenshots.py DB OUT'

DB is a demo database (``nsdesk init`` then ``nsdesk demo``); OUT the folder for the pictures
(the guide's ones are then copied into resources/help/).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from nsdesk.settings import LANGUAGE, Settings
from nsdesk.ui.app import build_app

SHOTS = [("tong-quan.png", 0), ("doanh-nghiep.png", 1), ("luot-ho-tro.png", 3), ("chi-so.png", 4)]


def main(db: str, out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings()
    settings.set(LANGUAGE, "vi")
    app = build_app(settings=settings)
    win = app.window
    win.setGeometry(0, 0, 1366, 768)
    win.showMaximized()
    app.open_database(db)
    qapp = QApplication.instance()

    def settle(ms: int = 1500) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive() or app.ctx.opening or not app.ctx.runner.idle:
            qapp.processEvents()

    settle(4000)
    for name, row in SHOTS:
        win.show_page(row)
        settle()
        win.grab().save(str(folder / name))
    # review shots of the changed parts
    supports = win.page("supports")
    supports.narrow.search.setText("co khi")
    supports.narrow.date_from.setDate(QDate(2025, 1, 1))
    win.show_page(3)
    settle()
    win.grab().save(str(folder / "review-luot-loc.png"))
    metrics = win.page("metrics")
    win.show_page(4)
    metrics.add_measurement()
    settle()
    dlg = metrics.dialog
    dlg.picker.edit.setText("cong ty")
    dlg.picker.search()
    settle()
    dlg.grab().save(str(folder / "review-chon-doanh-nghiep.png"))
    dlg.reject()
    win.show_help()
    win.help_dialog.search.setText("khoi phuc")
    settle()
    win.help_dialog.grab().save(str(folder / "review-huong-dan.png"))
    win.help_dialog.close()
    win.menuBar().actions()[0].menu().popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
    settle(800)
    qapp.primaryScreen().grabWindow(0).save(str(folder / "review-menu-tep.png"))
    win.menuBar().actions()[0].menu().close()
    win.menuBar().actions()[2].menu().popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
    settle(800)
    qapp.primaryScreen().grabWindow(0).save(str(folder / "review-menu-di-toi.png"))
    win.menuBar().actions()[2].menu().close()
    app.window.close()
    app.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
