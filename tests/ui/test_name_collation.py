"""The register page lists names in Vietnamese alphabetical order on each backend: Đ after D,
tones in dictionary order, lower case before upper case — the order SQL gives and the UI shows."""

from __future__ import annotations

import random

import pytest

from nsdesk.services.common.text import sort_key
from tests.ui.test_register_table import click_header, names, settle, valid_codes

IN_ORDER = ["Cơ sở Ba", "Cơ sở Bà", "Cơ sở Bả", "Cơ sở Bã", "Cơ sở Bá", "Cơ sở Bạ", "Cơ sở Dứa", "Cơ sở Dương",
            "Cơ sở đa", "Cơ sở Đa", "Cơ sở Đà", "Cơ sở Đào", "Cơ sở Ê Đê"]


@pytest.mark.db
def test_register_page_shows_names_in_vietnamese_order(db, make_app, qtbot):
    from nsdesk.services.register import enterprises

    shuffled = IN_ORDER[:]
    random.Random(3).shuffle(shuffled)
    with db.sessions() as s:
        for code, name in zip(valid_codes(len(shuffled), "44"), shuffled):
            enterprises.create(s, {"name": name, "tax_code": code, "kind": "household"})
        s.commit()
    app = make_app(db.engine.url.render_as_string(hide_password=False))
    app.window.show_page(1)
    page = app.window.page("enterprises")
    settle(qtbot, app, page)
    assert names(page) == IN_ORDER == sorted(IN_ORDER, key=sort_key)
    page.search.setText("co so d")  # the search's own path (FTS on SQLite, GIN or walk on PostgreSQL)
    settle(qtbot, app, page)
    with_d = [n for n in IN_ORDER if any(w[0] in "dDđĐ" for w in n.split()[2:])]  # "Ê Đê" too
    assert names(page) == with_d and len(with_d) == 7
    click_header(qtbot, page, "name")  # name order is the default: one click turns it round
    qtbot.waitUntil(lambda: names(page)[:1] == ["Cơ sở Ê Đê"])
    assert names(page) == with_d[::-1]
