"""The blank templates behind "Tải mẫu": they import as they are, one after the other (the example
enterprise, its lượt, its measurement), and their "Danh mục" sheet lists exactly what the coded
columns take — every value listed there is accepted by the importer. Catalogue names are also
taken in their short forms ("Cải tiến liên tục" for Kaizen); a metric name that is not in the
catalogue is refused with the names it may have meant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import python_calamine as pc
from fixtures.register_files import codes, write_xlsx
from pilot_helpers import make_enterprise

from nsdesk.cli import main
from nsdesk.services.pilots import importing
from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS

pytestmark = pytest.mark.db

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "resources" / "import_templates"


def reference(name: str) -> list[dict]:
    return json.loads((ROOT / "resources" / "reference" / name).read_text(encoding="utf-8"))


def catalogue(template: str) -> dict[str, list[list]]:
    wb = pc.CalamineWorkbook.from_path(str(TEMPLATES / template))
    assert wb.sheet_names[1] == "Danh mục"
    rows = wb.get_sheet_by_name("Danh mục").to_python()
    assert rows[0][:2] == ["Cột", "Ghi trong cột (mã hoặc tên)"]
    out: dict[str, list[list]] = {}
    for r in rows[1:]:
        out.setdefault(r[0], []).append(r[1:])
    return out


def run(db, kind, path):
    with db.sessions.begin() as s:
        return importing.import_file(s, kind, path)


def test_the_three_templates_import_as_they_are_one_after_the_other(db, tmp_path, capsys):
    url = db.url
    code = main(["--db", url, "import", "enterprises", str(TEMPLATES / "mau-doanh-nghiep.xlsx"), "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["created"] == 1
    for name in ("mau-luot-ho-tro.xlsx", "mau-so-lieu-do.xlsx"):  # the first sheet, not the catalogue
        kind = "supports" if "luot" in name else "measurements"
        code = main(["--db", url, "import", kind, str(TEMPLATES / name), "--json"])
        out = json.loads(capsys.readouterr().out)
        assert (code, out["created"], out["rejected"]) == (0, 1, []), (name, out)


def test_the_catalogues_list_what_the_reference_data_holds():
    sup = catalogue("mau-luot-ho-tro.xlsx")
    assert [r[0] for r in sup["Loại hỗ trợ"]] == list(SUPPORT_TYPE_LABELS.values())
    assert [r[0] for r in sup["Trạng thái"]] == list(SUPPORT_STATUS_LABELS.values())
    tools = [[t["code"], t["name_vi"]] for t in reference("tools.json")]
    assert [r[:2] for r in sup["Công cụ"]] == tools
    mea = catalogue("mau-so-lieu-do.xlsx")
    assert [r[:3] for r in mea["Chỉ tiêu"]] == [[m["code"], m["name_vi"], m["unit"]] for m in reference("metrics.json")
                                                if not m["computed_from"]]
    assert [r[0] for r in mea["Trước/Sau"]] == ["Trước", "Sau"]
    assert [r[:2] for r in mea["Công cụ"]] == tools


def test_every_value_a_catalogue_lists_is_accepted(db, tmp_path):
    (c,) = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c)
    sup = catalogue("mau-luot-ho-tro.xlsx")
    rows = [["MST", "Loại hỗ trợ", "Công cụ", "Ngày bắt đầu", "Trạng thái"]]
    day = iter(range(1, 10_000))

    def start() -> str:  # a new lượt each row
        n = next(day)
        return f"{1 + n % 28:02d}/{1 + n // 28 % 12:02d}/{2020 + n // 336}"

    rows += [[c, t, None, start(), None] for (t, *_r) in sup["Loại hỗ trợ"]]
    rows += [[c, "Đào tạo", None, start(), st] for (st, *_r) in sup["Trạng thái"]]
    rows += [[c, None, tool, start(), None] for tool, _name, *_r in sup["Công cụ"]]
    rows += [[c, None, name, start(), None] for _code, name, *_r in sup["Công cụ"]]
    result = run(db, "supports", write_xlsx(tmp_path / "luot.xlsx", rows))
    assert [(p.row, p.message) for p in result.rejected] == []
    assert result.created == len(rows) - 1

    mea = catalogue("mau-so-lieu-do.xlsx")
    rows = [["MST", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"]]
    for metric_code, name, *_r in mea["Chỉ tiêu"]:
        for written in (metric_code, name):
            for phase, *_r in mea["Trước/Sau"]:
                rows.append([c, written, phase, start(), 10])
    result = run(db, "measurements", write_xlsx(tmp_path / "so_lieu.xlsx", rows))
    assert [(p.row, p.message) for p in result.rejected] == []
    assert result.created == len(rows) - 1


def test_short_catalogue_names_and_a_metric_name_with_suggestions(db, tmp_path):
    (c,) = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c)
    result = run(db, "supports", write_xlsx(tmp_path / "luot.xlsx", [
        ["MST", "Công cụ", "Ngày bắt đầu"],
        [c, "Cải tiến liên tục", "01/02/2024"],  # "Cải tiến liên tục (Kaizen)"
        [c, "Sản xuất tinh gọn; Công cụ 5S", "01/03/2024"],
        [c, "bộ tiêu chuẩn", "01/04/2024"],  # in brackets of two tools: names neither
    ]))
    assert result.created == 2
    assert [(p.row, p.reason) for p in result.rejected] == [(4, "tools")]
    with db.sessions() as s:
        from sqlalchemy import select

        from nsdesk.models import Support, SupportTool, Tool

        tools = sorted(s.execute(select(Support.start_date, Tool.code).join(SupportTool, SupportTool.support_id ==
                                 Support.id).join(Tool, Tool.id == SupportTool.tool_id)).all())
    assert [t for _d, t in tools] == ["KAIZEN", "5S", "LEAN"]

    result = run(db, "measurements", write_xlsx(tmp_path / "m.xlsx", [
        ["MST", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"],
        [c, "lead time", "Trước", "01/01/2024", 12],  # "Thời gian sản xuất, giao hàng (lead time)"
        [c, "Hiệu suất thiết bị tổng thể", "Trước", "01/01/2024", 60],  # "… (OEE)"
        [c, "Doanh thu", "Trước", "01/01/2024", 100],
        [c, "Năng suất lao động", "Trước", "01/01/2024", 100],  # computed from value added and workers
        [c, "Chỉ số lạ", "Trước", "01/01/2024", 1],
    ]))
    assert result.created == 2
    messages = {p.row: p.message for p in result.rejected}
    assert messages[4] == 'Không có chỉ tiêu "Doanh thu" trong danh mục; có phải: Doanh thu thuần (revenue)?'
    assert "được tính tự động" in messages[5]
    assert 'trang "Danh mục" của tệp mẫu' in messages[6]
