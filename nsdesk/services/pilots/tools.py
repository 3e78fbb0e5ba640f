"""The tool catalogue: management systems, improvement tools, good practices, digital, IP.

Tools can be added, renamed and retired (hidden from new supports, kept on old ones). A tool used
by any support can never be deleted; neither can a built-in one (``init`` would bring it back).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from nsdesk.errors import KnownError
from nsdesk.i18n import tr
from nsdesk.models import SupportTool, Tool
from nsdesk.services.common.forms import FormError, apply_fields, record_changes
from nsdesk.services.common.text import clean, sort_key
from nsdesk.services.pilots.checks import Checker

__all__ = [
    "TOOL_CATEGORY_LABELS", "ToolRow", "FormError", "add_tool", "delete_tool", "find_tool",
    "list_tools", "rename_tool", "retire_tool", "tool_errors", "usage_counts",
]

TOOL_CATEGORY_LABELS = {
    "management_system": "Tiêu chuẩn hệ thống quản lý",
    "productivity_tool": "Công cụ cải tiến năng suất",
    "good_practice": "Thực hành tốt",
    "green": "Năng suất xanh, bền vững",
    "technology_digital": "Công nghệ, chuyển đổi số",
    "ip": "Sở hữu trí tuệ",
}
TOOL_FIELDS = {"code": "mã công cụ", "name": "tên công cụ", "name_en": "tên tiếng Anh",
               "category": "nhóm", "description": "mô tả"}
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_.\-]*$")


def category_label(code: str) -> str:
    return tr("labels", TOOL_CATEGORY_LABELS.get(code, code))


def find_tool(session: Session, ref: Any) -> Tool | None:
    if isinstance(ref, Tool):
        return ref
    if isinstance(ref, int):
        return session.get(Tool, ref)
    text = clean(ref)
    if not text:
        return None
    return session.scalar(select(Tool).where(or_(Tool.code == text.upper(), Tool.uuid == text)))


def _require(session: Session, ref: Any) -> Tool:
    tool = find_tool(session, ref)
    if tool is None:
        raise KnownError(tr("tools", "Không tìm thấy công cụ \"{ref}\" trong danh mục.").format(ref=ref))
    return tool


def usage_counts(session: Session) -> dict[int, int]:
    """Tool id → number of supports (lượt) that name it."""
    return dict(session.execute(select(SupportTool.tool_id, func.count()).group_by(SupportTool.tool_id)).all())


@dataclass
class ToolRow:
    id: int
    code: str
    name: str
    category: str
    category_label: str
    retired: bool
    builtin: bool
    used_by: int


def list_tools(session: Session, *, include_retired: bool = True, category: str | None = None) -> list[ToolRow]:
    """Tools ordered by category (catalogue order) then name."""
    used = usage_counts(session)
    q = select(Tool)
    if not include_retired:
        q = q.where(Tool.retired.is_(False))
    if category:
        q = q.where(Tool.category == category)
    order = {c: i for i, c in enumerate(TOOL_CATEGORY_LABELS)}
    tools = sorted(session.scalars(q), key=lambda t: (order.get(t.category, 99), sort_key(t.name)))
    return [ToolRow(t.id, t.code, t.name, t.category, category_label(t.category), t.retired, t.builtin,
                    used.get(t.id, 0)) for t in tools]


def _clean(session: Session, data: Mapping[str, Any], tool: Tool | None) -> tuple[dict[str, Any], dict[str, str]]:
    c = Checker()
    new = tool is None
    out: dict[str, Any] = {}
    if new:
        code = (c.text(data, "code", TOOL_FIELDS["code"], required=True, max_len=40) or "").upper()
        if code and not _CODE.match(code):
            c.error("code", tr("tools", "Mã công cụ chỉ gồm chữ in hoa không dấu, chữ số, '_', '-' hoặc '.' "
                                "(ví dụ LEAN, ISO9001)."))
        elif code and session.scalar(select(Tool.id).where(Tool.code == code)) is not None:
            c.error("code", tr("tools", "Mã công cụ \"{code}\" đã có trong danh mục.").format(code=code))
        out["code"] = code
    if new or "name" in data:
        name = c.text(data, "name", TOOL_FIELDS["name"], required=True, max_len=200)
        if name:
            clash = session.scalar(select(Tool.id).where(func.lower(Tool.name) == name.lower()))
            if clash is not None and (tool is None or clash != tool.id):
                c.error("name", tr("tools", "Đã có công cụ tên \"{name}\" trong danh mục.").format(name=name))
        out["name"] = name
    if new or "name_en" in data:
        out["name_en"] = c.text(data, "name_en", TOOL_FIELDS["name_en"], max_len=200)
    if new or "category" in data:
        out["category"] = c.choice(data, "category", TOOL_FIELDS["category"], TOOL_CATEGORY_LABELS)
    if new or "description" in data:
        out["description"] = c.text(data, "description", TOOL_FIELDS["description"])
    return out, c.errors


def tool_errors(session: Session, data: Mapping[str, Any], tool: Any = None) -> dict[str, str]:
    return _clean(session, data, find_tool(session, tool) if tool is not None else None)[1]


def add_tool(session: Session, data: Mapping[str, Any]) -> Tool:
    values, errors = _clean(session, data, None)
    if errors:
        raise FormError(errors)
    tool = Tool(retired=False, builtin=False, **values)
    session.add(tool)
    session.flush()
    record_changes(session, "tool", tool.uuid, "create", [(None, None, f"{tool.code} — {tool.name}")])
    return tool


def rename_tool(session: Session, tool: Tool | int | str, name: str, name_en: str | None = None) -> Tool:
    """Rename (and optionally change the English name); supports keep pointing at the same tool."""
    tool = _require(session, tool)
    data = {"name": name} | ({"name_en": name_en} if name_en is not None else {})
    values, errors = _clean(session, data, tool)
    if errors:
        raise FormError(errors)
    changed = apply_fields(tool, values)
    if changed:
        session.flush()
        record_changes(session, "tool", tool.uuid, "update", changed)
    return tool


def retire_tool(session: Session, tool: Tool | int | str, retired: bool = True) -> Tool:
    """Retire (no longer offered for new supports) or bring back a tool."""
    tool = _require(session, tool)
    if tool.retired != retired:
        old = tool.retired
        tool.retired = retired
        session.flush()
        record_changes(session, "tool", tool.uuid, "archive" if retired else "update", [("retired", old, retired)])
    return tool


def delete_tool(session: Session, tool: Tool | int | str) -> None:
    """Delete a tool nobody uses; a tool in use or built in raises KnownError and stays."""
    tool = _require(session, tool)
    used = session.scalar(select(func.count()).select_from(SupportTool).where(SupportTool.tool_id == tool.id))
    if used:
        raise KnownError(
            tr("tools", "Không thể xóa công cụ \"{name}\": đang được dùng trong {n} lượt hỗ trợ.").format(
                name=tool.name, n=used),
            hint=tr("tools", "Hãy cho công cụ ngừng sử dụng thay vì xóa."),
        )
    if tool.builtin:
        raise KnownError(
            tr("tools", "Không thể xóa công cụ \"{name}\" có sẵn trong danh mục chuẩn.").format(name=tool.name),
            hint=tr("tools", "Hãy cho công cụ ngừng sử dụng thay vì xóa."),
        )
    record_changes(session, "tool", tool.uuid, "delete", [(None, f"{tool.code} — {tool.name}", None)])
    session.execute(delete(Tool).where(Tool.id == tool.id))
    session.expunge(tool)


def tool_names(session: Session) -> dict[str, str]:
    """Tool code → its name (retired tools included: old lượt still show theirs)."""
    return dict(session.execute(select(Tool.code, Tool.name)).all())
