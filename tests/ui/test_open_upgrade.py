"""Opening a database made by an older nsdesk: backed up, upgraded, and its register searchable."""

from __future__ import annotations

from sqlalchemy import text

from .test_register_table import names, settle


def _old_database(path) -> None:
    """A file at schema 0003 (before the name-order key) holding two enterprises."""
    from schema_helpers import migrate_to

    from nsdesk.db import open_database
    from nsdesk.services.common import office
    from nsdesk.services.common.text import fold

    db = open_database(str(path))
    try:
        migrate_to(db, "0003_target_rule_text")
        with db.sessions.begin() as s:
            _reference_at_0003(s)
            office.set_office(s, province="51", commune="Phường Đăk Cấm", officer="Trần Thị B")
        with db.engine.begin() as conn:
            for i, name in enumerate(["Hợp tác xã Sao Mai", "Công ty TNHH Đức Thành"]):
                conn.execute(text(
                    "INSERT INTO enterprises (uuid, created_at, modified_at, name, kind, size_class, archived, "
                    "search_folded, name_folded) VALUES (:u, '2025-01-01', '2025-01-01', :n, 'llc', 'unknown', "
                    "0, :s, :f)"), {"u": f"u{i}", "n": name, "s": fold(name), "f": fold(name)})
    finally:
        db.dispose()


def _reference_at_0003(session) -> None:
    """The reference data as nsdesk wrote it then: communes without the reading key (0010 fills it)."""
    from nsdesk.services.common import reference
    from nsdesk.services.common.text import fold

    provinces, communes = reference.official_units()
    rows = [{**p, "level": "province", "province_code": None} for p in provinces]
    rows += [{**c, "level": "commune"} for c in communes]
    session.execute(text(
        "INSERT INTO admin_units (code, name, level, division_type, province_code, name_folded, is_current) "
        "VALUES (:code, :name, :level, :division_type, :province_code, :name_folded, 1)"),
        [{**r, "name_folded": fold(r["name"])} for r in rows])
    reference.load_sectors(session)
    reference.load_tools(session)
    reference.load_metrics(session)


def test_an_older_file_is_backed_up_upgraded_and_searchable(make_app, tmp_path, qtbot, read_db):
    path = tmp_path / "xa-cu.sqlite"
    _old_database(path)
    app = make_app(str(path))
    w = app.window
    backups = list((tmp_path / "backups").glob("xa-cu-*.sqlite"))
    assert len(backups) == 1
    assert "Đã nâng cấp cơ sở dữ liệu; bản sao lưu:" in w.statusBar().currentMessage()
    assert str(backups[0]) in w.statusBar().currentMessage()

    w.show_page(1)
    page = w.page("enterprises")
    settle(qtbot, app, page)
    qtbot.keyClicks(page.search, "sao m")
    qtbot.waitUntil(lambda: names(page) == ["Hợp tác xã Sao Mai"])
    settle(qtbot, app, page)
    assert page.count_label.text() == "1 doanh nghiệp"
    with read_db(str(path)) as s:  # the upgrade gave every commune its reading key (register's commune sort)
        assert s.execute(text("SELECT count(*) FROM admin_units WHERE name_sort = ''")).scalar() == 0
