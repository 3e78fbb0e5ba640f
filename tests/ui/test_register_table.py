"""The register page as an officer uses it: search as you type, count, sorting, filters, lazy rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from stdnum.vn import mst

from nsdesk.services.common.text import fold

OFFICE_COMMUNE = "23284"  # Phường Đăk Cấm, Quảng Ngãi (the test office)
OTHER_COMMUNE = "21025"  # Phường Cẩm Thành

# name, kind, employees, size class, commune, archived
REGISTER = [
    ("Hợp tác xã Nông nghiệp Sao Mai", "cooperative", 12, "small", OFFICE_COMMUNE, False),
    ("Hợp tác xã Thủy sản Lý Sơn", "cooperative", 30, "small", OTHER_COMMUNE, False),
    ("Tổ hợp tác Rau sạch Nghĩa Lộ", "coop_group", 6, "micro", OTHER_COMMUNE, False),
    ("Công ty TNHH Đức Thành", "llc", 150, "medium", OFFICE_COMMUNE, False),
    ("Công ty Cổ phần Hợp Tiến", "jsc", 40, "small", OTHER_COMMUNE, False),
    ("Hộ kinh doanh Trần Văn Tác", "household", 3, "household", OFFICE_COMMUNE, False),
    ("Doanh nghiệp tư nhân Ánh Dương", "private", 8, "micro", OFFICE_COMMUNE, False),
    ("Hợp tác xã Đá Xanh (cũ)", "cooperative", 20, "small", OFFICE_COMMUNE, True),
]


# VSIC divisions of some of them (A: 01 crops, 03 fisheries; C: 10 food processing)
SECTORS = {"Hợp tác xã Nông nghiệp Sao Mai": "01", "Hợp tác xã Thủy sản Lý Sơn": "03", "Công ty TNHH Đức Thành": "10"}


def valid_codes(count: int, prefix: str = "43") -> list[str]:
    codes, n = [], 1
    while len(codes) < count:
        body = f"{prefix}{n:07d}"
        code = body + mst.calc_check_digit(body)
        if mst.is_valid(code):
            codes.append(code)
        n += 1
    return codes


def seed(url: str, rows, read_db) -> list[str]:
    """Insert enterprises the way the importer does (Core executemany); returns their tax codes."""
    from sqlalchemy import insert

    from nsdesk.models import AdminUnit, Enterprise, name_order
    from nsdesk.services.common.text import fold, sort_key
    from nsdesk.services.register.importing.fields import search_text

    if not rows:
        return []
    codes = valid_codes(len(rows))
    with read_db(url) as s:
        names = {c: s.get(AdminUnit, c).name for c in {r[4] for r in rows}}
        values = [
            {"tax_code": code, "name": name, "kind": kind, "employees": emp, "size_class": size,
             "sector_code": SECTORS.get(name),
             "province_code": "51", "commune_code": commune, "archived": archived, "name_folded": fold(name),
             "name_sort": sort_key(name),
             "search_folded": search_text(name, code, None, names[commune])}
            for code, (name, kind, emp, size, commune, archived) in zip(codes, rows)]
        name_order.place(s, values)
        s.execute(insert(Enterprise), values)
        s.commit()
    return codes


@pytest.fixture
def register(make_app, sqlite_file, read_db, qtbot):
    """The app on a small register, showing the Doanh nghiệp page with its first page loaded."""

    def open_it(rows=REGISTER):
        seed(f"sqlite:///{sqlite_file}", rows, read_db)
        app = make_app(str(sqlite_file))
        app.window.show_page(1)
        page = app.window.page("enterprises")
        settle(qtbot, app, page)
        return app, page

    return open_it


def settle(qtbot, app, page) -> None:
    qtbot.waitUntil(lambda: page.model.query is not None and not page.model.loading and app.ctx.runner.idle
                    and not page._debounce.isActive(), timeout=10000)


def names(page) -> list[str]:
    m = page.model
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def column(page, key: str) -> list:
    from nsdesk.ui.register.table import COLUMN_KEYS

    c = COLUMN_KEYS.index(key)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def test_page_shows_active_register_sorted_by_name_with_vietnamese_headers(register):
    app, page = register()
    assert app.window.stack.currentWidget().isAncestorOf(page)
    m = page.model
    assert [m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())] == [
        "Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Ngành (VSIC)", "Xã/Phường", "Số lao động", "Quy mô",
        "Lưu trữ"]
    active = sorted((r[0] for r in REGISTER if not r[5]), key=fold)
    assert names(page) == active
    assert page.count_label.text() == "7 doanh nghiệp"
    assert page.search.placeholderText() == "Tìm theo tên, mã số thuế, địa chỉ, xã/phường…"
    row = names(page).index("Hợp tác xã Nông nghiệp Sao Mai")
    assert [page.model.index(row, c).data() for c in range(2, 8)] == [
        "Hợp tác xã", "01 – Nông nghiệp và hoạt động dịch vụ có liên quan", "Phường Đăk Cấm", "12", "Nhỏ", ""]
    assert page.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == "Nông nghiệp và hoạt động dịch vụ có liên quan"


def test_typing_hop_tac_filters_the_table_and_updates_the_count(register, qtbot):
    app, page = register()
    qtbot.keyClicks(page.search, "hop tac")
    qtbot.waitUntil(lambda: sorted(names(page)) == sorted([
        "Hợp tác xã Nông nghiệp Sao Mai", "Hợp tác xã Thủy sản Lý Sơn", "Tổ hợp tác Rau sạch Nghĩa Lộ"]))
    settle(qtbot, app, page)
    assert page.count_label.text() == "3 doanh nghiệp"

    page.search.clear()
    qtbot.keyClicks(page.search, "dak c")  # accent-free prefix of the commune "Đăk Cấm"
    qtbot.waitUntil(lambda: len(names(page)) == 4)
    assert all(c == "Phường Đăk Cấm" for c in column(page, "commune"))

    page.search.clear()
    qtbot.keyClicks(page.search, "khong co ai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    settle(qtbot, app, page)
    assert page.count_label.text() == "Không có doanh nghiệp nào khớp với “khong co ai”"


def test_search_by_tax_code_prefix(register, qtbot):
    app, page = register()
    codes = valid_codes(len(REGISTER))
    qtbot.keyClicks(page.search, codes[3][:9])
    qtbot.waitUntil(lambda: names(page) == ["Công ty TNHH Đức Thành"])
    assert column(page, "tax_code") == [codes[3]]


def test_stale_results_of_earlier_keystrokes_are_dropped(register, qtbot):
    app, page = register()
    # Every keystroke of a fast typist ends in the same final result, never an earlier one.
    for text in ("h", "ho", "hop", "hop t", "hop ti"):
        page.search.setText(text)
        page.apply_query()  # no debounce: every prefix reaches the worker
    settle(qtbot, app, page)
    assert names(page) == ["Công ty Cổ phần Hợp Tiến"]
    assert page.count_label.text() == "1 doanh nghiệp"


def click_header(qtbot, page, key: str) -> None:
    from nsdesk.ui.register.table import COLUMN_KEYS

    header = page.table.horizontalHeader()
    c = COLUMN_KEYS.index(key)
    pos = QPoint(header.sectionViewportPosition(c) + header.sectionSize(c) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_header_sorts_in_sql_both_ways(register, qtbot):
    app, page = register()
    click_header(qtbot, page, "employees")
    qtbot.waitUntil(lambda: column(page, "employees") == ["3", "6", "8", "12", "30", "40", "150"])
    click_header(qtbot, page, "employees")
    qtbot.waitUntil(lambda: column(page, "employees") == ["150", "40", "30", "12", "8", "6", "3"])
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # Sorting keeps the search.
    qtbot.keyClicks(page.search, "hop tac")
    qtbot.waitUntil(lambda: column(page, "employees") == ["30", "12", "6"])
    # The "Lưu trữ" column cannot be sorted: the order and the indicator stay.
    click_header(qtbot, page, "archived")
    settle(qtbot, app, page)
    assert column(page, "employees") == ["30", "12", "6"]
    assert page.table.horizontalHeader().sortIndicatorSection() == 5


def _choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_filters_kind_size_commune_and_archived(register, qtbot):
    app, page = register()
    _choose(page.kind_filter, "cooperative")
    qtbot.waitUntil(lambda: names(page) == ["Hợp tác xã Nông nghiệp Sao Mai", "Hợp tác xã Thủy sản Lý Sơn"])
    assert page.kind_filter.currentText() == "Hợp tác xã"

    archived_column = 7
    assert page.table.isColumnHidden(archived_column)  # always empty while only active ones are listed
    page.archived_filter.click()  # show archived ones too
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    assert not page.table.isColumnHidden(archived_column)
    assert "Hợp tác xã Đá Xanh (cũ)" in names(page)
    row = names(page).index("Hợp tác xã Đá Xanh (cũ)")
    assert page.model.index(row, archived_column).data() == "Đã lưu trữ"

    _choose(page.commune_filter, OTHER_COMMUNE)
    qtbot.waitUntil(lambda: names(page) == ["Hợp tác xã Thủy sản Lý Sơn"])
    assert page.commune_filter.currentText() == "Phường Cẩm Thành"
    assert page.commune_filter.count() == 1 + 96  # every commune of Quảng Ngãi

    _choose(page.kind_filter, None)
    _choose(page.size_filter, "micro")
    qtbot.waitUntil(lambda: names(page) == ["Tổ hợp tác Rau sạch Nghĩa Lộ"])
    assert page.size_filter.currentText() == "Siêu nhỏ"
    assert [page.size_filter.itemText(i) for i in range(page.size_filter.count())] == [
        "Mọi quy mô", "Siêu nhỏ", "Nhỏ", "Vừa", "Không phải DNNVV", "Hộ kinh doanh", "Chưa xác định"]

    _choose(page.pilot_filter, True)  # nobody is in a pilot yet
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    settle(qtbot, app, page)
    assert page.count_label.text() == "0 doanh nghiệp"  # no search text: just the count


def test_sector_tool_and_pilot_filters(register, qtbot, read_db, sqlite_file):
    from sqlalchemy import select

    from nsdesk.models import Enterprise, PilotProject, Support, SupportTool, Tool

    seed(f"sqlite:///{sqlite_file}", REGISTER, read_db)
    with read_db(f"sqlite:///{sqlite_file}") as s:  # one enterprise adopted a tool within a pilot
        tool = s.scalars(select(Tool).order_by(Tool.id)).first()
        ent = s.scalar(select(Enterprise).where(Enterprise.name == "Công ty TNHH Đức Thành"))
        project = PilotProject(code="DA-01", name="Dự án điểm 5S")
        s.add(project)
        s.flush()
        support = Support(enterprise_id=ent.id, project_id=project.id, status="done")
        s.add(support)
        s.flush()
        s.add(SupportTool(support_id=support.id, tool_id=tool.id))
        s.commit()
        tool_id, tool_name = tool.id, tool.name
    app, page = register([])  # the register is already seeded above
    assert page.sector_filter.itemText(1).startswith("A – Nông nghiệp")
    _choose(page.sector_filter, "A")
    qtbot.waitUntil(lambda: names(page) == ["Hợp tác xã Nông nghiệp Sao Mai", "Hợp tác xã Thủy sản Lý Sơn"])
    _choose(page.sector_filter, "C")
    qtbot.waitUntil(lambda: names(page) == ["Công ty TNHH Đức Thành"])
    _choose(page.sector_filter, None)
    qtbot.waitUntil(lambda: len(names(page)) == 7)

    _choose(page.tool_filter, tool_id)
    assert page.tool_filter.currentText() == tool_name
    qtbot.waitUntil(lambda: names(page) == ["Công ty TNHH Đức Thành"])
    _choose(page.tool_filter, None)
    _choose(page.pilot_filter, True)
    qtbot.waitUntil(lambda: names(page) == ["Công ty TNHH Đức Thành"])
    assert page.pilot_filter.currentText() == "Đang trong dự án điểm"
    _choose(page.pilot_filter, False)
    qtbot.waitUntil(lambda: len(names(page)) == 6 and "Công ty TNHH Đức Thành" not in names(page))


def test_rows_are_fetched_lazily_and_the_count_uses_dots(register, qtbot):
    rows = [(f"Công ty TNHH Thương mại số {i:04d}", "llc", i % 50, "micro", OFFICE_COMMUNE, False)
            for i in range(1234)]
    app, page = register(rows)
    m = page.model
    assert page.count_label.text() == "1.234 doanh nghiệp"
    assert m.rowCount() == 1234
    assert len(m.loaded_rows()) == 200  # only the first page is in memory
    assert m.index(1233, 1).data() == "…"  # not loaded yet: a placeholder, and a request for its page
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: m.index(1233, 1).data() == "Công ty TNHH Thương mại số 1233")
    assert len(m.loaded_rows()) < 1234


def test_the_model_passes_qtmodeltester(register, qtmodeltester, qtbot):
    rows = [(f"Hợp tác xã số {i:03d}", "cooperative", i, "small", OFFICE_COMMUNE, i % 7 == 0) for i in range(450)]
    app, page = register(rows)
    qtmodeltester.check(page.model)
    settle(qtbot, app, page)
    last = page.model.rowCount() - 1
    assert last == 450 - 65 - 1  # every 7th one is archived, hidden by default
    qtbot.waitUntil(lambda: page.model.index(last, 1).data() == "Hợp tác xã số 449")
    qtmodeltester.check(page.model)  # again with the last page loaded
    # A new query resets the model consistently too.
    qtbot.keyClicks(page.search, "so 01")
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)  # 010–019 but not the archived 014
    qtmodeltester.check(page.model)


def test_search_sort_and_filter_on_every_backend(make_app, db, read_db, qtbot):
    """The same page over SQLite and PostgreSQL (GIN full-text index there)."""
    url = db.url
    seed(url, REGISTER, read_db)
    app = make_app(url)
    app.window.show_page(1)
    page = app.window.page("enterprises")
    settle(qtbot, app, page)
    assert page.count_label.text() == "7 doanh nghiệp"
    qtbot.keyClicks(page.search, "hop tac")
    qtbot.waitUntil(lambda: sorted(names(page)) == sorted([
        "Hợp tác xã Nông nghiệp Sao Mai", "Hợp tác xã Thủy sản Lý Sơn", "Tổ hợp tác Rau sạch Nghĩa Lộ"]))
    click_header(qtbot, page, "employees")
    qtbot.waitUntil(lambda: column(page, "employees") == ["6", "12", "30"])
    _choose(page.kind_filter, "cooperative")
    qtbot.waitUntil(lambda: column(page, "employees") == ["12", "30"])
    settle(qtbot, app, page)
    assert page.count_label.text() == "2 doanh nghiệp"


def test_export_writes_what_the_list_shows_filtered_and_sorted(register, qtbot, tmp_path):
    from python_calamine import CalamineWorkbook

    app, page = register()
    qtbot.keyClicks(page.search, "hop tac")
    click_header(qtbot, page, "employees")
    click_header(qtbot, page, "employees")  # most workers first
    qtbot.waitUntil(lambda: column(page, "employees") == ["30", "12", "6"])
    shown = names(page)
    path = tmp_path / "loc.xlsx"
    page.export_to(str(path))
    qtbot.waitUntil(lambda: page.last_export_note != "", timeout=10000)
    assert page.last_export_note.startswith("Đã xuất 3 doanh nghiệp đang hiện trong danh sách")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    header = next(i for i, r in enumerate(rows) if "Tên doanh nghiệp" in r)
    name_col = rows[header].index("Tên doanh nghiệp")
    written = [r[name_col] for r in rows[header + 1:] if r[name_col]]
    assert written == shown and len(written) == 3


def test_the_sector_column_shows_code_and_name(register, qtbot):
    app, page = register()
    qtbot.waitUntil(lambda: page._filters_loaded)
    shown = dict(zip(names(page), column(page, "sector")))
    assert shown["Hợp tác xã Nông nghiệp Sao Mai"].startswith("01 – ")
    assert len(shown["Hợp tác xã Nông nghiệp Sao Mai"]) > len("01 – ")
    assert shown["Hộ kinh doanh Trần Văn Tác"] == ""
