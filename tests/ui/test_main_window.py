"""The main window as a user meets it: Vietnamese navigation, pages, status bar, About, recovery."""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

import nsdesk

TITLES = ["Tổng quan", "Doanh nghiệp", "Dự án điểm", "Hỗ trợ & công cụ", "Chỉ số năng suất",
          "Kế hoạch & chỉ tiêu", "Báo cáo"]


def nav_titles(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def visible_texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()]


def test_window_lists_the_seven_areas_in_vietnamese(make_app, sqlite_file):
    app = make_app(str(sqlite_file))
    assert nav_titles(app.window) == TITLES
    assert app.window.stack.currentIndex() == 0
    assert "Tổng quan" in visible_texts(app.window.stack.currentWidget())


def test_clicking_and_ctrl_number_switch_pages(make_app, sqlite_file, qtbot):
    from nsdesk.ui.pages import PAGES

    app = make_app(str(sqlite_file))
    w = app.window
    row = len(PAGES) - 1
    item = w.nav.item(row)
    qtbot.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=w.nav.visualItemRect(item).center())
    assert w.stack.currentIndex() == row
    assert TITLES[row] in visible_texts(w.stack.currentWidget())

    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == 6
    assert w.nav.currentItem().text() == "Báo cáo"
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == 0


def test_status_bar_names_the_open_database_and_office(make_app, sqlite_file):
    app = make_app(str(sqlite_file))
    assert app.window.db_label.text() == f"CSDL: {sqlite_file}"
    assert app.window.office_label.text() == "Đơn vị: Phường Đăk Cấm, Quảng Ngãi"


def test_overview_counts_match_the_database_and_follow_changes(make_app, sqlite_file, read_db, idle, qtbot):
    from nsdesk.services.common.counting import enterprise_counts
    from nsdesk.services.common.info import table_counts
    from nsdesk.services.demo import generate as demo
    from nsdesk.ui.ops import Changes, Op

    url = f"sqlite:///{sqlite_file}"
    with read_db(url) as s:
        demo.generate(s, enterprises=25, seed=3)
        s.commit()
        counts = table_counts(s)
        active, archived = enterprise_counts(s)
    app = make_app(str(sqlite_file))
    page = app.window.page("overview")
    assert counts["enterprises"] == 25 == active + archived
    assert page.counts["enterprises"].text() == str(active)  # archived ones apart
    for key in ("supports", "pilot_projects", "plans"):
        assert page.counts[key].text() == str(counts[key]), key
    texts = visible_texts(page)
    assert "Quảng Ngãi" in texts and "Phường Đăk Cấm" in texts and "Cán bộ Kiểm thử" in texts
    assert str(sqlite_file) in texts

    # A write announced on the change bus refreshes the page.
    def write(session, _p, _c):
        demo.generate(session, enterprises=1234, seed=4)
        return Changes.of("enterprises")

    Op(app.window, write).run()
    idle(app)
    with read_db(url) as s:
        active, _archived = enterprise_counts(s)
    qtbot.waitUntil(lambda: page.counts["enterprises"].text() == f"{active:,}".replace(",", "."))


