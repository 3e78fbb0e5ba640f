"""CLI contract: ``supports list --json`` and ``metrics summary --json`` on a demo database."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter

import pytest

from nsdesk.cli import main
from nsdesk.db import open_database
from nsdesk.models import SUPPORT_TYPES
from nsdesk.services.pilots import summaries

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, _templates):
    import shutil

    path = tmp_path_factory.mktemp("cli_pilots") / "demo.sqlite"
    shutil.copyfile(_templates("sqlite"), path)
    assert main(["--db", str(path), "demo", "--enterprises", "800", "--json"]) == 0
    return path


def _json(capsys, *argv):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_supports_list_json_contract(demo_db, capsys):
    rows = _json(capsys, "--db", str(demo_db), "supports", "list", "--json")
    assert isinstance(rows, list) and len(rows) >= 50
    required = {"uuid", "enterprise_uuid", "tax_code", "project_code", "types", "tools", "status", "start", "end"}
    for r in rows:
        assert required <= set(r)
        assert r["status"] in ("planned", "in_progress", "completed", "cancelled")
        assert set(r["types"]) <= set(SUPPORT_TYPES) and r["types"]
        assert isinstance(r["tools"], list) and r["tools"]
        for key in ("start", "end"):
            assert r[key] is None or ISO.match(r[key])
    assert len({r["uuid"] for r in rows}) == len(rows)
    assert max(Counter(r["enterprise_uuid"] for r in rows).values()) >= 2
    assert "cancelled" in {r["status"] for r in rows}
    assert any(r["project_code"] for r in rows) and any(r["project_code"] is None for r in rows)
    # The tax codes are the enterprises' own.
    con = sqlite3.connect(demo_db)
    taxes = dict(con.execute("select uuid, tax_code from enterprises").fetchall())
    con.close()
    assert all(taxes[r["enterprise_uuid"]] == r["tax_code"] for r in rows)


def test_supports_list_filters_and_text(demo_db, capsys):
    cancelled = _json(capsys, "--db", str(demo_db), "supports", "list", "--status", "cancelled", "--json")
    assert cancelled and {r["status"] for r in cancelled} == {"cancelled"}
    assert main(["--db", str(demo_db), "supports", "list"]) == 0
    assert "lượt" in capsys.readouterr().out.splitlines()[-1]
    soon = _json(capsys, "--db", str(demo_db), "supports", "expiring", "--json")
    assert soon and all(r["cert_number"] for r in soon)


@pytest.mark.parametrize("by", ["tool", "sector", "commune", "project"])
def test_metrics_summary_json_is_what_the_service_gives(demo_db, capsys, by):
    rows = _json(capsys, "--db", str(demo_db), "metrics", "summary", "--by", by, "--json")
    db = open_database(str(demo_db))
    try:
        with db.sessions() as s:
            expected = [r.as_json() for r in summaries.summarize(s, by)]
    finally:
        db.dispose()
    assert rows == expected and rows
    for r in rows:
        assert {"group", "group_label", "metric", "enterprises", "n_pairs", "n_measurements",
                "median_pct", "mean_pct"} <= set(r)
    if by in ("sector", "commune"):
        # Every stored reading belongs to exactly one sector / commune.
        con = sqlite3.connect(demo_db)
        total = con.execute("select count(*) from measurements").fetchone()[0]
        con.close()
        assert sum(r["n_measurements"] for r in rows) == total


def test_metrics_summary_default_text_and_bad_grouping(demo_db, capsys):
    assert main(["--db", str(demo_db), "metrics", "summary"]) == 0
    out = capsys.readouterr().out
    assert "Nhóm theo: Công cụ" in out and "Năng suất lao động" in out
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(demo_db), "metrics", "summary", "--by", "province"])
    assert exc.value.code == 2
    assert "--by" in capsys.readouterr().err


def test_empty_database_lists_nothing(sqlite_file, capsys):
    assert _json(capsys, "--db", str(sqlite_file), "supports", "list", "--json") == []
    assert _json(capsys, "--db", str(sqlite_file), "metrics", "summary", "--json") == []
