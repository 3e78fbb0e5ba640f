"""Screenshots of the dialogs that must fit a 1366×768 laptop screen (for reviews), taken of the
whole screen so the window manager's frame and the screen edge are in the picture.

    bash: Xvfb :77 -screen 0 1366x768x24 & openbox & (DISPLAY=:77)
    .venv/bin/nsdesk --db DB init … && .venv/bin/nsdesk --db DB demo --enterprises 300
    DISPLAY=:77 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/shot_issue14.py DB OUT_DIR

Writes OUT_DIR/issue14_*.png: the "Thêm lượt hỗ trợ" dialog (plain, with the certificate's fields,
with a tool search), the enterprise form, the plan and template dialogs, the plan-delete,
archive and unsaved-changes questions, and the overview chart with «Xem toàn bộ».
"""

from __future__ import annotations

import sys
from pathlib import Path


def settle(app, until=lambda: True, ms: int = 20000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThread

    deadline = QDeadlineTimer(ms)
    while not (until() and app.ctx.runner.idle):
        if deadline.hasExpired():
            raise SystemExit("timed out")
        app.qapp.processEvents()
        QThread.msleep(20)
    for _ in range(40):  # let the window manager frame it, layouts and paints settle
        app.qapp.processEvents()
        QThread.msleep(15)


def main(db_arg: str, out: Path) -> int:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from nsdesk.ui.app import build_app
    from nsdesk.ui.pages import PAGES

    out.mkdir(parents=True, exist_ok=True)
    app = build_app()
    app.window.showMaximized()
    app.open_database(db_arg)
    settle(app, lambda: not app.ctx.opening and app.ctx.database is not None)
    keys = [p.key for p in PAGES]

    def shot(name: str) -> None:
        settle(app)
        app.qapp.primaryScreen().grabWindow(0).save(str(out / f"issue14_{name}.png"))

    def page(key: str):
        app.window.show_page(keys.index(key))
        settle(app)
        return app.window.page(key)

    ov = page("overview")
    settle(app)
    shot("overview_chart")

    sp = page("supports")
    sp.tabs.setCurrentIndex(0)
    sp.add_button.click()
    settle(app, lambda: sp.dialog is not None and sp.dialog.isVisible())
    dlg = sp.dialog
    shot("support_dialog")
    dlg.types.set_checked("certification")
    dlg.scroll.ensureWidgetVisible(dlg.cert_expires)
    shot("support_dialog_certification")
    dlg.tools.search.setText("chất lượng")
    shot("support_dialog_tool_search")
    dlg.tools.search.setText("")
    dlg.reject()
    settle(app, lambda: dlg.findChild(QMessageBox, "discardBox") is not None)
    shot("discard_question")
    dlg.done(0)

    rp = page("enterprises")
    rp.table.selectRow(0)
    rp.archive_button.click()
    settle(app, lambda: rp.findChild(QMessageBox, "archiveBox") is not None)
    shot("archive_question")
    rp.findChild(QMessageBox, "archiveBox").done(0)
    rp.add_button.click()
    settle(app, lambda: any(d.isVisible() and d.loaded for d in rp.findChildren(QDialog, "enterpriseDialog")))
    shot("enterprise_dialog")
    [d for d in rp.findChildren(QDialog, "enterpriseDialog") if d.isVisible()][0].done(0)

    pp = page("plans")
    pp.create_button.click()
    settle(app, lambda: pp.dialog is not None and pp.dialog.isVisible())
    shot("template_dialog")
    pp.dialog.done(0)
    pp.edit_plan_button.click()
    settle(app, lambda: pp.dialog is not None and pp.dialog.isVisible())
    shot("plan_dialog")
    pp.dialog.done(0)
    pp.delete_plan_button.click()
    settle(app, lambda: pp.findChild(QMessageBox, "deletePlanBox") is not None)
    shot("delete_plan_question")
    pp.findChild(QMessageBox, "deletePlanBox").done(0)
    del ov
    app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
