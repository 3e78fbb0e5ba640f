"""The tool catalogue: add, rename, retire; a tool in use is never deleted."""

from __future__ import annotations

import pytest
from pilot_helpers import make_enterprise, make_support
from sqlalchemy import func, select

from nsdesk.errors import KnownError
from nsdesk.models import Tool
from nsdesk.services.common.forms import FormError
from nsdesk.services.pilots import supports, tools


def test_catalogue_is_grouped_by_category_with_usage(session):
    ent = make_enterprise(session, "5100000001")
    make_support(session, ent, tools=["LEAN"])
    make_support(session, ent, tools=["LEAN", "ISO9001"])
    rows = tools.list_tools(session)
    categories = [r.category for r in rows]
    # Each category forms one contiguous block, management systems first.
    blocks = [c for i, c in enumerate(categories) if i == 0 or categories[i - 1] != c]
    assert blocks == list(dict.fromkeys(categories)) and blocks[0] == "management_system"
    by_code = {r.code: r for r in rows}
    assert by_code["LEAN"].used_by == 2 and by_code["ISO9001"].used_by == 1 and by_code["KPI"].used_by == 0
    assert by_code["LEAN"].category_label == "Công cụ cải tiến năng suất"


def test_add_a_tool_and_use_it(session):
    t = tools.add_tool(session, {"code": "smed", "name": "Thay đổi khuôn nhanh (SMED)", "category": "productivity_tool"})
    assert t.code == "SMED" and t.builtin is False
    ent = make_enterprise(session, "5100000001")
    make_support(session, ent, tools=["SMED"])
    assert supports.list_supports(session)[0].tools == ["SMED"]


@pytest.mark.parametrize("data, field", [
    ({"code": "LEAN", "name": "Lean mới", "category": "productivity_tool"}, "code"),
    ({"code": "có dấu", "name": "Tên", "category": "productivity_tool"}, "code"),
    ({"code": "NEW1", "name": "", "category": "productivity_tool"}, "name"),
    ({"code": "NEW2", "name": "Sản xuất tinh gọn (Lean)", "category": "productivity_tool"}, "name"),
    ({"code": "NEW3", "name": "Công cụ mới", "category": "magic"}, "category"),
])
def test_bad_tool_is_refused_with_a_message_for_the_field(session, data, field):
    n = session.scalar(select(func.count()).select_from(Tool))
    with pytest.raises(FormError) as exc:
        tools.add_tool(session, data)
    assert field in exc.value.errors
    assert session.scalar(select(func.count()).select_from(Tool)) == n
    assert field in tools.tool_errors(session, data)


def test_rename_keeps_supports_pointing_at_the_tool(session):
    ent = make_enterprise(session, "5100000001")
    make_support(session, ent, tools=["KPI"])
    tools.rename_tool(session, "KPI", "Bộ chỉ số hiệu suất (KPI)")
    assert tools.find_tool(session, "KPI").name == "Bộ chỉ số hiệu suất (KPI)"
    assert supports.list_supports(session)[0].tools == ["KPI"]
    with pytest.raises(FormError):
        tools.rename_tool(session, "KPI", "")


def test_retired_tool_is_hidden_from_new_choices_but_can_come_back(session):
    tools.retire_tool(session, "BSC")
    assert "BSC" not in {r.code for r in tools.list_tools(session, include_retired=False)}
    assert {r.code: r.retired for r in tools.list_tools(session)}["BSC"] is True
    tools.retire_tool(session, "BSC", retired=False)
    assert "BSC" in {r.code for r in tools.list_tools(session, include_retired=False)}


def test_a_tool_in_use_cannot_be_deleted(session):
    ent = make_enterprise(session, "5100000001")
    t = tools.add_tool(session, {"code": "SMED", "name": "SMED", "category": "productivity_tool"})
    s = make_support(session, ent, tools=["SMED"])
    with pytest.raises(KnownError) as exc:
        tools.delete_tool(session, "SMED")
    assert "đang được dùng trong 1 lượt hỗ trợ" in exc.value.message
    assert "ngừng sử dụng" in exc.value.hint
    assert tools.find_tool(session, "SMED") is not None
    # Once no lượt names it, a tool an officer added can go.
    supports.update_support(session, s, {"tools": ["LEAN"]})
    tools.delete_tool(session, t.code)
    assert tools.find_tool(session, "SMED") is None


def test_a_built_in_tool_cannot_be_deleted_even_unused(session):
    with pytest.raises(KnownError):
        tools.delete_tool(session, "SA8000")
    assert tools.find_tool(session, "SA8000") is not None
