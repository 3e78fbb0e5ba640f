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