def test_about_box_opens_closes_and_is_freed(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    box = app.window.show_about()
    assert box.isVisible()
    assert "36/QĐ-TTg" in box.text() and str(sqlite_file) in box.text()
    assert f"nsdesk {nsdesk.__version__}" in box.text()
    gone = weakref.ref(box)
    with qtbot.waitSignal(box.destroyed):
        box.button(QMessageBox.StandardButton.Close).click()
    del box
    import gc

    gc.collect()
    assert gone() is None or not _valid(gone())


def test_about_is_in_the_help_menu(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    app.window.about_action.trigger()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "aboutBox" and w.isVisible()]
    assert len(boxes) == 1
    boxes[0].close()


def test_f1_opens_the_searchable_user_guide_with_pictures(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    assert app.window.help_action.shortcut().toString() == "F1"
    app.window.help_action.trigger()
    guide = app.window.help_dialog
    qtbot.waitUntil(guide.isVisible)
    titles = guide.shown_topics()
    for area in ("Tổng quan", "Sổ doanh nghiệp", "Nhập sổ doanh nghiệp từ Excel", "Xuất sổ doanh nghiệp ra Excel",
                 "Dự án điểm", "Chỉ số năng suất", "Kế hoạch & chỉ tiêu", "Báo cáo", "Sao lưu và khôi phục",
                 "Phím tắt"):
        assert area in titles
    qtbot.keyClicks(guide.search, "khoi phuc")  # accents optional
    assert guide.shown_topics()[0] in ("Sao lưu và khôi phục", "Sổ doanh nghiệp")
    assert "Sao lưu và khôi phục" in guide.shown_topics() and "Báo cáo" not in guide.shown_topics()
    guide.search.clear()
    qtbot.keyClicks(guide.search, "khong co tu nay")
    assert guide.shown_topics() == [] and guide.empty.isVisible()
    # the pictures are in the package beside the guide
    from nsdesk.ui.help import guide_path

    html = guide_path().read_text(encoding="utf-8")
    import re

    pictures = re.findall(r'src="([^"]+)"', html)
    assert pictures and all((guide_path().parent / p).is_file() for p in pictures)
    guide.close()


def test_page_shortcuts_are_shown_in_the_go_menu_and_tooltips(make_app, sqlite_file, qtbot, idle):
    app = make_app(str(sqlite_file))
    texts = [(a.text(), a.shortcut().toString()) for a in app.window.page_actions]
    assert texts[1] == ("Doanh nghiệp", "Ctrl+2") and len(texts) == 7
    assert app.window.nav.item(3).toolTip() == "Hỗ trợ & công cụ (Ctrl+4)"
    app.window.page_actions[4].trigger()
    idle(app)
    assert app.window.nav.currentRow() == 4


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


@pytest.mark.parametrize("garbage", [b"this is not a database\x00" * 200, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_corrupt_file_opens_recovery_page_and_is_left_untouched(make_app, tmp_path, qtbot, idle, garbage):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(garbage)
    app = make_app(str(path))
    w = app.window
    rec = w.recovery_page
    assert rec is not None and w.stack.currentWidget() is rec and rec.isVisible()
    assert "bị hỏng" in rec.message.text() or "không phải" in rec.message.text()
    assert rec.hint.text()
    assert [b.text() for b in (rec.choose_button, rec.new_button, rec.retry_button)] == [
        "Chọn tệp khác…", "Tạo cơ sở dữ liệu mới…", "Thử lại"]
    assert not w.nav.isEnabled()
    assert w.db_label.text().startswith("CSDL: không mở được")

    qtbot.mouseClick(rec.retry_button, Qt.MouseButton.LeftButton)
    idle(app)
    assert w.stack.currentWidget() is rec
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.sqlite"]


def test_recovery_then_retry_after_the_file_is_fixed(make_app, tmp_path, sqlite_file, qtbot, idle):
    path = tmp_path / "later.sqlite"
    path.write_bytes(b"garbage" * 100)
    app = make_app(str(path))
    assert app.window.stack.currentWidget() is app.window.recovery_page
    path.write_bytes(sqlite_file.read_bytes())  # e.g. the user restored a backup
    qtbot.mouseClick(app.window.recovery_page.retry_button, Qt.MouseButton.LeftButton)
    idle(app)
    assert app.window.nav.isEnabled()
    assert app.window.stack.currentIndex() == 0
    assert app.window.db_label.text() == f"CSDL: {path}"


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, NSDESK_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "nsdesk", "--db", str(tmp_path / "x.sqlite")], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    _, _, heavy = out.stdout.strip().splitlines()[-1].split()
    assert heavy == "-"  # e.g. "sqlalchemy,pyqtgraph" would list what slipped in
    assert not (tmp_path / "x.sqlite").exists()  # and the database is opened only afterwards


def test_a_page_that_fails_to_build_shows_the_crash_dialog_and_the_window_stays(make_app, sqlite_file, monkeypatch):
    from nsdesk.ui import pages

    def broken(spec, ctx, parent):
        raise RuntimeError("page bug")

    app = make_app(str(sqlite_file))
    monkeypatch.setattr(pages, "create", broken)
    app.window.show_page(6)
    from nsdesk.ui.crash import CrashDialog

    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, CrashDialog) and b.isVisible()]
    assert len(boxes) == 1 and "page bug" in boxes[0].detailed_text()
    assert app.window.stack.currentIndex() == 0 and app.window.nav.currentRow() == 0 and app.window.isVisible()
    boxes[0].close()
