"""Register search: accent- and case-insensitive word prefixes, served by an index; filters; sorting."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from nsdesk.models import AdminUnit, Enterprise, PilotProject, Support, SupportTool, Tool
from nsdesk.services.common.text import fold
from nsdesk.services.register import search
from nsdesk.services.register.search import EnterpriseQuery as Q


def _add(session, name, tax_code, commune_code="23284", **kw):
    commune = session.get(AdminUnit, commune_code)
    address = kw.pop("address", "")
    e = Enterprise(
        name=name, tax_code=tax_code, commune_code=commune_code, province_code="51", address=address,
        name_folded=fold(name), search_folded=fold(f"{name} {tax_code} {address} {commune.name}"), **kw,
    )
    session.add(e)
    session.flush()
    return e


@pytest.fixture
def register(session):
    other = session.scalars(
        select(AdminUnit).where(AdminUnit.province_code == "51", AdminUnit.code != "23284", AdminUnit.level == "commune")
        .order_by(AdminUnit.code)
    ).first()
    es = {
        "htx": _add(session, "Hợp tác xã Nông nghiệp Sao Mai", "0312345670", kind="cooperative", employees=12,
                    size_class="small"),
        "cty": _add(session, "Công ty TNHH Đức Thành", "4300123458", other.code, kind="llc", employees=150,
                    size_class="medium", address="12 Quang Trung"),
        "hkd": _add(session, "Hộ kinh doanh Trần Văn Cấm", "0312999993", other.code, kind="household", employees=3,
                    size_class="household"),
        "old": _add(session, "Công ty Cổ phần Đá Xanh", "4300777772", kind="jsc", employees=40, size_class="small",
                    archived=True),
    }
    session.commit()
    return es, other


def names(rows):
    return sorted(r.name for r in rows)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("dak c", ["Hợp tác xã Nông nghiệp Sao Mai"]),  # commune Phường Đăk Cấm
        ("hop tac", ["Hợp tác xã Nông nghiệp Sao Mai"]),
        ("HỢP TÁC", ["Hợp tác xã Nông nghiệp Sao Mai"]),
        ("0312", ["Hộ kinh doanh Trần Văn Cấm", "Hợp tác xã Nông nghiệp Sao Mai"]),
        ("duc", ["Công ty TNHH Đức Thành"]),  # đ folds to d
        ("đức thành", ["Công ty TNHH Đức Thành"]),
        ("quang trung", ["Công ty TNHH Đức Thành"]),  # address
        ("van cam", ["Hộ kinh doanh Trần Văn Cấm"]),
        ("ac", []),  # word prefixes only: "tác" does not start with "ac"
        ("sao mai xyz", []),  # every word must match
        ("", ["Công ty TNHH Đức Thành", "Hộ kinh doanh Trần Văn Cấm", "Hợp tác xã Nông nghiệp Sao Mai"]),
    ],
)
def test_search_words(session, register, typed, expected):
    rows = search.page(session, Q(text=typed))
    assert names(rows) == sorted(expected)
    assert search.count(session, Q(text=typed)) == len(expected)


def test_words_are_runs_of_letters_and_digits_on_every_backend(session, register):
    """A branch code's suffix and the parts of "3/2" or "1.5" are words, as SQLite's FTS5 sees them."""
    _add(session, "Chi nhánh Công ty TNHH Đức Thành", "4300123458-001", kind="branch",
         address="Số 12 đường 3/2, tổ 1.5")
    session.commit()
    branch = ["Chi nhánh Công ty TNHH Đức Thành"]
    assert names(search.page(session, Q(text="001"))) == branch
    assert names(search.page(session, Q(text="3 2 to 1"))) == branch
    assert names(search.page(session, Q(text="4300123458"))) == ["Chi nhánh Công ty TNHH Đức Thành",
                                                                 "Công ty TNHH Đức Thành"]
    assert search.count(session, Q(text="5")) == 1  # "1.5": the word "5"


def test_archived_are_hidden_unless_asked(session, register):
    assert names(search.page(session, Q(text="da xanh"))) == []
    assert names(search.page(session, Q(text="da xanh", archived=True))) == ["Công ty Cổ phần Đá Xanh"]
    assert search.count(session, Q(archived=None)) == 4


def test_filters(session, register):
    es, other = register
    assert names(search.page(session, Q(kind="household"))) == ["Hộ kinh doanh Trần Văn Cấm"]
    assert names(search.page(session, Q(size_class="medium"))) == ["Công ty TNHH Đức Thành"]
    assert names(search.page(session, Q(commune_code=other.code))) == [
        "Công ty TNHH Đức Thành", "Hộ kinh doanh Trần Văn Cấm"]
    tool = session.scalars(select(Tool).where(Tool.code == "ISO9001")).one()
    project = PilotProject(code="DA-01", name="Dự án điểm Lean")
    session.add(project)
    session.flush()
    s1 = Support(enterprise_id=es["cty"].id, project_id=project.id, status="completed")
    s2 = Support(enterprise_id=es["htx"].id, status="cancelled")
    session.add_all([s1, s2])
    session.flush()
    session.add_all([SupportTool(support_id=s1.id, tool_id=tool.id), SupportTool(support_id=s2.id, tool_id=tool.id)])
    session.commit()
    # A cancelled support adopts nothing.
    assert names(search.page(session, Q(tool_id=tool.id))) == ["Công ty TNHH Đức Thành"]
    assert names(search.page(session, Q(in_pilot=True))) == ["Công ty TNHH Đức Thành"]
    assert "Công ty TNHH Đức Thành" not in names(search.page(session, Q(in_pilot=False)))


def test_sorting_and_paging(session, register):
    by_name = [r.name for r in search.page(session, Q())]
    assert by_name == sorted(by_name, key=fold)
    by_emp = [r.employees for r in search.page(session, Q(sort="employees", descending=True))]
    assert by_emp == [150, 12, 3]
    assert [r.name for r in search.page(session, Q(), offset=1, limit=1)] == [by_name[1]]
    assert search.ids(session, Q(sort="employees")) == [
        register[0]["hkd"].id, register[0]["htx"].id, register[0]["cty"].id]


def test_index_follows_renames_and_deletes(session, register):
    es, _ = register
    e = es["htx"]
    e.name = "Hợp tác xã Thủy sản Bình Minh"
    e.name_folded = fold(e.name)
    e.search_folded = fold(f"{e.name} {e.tax_code} Phường Đăk Cấm")
    session.commit()
    assert names(search.page(session, Q(text="sao mai"))) == []
    assert names(search.page(session, Q(text="binh minh"))) == ["Hợp tác xã Thủy sản Bình Minh"]
    session.delete(es["hkd"])
    session.commit()
    assert names(search.page(session, Q(text="tran van"))) == []


def test_search_is_served_by_an_index(session, register):
    stmt = search.select_rows(session, Q(text="hop tac", archived=None), 0, 200)
    compiled = stmt.compile(session.get_bind())
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        params = tuple(compiled.params[k] for k in compiled.positiontup)
        plan = " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))
        assert "VIRTUAL TABLE INDEX" in plan
        assert "SCAN enterprises" not in plan.replace("SCAN enterprises_fts", "")
    else:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params))
        assert "ix_enterprises_search_tsv" in plan, plan.replace(" | ", "\n")


def _word_prefix_match(typed: str, folded: str) -> bool:
    tokens = search._WORD.findall(folded)
    return all(any(t.startswith(w) for t in tokens) for w in search.search_words(typed))


@pytest.fixture
def long_register(session):
    """240 enterprises: the "Công ty" names come first in name order, the cooperatives last."""
    towns = ["An Phú", "Bình Minh", "Đức Phổ", "Sơn Tây", "Trà Bồng", "Ba Tơ"]
    trades = ["Cơ khí", "Chế biến Nông sản", "Đồ gỗ", "Thủy sản", "Dệt may"]
    for i in range(240):
        town, trade = towns[i % len(towns)], trades[i % len(trades)]
        if i % 8 == 7:
            name = f"Hợp tác xã {trade} {town} {i}"
        else:
            name = f"Công ty TNHH {trade} {town} {i}"
        _add(session, name, f"43{i:08d}", kind="llc", archived=(i % 11 == 10), address=f"Thôn {i % 9}")
    session.commit()


@pytest.mark.parametrize("typed", ["c", "cong ty", "co kh", "hop tac", "hop tac xa thuy", "son tay 1", "4300", "ong",
                                   "zzz"])
def test_pages_agree_with_word_prefix_rule_and_name_order(session, long_register, monkeypatch, typed):
    """Whichever way a page is found (on PostgreSQL a short walk of the name order for the first
    pages, else the full-text index), every page holds exactly the matches, in the register's
    name order, without gaps or repeats across pages, in both directions."""
    monkeypatch.setattr(search, "WALK_BUDGET", 60)  # the walk fills some pages and not others
    every = session.execute(select(Enterprise.id, Enterprise.search_folded).where(~Enterprise.archived)).all()
    expected = {e.id for e in every if _word_prefix_match(typed, e.search_folded)}
    for descending in (False, True):
        q = Q(text=typed, descending=descending)
        in_order = search.ids(session, q)  # the full-text index path, sorted in SQL
        assert set(in_order) == expected
        paged = [r.id for offset in range(0, 260, 20) for r in search.page(session, q, offset, 20)]
        assert paged == in_order
        assert search.count(session, q) == len(expected)


@pytest.mark.backends("postgresql")  # the walk is the PostgreSQL path (SQLite's FTS5 yields matches in name order)
def test_postgresql_first_pages_walk_the_name_order(session, long_register, monkeypatch, backend):
    """On PostgreSQL a common prefix's first page comes from one walk of the name index; a prefix
    whose matches come late in name order still gets its page, from the full-text index."""
    from sqlalchemy import event

    monkeypatch.setattr(search, "WALK_BUDGET", 60)
    statements: list[str] = []
    engine = session.get_bind()
    listener = lambda conn, cursor, stmt, *a: statements.append(stmt)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        first = search.page(session, Q(text="cong ty"), 0, 20)
        walked = list(statements)
        statements.clear()
        late = search.page(session, Q(text="hop tac"), 0, 20)
        fallback = list(statements)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(first) == 20 and all(r.name.startswith("Công ty") for r in first)
    assert len(walked) == 1 and "walked" in walked[0]
    assert len(late) == 20 and all(r.name.startswith("Hợp tác xã") for r in late)
    assert len(fallback) == 2 and "walked" in fallback[0] and "walked" not in fallback[1]
