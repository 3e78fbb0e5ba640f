"""`import enterprises` never moves an enterprise with counted lượt to another commune silently."""

from __future__ import annotations

import json

from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from sqlalchemy import select

from nsdesk.cli import main
from nsdesk.db import open_database
from nsdesk.models import Enterprise
from nsdesk.services.pilots import supports


def _commune(path, code) -> str | None:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.sessions() as s:
            return s.scalar(select(Enterprise.commune_code).where(Enterprise.tax_code == code))
    finally:
        db.dispose()


def test_a_supported_enterprise_keeps_its_commune_unless_moves_are_accepted(sqlite_file, tmp_path, capsys):
    c = codes(2)
    first = write_xlsx(tmp_path / "phuong.xlsx", [STANDARD_HEADER, row(c[0], "Công ty TNHH An Phát", commune="Đăk Cấm"),
                                                  row(c[1], "Công ty TNHH Bình An", commune="Đăk Cấm")])
    assert main(["--db", str(sqlite_file), "import", "enterprises", str(first)]) == 0
    db = open_database(f"sqlite:///{sqlite_file}")
    with db.sessions.begin() as s:
        supports.create_support(s, {"enterprise": c[0], "types": ["training"], "status": "completed",
                                    "start_date": "2025-03-01"})
    db.dispose()
    other = write_xlsx(tmp_path / "hiep_hoi.xlsx", [STANDARD_HEADER,
                                                   row(c[0], "Công ty TNHH An Phát", commune="Cẩm Thành"),
                                                   row(c[1], "Công ty TNHH Bình An", commune="Cẩm Thành")])
    capsys.readouterr()
    assert main(["--db", str(sqlite_file), "import", "enterprises", str(other), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["updated"], result["unchanged"]) == (1, 1)  # only the enterprise without lượt moves
    [warning] = result["warnings"]
    assert warning["row"] == 2 and warning["column"] == "Xã/Phường" and "Đăk Cấm" in warning["message"]
    # The GUI shows the same message: it names the option, never a command-line flag.
    assert "cho phép chuyển phường/xã" in warning["message"] and "--" not in warning["message"]
    assert _commune(sqlite_file, c[0]) == "23284" and _commune(sqlite_file, c[1]) == "21025"

    assert main(["--db", str(sqlite_file), "import", "enterprises", str(other), "--json", "--accept-moves"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["updated"] == 1 and [w["column"] for w in result["warnings"]] == ["Xã/Phường"]
    assert _commune(sqlite_file, c[0]) == "21025"
