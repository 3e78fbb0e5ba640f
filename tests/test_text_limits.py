"""Long text is refused with a reason, never stored and then cut by the export."""

from __future__ import annotations

import sqlite3

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx

from nsdesk.cli import main
from nsdesk.services.common.forms import FormError
from nsdesk.services.register import enterprises


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_imported_name_longer_than_its_column_is_rejected_with_a_reason(sqlite_file, tmp_path, capsys):
    c = codes(2)
    path = write_xlsx(tmp_path / "dai.xlsx", [STANDARD_HEADER, row(c[0], "Công ty " + "A" * 30_000),
                                              row(c[1], "Công ty Bình Thường")])
    code, out, _err = cli(capsys, "--db", sqlite_file, "import", "enterprises", path, "--json")
    assert code == 1
    import json

    result = json.loads(out)
    assert result["created"] == 1
    [rejected] = result["rejected"]
    assert rejected["row"] == 2 and rejected["reason"] == "name" and "tối đa 300 ký tự" in rejected["message"]
    with sqlite3.connect(sqlite_file) as conn:
        assert conn.execute("SELECT max(length(name)) FROM enterprises").fetchone()[0] < 300


def test_the_export_reimports_unchanged_since_nothing_over_a_limit_is_stored(sqlite_file, tmp_path, capsys):
    c = codes(1)
    note = "Ghi chú " + "x" * 3900
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A", note=note)])
    assert cli(capsys, "--db", sqlite_file, "import", "enterprises", path)[0] == 0
    out = tmp_path / "so.xlsx"
    assert cli(capsys, "--db", sqlite_file, "export", "enterprises", "--out", out)[0] == 0
    code, text, _err = cli(capsys, "--db", sqlite_file, "import", "enterprises", out, "--json")
    import json

    assert code == 0 and json.loads(text)["unchanged"] == 1


@pytest.mark.db
def test_a_form_refuses_a_long_name_naming_the_field(session):
    with pytest.raises(FormError) as info:
        enterprises.create(session, {"tax_code": codes(1)[0], "name": "Công ty " + "B" * 400})
    assert "name" in info.value.errors and "tối đa 300" in info.value.errors["name"]


@pytest.mark.db
def test_any_flush_refuses_text_over_its_column(session):
    ent = enterprises.create(session, {"tax_code": codes(1)[0], "name": "Công ty C"})
    ent.representative = "N" * 201
    with pytest.raises(FormError) as info:
        session.flush()
    assert "representative" in info.value.errors
