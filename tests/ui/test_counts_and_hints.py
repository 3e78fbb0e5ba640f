"""One count of enterprises on every page (archived ones apart, said where shown); hints on empty pages."""

from __future__ import annotations

from . import test_register_table as table

register = table.register


def test_the_overview_counts_enterprises_like_the_register_and_names_the_archived(register, qtbot, idle):
    app, page = register()  # 7 enterprises, 1 more archived
    assert page.model.rowCount() == 7
    app.window.show_page(0)
    idle(app)
    overview = app.window.page("overview")
    tile = overview.counts["enterprises"]
    qtbot.waitUntil(lambda: tile.text() == "7")
    assert overview.archived_note.text() == "không tính 1 đã lưu trữ"


def test_empty_pages_of_a_new_database_say_what_to_do_next(make_app, sqlite_file, qtbot, idle):
    from .test_pilots_page import open_page

    app, supports = open_page(make_app, idle, sqlite_file, "supports")
    assert supports.empty_hint.isVisible() and "Thêm lượt hỗ trợ…" in supports.empty_hint.text()
    app.window.show_page(4)
    idle(app)
    metrics = app.window.page("metrics")
    qtbot.waitUntil(lambda: metrics.empty_hint.isVisible())
    assert "Nhập số liệu…" in metrics.empty_hint.text()
    app.window.show_page(1)
    idle(app)
    register_page = app.window.page("enterprises")
    qtbot.waitUntil(lambda: register_page.empty_hint.isVisible())
    assert "Nhập từ Excel…" in register_page.empty_hint.text() and "Ctrl+N" in register_page.empty_hint.text()


def test_a_filter_that_finds_nothing_says_how_to_see_everything_again(register, qtbot):
    app, page = register()
    assert not page.empty_hint.isVisible()
    qtbot.keyClicks(page.search, "khong co ai")
    qtbot.waitUntil(lambda: page.empty_hint.isVisible())
    assert "khớp bộ lọc" in page.empty_hint.text()
    page.search.clear()
    qtbot.waitUntil(lambda: not page.empty_hint.isVisible())
