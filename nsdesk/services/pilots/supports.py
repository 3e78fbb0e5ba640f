"""Supports: each one is a lượt — one enterprise supported once.

Supporting the same enterprise twice makes two lượt (two rows). A form passes a dict (keys as in
:data:`SUPPORT_FIELDS`); :func:`support_errors` gives per-field Vietnamese messages for live
validation; :func:`create_support` / :func:`update_support` raise :class:`FormError` with the
same messages and write nothing. Cancelling keeps the lượt with status ``cancelled``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, or_, select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError, KnownError
from nsdesk.i18n import tr
from nsdesk.models import (
    SUPPORT_TYPES,
    Enterprise,
    Measurement,
    PilotProject,
    Support,
    SupportTool,
    SupportType,
    Tool,
    utcnow,
)
from nsdesk.services.common import counting
from nsdesk.services.common.concurrency import check_version, saving
from nsdesk.services.common.forms import FormError, apply_fields, record_changes
from nsdesk.services.common.text import clean, search_words
from nsdesk.services.pilots.checks import Checker

__all__ = [
    "CERT_WARNING_DAYS", "SUPPORT_FIELDS", "SUPPORT_STATUS_LABELS", "SUPPORT_TYPE_LABELS", "SupportRow",
    "FormError", "cancel_support", "certificate_state", "create_support", "delete_support", "enterprise_overview",
    "expiring_certificates", "find_support", "list_supports", "status_by_dates", "support_errors", "support_form",
    "support_tool_codes", "support_type_codes",
    "update_support",
]

CERT_WARNING_DAYS = 90


def status_by_dates(start: date | None, end: date | None, today: date) -> str:
    """The status a lượt recorded without one takes from its dates: ended by ``today`` — completed;
    started — in progress; otherwise planned (an import's blank cell, "Theo ngày" for many enterprises)."""
    if end and end <= today:
        return "completed"
    if start and start <= today:
        return "in_progress"
    return "planned"

SUPPORT_STATUS_LABELS = {
    "planned": "Kế hoạch",
    "in_progress": "Đang thực hiện",
    "completed": "Hoàn thành",
    "cancelled": "Đã hủy",
}
SUPPORT_TYPE_LABELS = {
    "system_tool": "Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến",
    "training": "Đào tạo",
    "consulting": "Tư vấn",
    "certification": "Chứng nhận sản phẩm, hàng hóa, hệ thống",
    "ip": "Đăng ký bảo hộ sở hữu trí tuệ",
    "technology": "Chuyển giao công nghệ, đổi mới sáng tạo",
    "digital": "Chuyển đổi số",
    "other": "Khác",
}
assert tuple(SUPPORT_TYPE_LABELS) == SUPPORT_TYPES

SUPPORT_FIELDS = {
    "enterprise": "doanh nghiệp",  # id, uuid or tax code
    "project": "dự án điểm",  # id, uuid or code; blank = none
    "types": "loại hỗ trợ",  # list of SUPPORT_TYPES codes
    "tools": "công cụ",  # list of tool codes
    "start_date": "ngày bắt đầu",
    "end_date": "ngày kết thúc",
    "status": "trạng thái",
    "funding_state": "kinh phí ngân sách nhà nước (triệu đồng)",
    "funding_enterprise": "kinh phí doanh nghiệp (triệu đồng)",
    "funding_other": "kinh phí nguồn khác (triệu đồng)",
    "cert_number": "số giấy chứng nhận",
    "cert_body": "tổ chức chứng nhận",
    "cert_issued": "ngày cấp giấy chứng nhận",
    "cert_expires": "ngày hết hạn giấy chứng nhận",
    "note": "ghi chú",
}


def status_label(code: str) -> str:
    return tr("labels", SUPPORT_STATUS_LABELS.get(code, code))


def type_label(code: str) -> str:
    return tr("labels", SUPPORT_TYPE_LABELS.get(code, code))


def find_support(session: Session, ref: Any) -> Support | None:
    if isinstance(ref, Support):
        return ref
    if isinstance(ref, int):
        return session.get(Support, ref)
    return session.scalar(select(Support).where(Support.uuid == clean(ref))) if ref else None


def _require(session: Session, ref: Any) -> Support:
    support = find_support(session, ref)
    if support is None:
        raise InputError(tr("supports", "Không tìm thấy lượt hỗ trợ \"{ref}\".").format(ref=ref))
    return support


def find_enterprise(session: Session, ref: Any) -> Enterprise | None:
    if isinstance(ref, Enterprise):
        return ref
    if isinstance(ref, int):
        return session.get(Enterprise, ref)
    text = clean(ref)
    if not text:
        return None
    return session.scalar(select(Enterprise).where(or_(Enterprise.uuid == text, Enterprise.tax_code == text)))


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.replace(";", ",").split(",")
    out: list[str] = []
    for v in value:
        v = clean(v)
        if v and v not in out:
            out.append(v)
    return out


def _clean(session: Session, data: Mapping[str, Any], support: Support | None) -> tuple[dict[str, Any], dict[str, str]]:
    c = Checker()
    L = SUPPORT_FIELDS
    new = support is None
    out: dict[str, Any] = {}

    def given(key: str) -> bool:
        return new or key in data

    if given("enterprise"):
        ref = data.get("enterprise")
        ent = find_enterprise(session, ref)
        if ent is None:
            c.error("enterprise", tr("supports", "Hãy chọn doanh nghiệp được hỗ trợ.") if not ref else
                    tr("supports", "Không tìm thấy doanh nghiệp \"{ref}\" (mã số thuế hoặc mã định danh).")
                    .format(ref=ref))
        if ent is not None and support is not None and ent.id != support.enterprise_id and _has_measurements(session, support):
            c.error("enterprise", tr("supports", "Lượt hỗ trợ này đã có số liệu đo của doanh nghiệp cũ; không đổi "
                                     "doanh nghiệp được. Hãy tạo lượt mới cho doanh nghiệp kia."))
        out["enterprise_id"] = ent.id if ent else None
    if given("project"):
        ref = data.get("project")
        project_id = None
        if ref not in (None, ""):
            from nsdesk.services.pilots.projects import find_project

            project = find_project(session, ref)
            if project is None:
                c.error("project", tr("supports", "Không tìm thấy dự án điểm \"{ref}\"; chọn dự án đã có "
                                      "hoặc để trống.").format(ref=ref))
            else:
                project_id = project.id
                if project.archived and (support is None or support.project_id != project.id):
                    c.error("project", tr("supports", "Dự án \"{code}\" đã lưu trữ; không gắn thêm lượt hỗ trợ "
                                          "mới vào đó.").format(code=project.code))
        out["project_id"] = project_id
    if given("types"):
        types = _as_list(data.get("types"))
        bad = [t for t in types if t not in SUPPORT_TYPE_LABELS]
        if not types:
            c.error("types", tr("supports", "Chọn ít nhất một loại hỗ trợ."))
        elif bad:
            c.error("types", tr("supports", "Loại hỗ trợ không hợp lệ: {bad}; chọn trong: {choices}.").format(
                bad=", ".join(bad), choices=", ".join(type_label(t) for t in SUPPORT_TYPES)))
        out["types"] = types
    if given("tools"):
        codes = [t.upper() for t in _as_list(data.get("tools"))]
        found = {t.code: t for t in session.scalars(select(Tool).where(Tool.code.in_(codes)))} if codes else {}
        missing = [t for t in codes if t not in found]
        current_tools = set() if support is None else set(support_tool_codes(session, [support.id]).get(support.id, []))
        retired = [t for t in codes if t in found and found[t].retired and t not in current_tools]
        if missing:
            c.error("tools", tr("supports", "Không có trong danh mục công cụ: {codes}.").format(codes=", ".join(missing)))
        elif retired:
            c.error("tools", tr("supports", "Công cụ đã ngừng sử dụng, không chọn cho lượt hỗ trợ mới: {codes}.")
                    .format(codes=", ".join(retired)))
        out["tools"] = [found[t].id for t in codes if t in found]
    for key in ("start_date", "end_date", "cert_issued", "cert_expires"):
        if given(key):
            out[key] = c.day(data, key, L[key])

    def current(key: str) -> Any:
        return out[key] if key in out else (None if new else getattr(support, key))

    c.date_order(current("start_date"), current("end_date"), "end_date" if "end_date" in out else "start_date",
                 tr("supports", "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."))
    c.date_order(current("cert_issued"), current("cert_expires"),
                 "cert_expires" if "cert_expires" in out else "cert_issued",
                 tr("supports", "Ngày hết hạn giấy chứng nhận phải sau ngày cấp."))
    if current("cert_issued") and current("cert_expires") == current("cert_issued"):
        c.error("cert_expires", tr("supports", "Ngày hết hạn giấy chứng nhận phải sau ngày cấp."))
    if given("status"):
        out["status"] = c.choice(data, "status", L["status"], SUPPORT_STATUS_LABELS, default="planned")
    if out.get("status") == "completed" and not current("start_date"):
        c.error("start_date", tr("supports", "Lượt hỗ trợ đã hoàn thành cần có ngày bắt đầu."))
    for key in ("funding_state", "funding_enterprise", "funding_other"):
        if given(key):
            out[key] = c.amount(data, key, L[key])
    if given("cert_number"):
        out["cert_number"] = c.text(data, "cert_number", L["cert_number"], max_len=100)
    if given("cert_body"):
        out["cert_body"] = c.text(data, "cert_body", L["cert_body"], max_len=300)
    if (current("cert_issued") or current("cert_expires")) and not current("cert_number"):
        c.error("cert_number", tr("supports", "Đã nhập ngày của giấy chứng nhận thì hãy nhập cả số giấy chứng nhận."))
    if given("note"):
        out["note"] = c.text(data, "note", L["note"])
    return out, c.errors


def support_errors(session: Session, data: Mapping[str, Any], support: Any = None) -> dict[str, str]:
    """Per-field messages for a form (empty when the values can be saved)."""
    return _clean(session, data, find_support(session, support) if support is not None else None)[1]


def _write_links(session: Session, support: Support, types: list[str] | None, tool_ids: list[int] | None) -> None:
    if types is not None:
        session.execute(delete(SupportType).where(SupportType.support_id == support.id))
        if types:
            session.execute(insert(SupportType), [{"support_id": support.id, "type": t} for t in types])
    if tool_ids is not None:
        session.execute(delete(SupportTool).where(SupportTool.support_id == support.id))
        if tool_ids:
            session.execute(insert(SupportTool), [{"support_id": support.id, "tool_id": t} for t in tool_ids])


def _types_of(session: Session, ids: Iterable[int] | None) -> dict[int, list[str]]:
    """Support id → its types in catalogue order. ``ids=None``: every support."""
    out: dict[int, list[str]] = {}
    order = {t: i for i, t in enumerate(SUPPORT_TYPES)}
    q = select(SupportType.support_id, SupportType.type)
    for chunk in [None] if ids is None else _chunks(list(ids)):
        for sid, t in session.execute(q if chunk is None else q.where(SupportType.support_id.in_(chunk))):
            out.setdefault(sid, []).append(t)
    for v in out.values():
        v.sort(key=lambda t: order.get(t, 99))
    return out


def support_type_codes(session: Session, ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Support id → its support types in catalogue order. ``ids=None``: every support."""
    return _types_of(session, ids)


def support_form(session: Session, support: Support | int | str) -> dict[str, Any]:
    """A lượt as form values (keys of SUPPORT_FIELDS); saving them back unchanged changes nothing."""
    support = _require(session, support)
    ent = session.get_one(Enterprise, support.enterprise_id)
    project = session.get(PilotProject, support.project_id) if support.project_id else None
    values = {k: getattr(support, k) for k in SUPPORT_FIELDS if k not in ("enterprise", "project", "types", "tools")}
    return values | {
        "enterprise": ent.uuid, "enterprise_label": f"{ent.tax_code or '—'} · {ent.name}",
        "project": project.code if project else None,
        "types": _types_of(session, [support.id]).get(support.id, []),
        "tools": support_tool_codes(session, [support.id]).get(support.id, []),
    }


def support_tool_codes(session: Session, ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Support id → tool codes (sorted). ``ids=None``: every support."""
    out: dict[int, list[str]] = {}
    q = select(SupportTool.support_id, Tool.code).join(Tool, Tool.id == SupportTool.tool_id)
    batches = [None] if ids is None else _chunks(list(ids))
    for chunk in batches:
        qq = q if chunk is None else q.where(SupportTool.support_id.in_(chunk))
        for sid, code in session.execute(qq):
            out.setdefault(sid, []).append(code)
    for v in out.values():
        v.sort()
    return out


def _chunks(ids: list[int], size: int = 5000) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def create_support(session: Session, data: Mapping[str, Any]) -> Support:
    values, errors = _clean(session, data, None)
    if errors:
        raise FormError(errors)
    types, tools = values.pop("types"), values.pop("tools")
    support = Support(**values)
    session.add(support)
    session.flush()
    _write_links(session, support, types, tools)
    ent = session.get_one(Enterprise, support.enterprise_id)
    record_changes(session, "support", support.uuid, "create", [
        (None, None, f"{ent.tax_code or ''} {ent.name}".strip()),
        ("types", None, types), ("tools", None, support_tool_codes(session, [support.id]).get(support.id, [])),
    ])
    return support


def update_support(session: Session, support: Support | int | str, data: Mapping[str, Any]) -> Support:
    """Change only the fields present in ``data``; each change goes into the history."""
    support = _require(session, support)
    data = dict(data)
    check_version(support, data.pop("version", None), tr("conflict", "Lượt hỗ trợ này"))
    values, errors = _clean(session, data, support)
    if errors:
        raise FormError(errors)
    types, tools = values.pop("types", None), values.pop("tools", None)
    old_types = _types_of(session, [support.id]).get(support.id, [])
    old_tools = support_tool_codes(session, [support.id]).get(support.id, [])
    changed = apply_fields(support, values)
    _write_links(session, support, types, tools)
    if types is not None and sorted(types) != sorted(old_types):
        changed.append(("types", old_types, types))
    new_tools = support_tool_codes(session, [support.id]).get(support.id, [])
    if tools is not None and new_tools != old_tools:
        changed.append(("tools", old_tools, new_tools))
    if changed:
        support.modified_at = utcnow()  # also when only its types or tools changed
        with saving(session, support, tr("conflict", "Lượt hỗ trợ này")):
            session.flush()
        record_changes(session, "support", support.uuid, "update", changed)
    return support


def _has_measurements(session: Session, support: Support) -> bool:
    return session.scalar(select(Measurement.id).where(Measurement.support_id == support.id).limit(1)) is not None


def delete_support(session: Session, support: Support | int | str) -> None:
    """Delete a lượt entered by mistake. One with measurements is refused (cancel it instead)."""
    support = _require(session, support)
    if _has_measurements(session, support):
        raise KnownError(
            tr("supports", "Không xóa được lượt hỗ trợ này vì đã có số liệu đo trước/sau."),
            hint=tr("supports", "Chuyển trạng thái sang \"Đã hủy\", hoặc xóa các số liệu đo trước."),
        )
    ent = session.get_one(Enterprise, support.enterprise_id)
    record_changes(session, "support", support.uuid, "delete",
                   [(None, f"{ent.tax_code or ''} {ent.name}".strip(), None)])
    _write_links(session, support, [], [])
    session.delete(support)
    session.flush()


def cancel_support(session: Session, support: Any, note: str | None = None) -> Support:
    """Mark a lượt cancelled (it stays listed, with status ``cancelled``)."""
    data: dict[str, Any] = {"status": counting.CANCELLED}
    if note:
        old = _require(session, support).note
        data["note"] = f"{old}\n{note}" if old else note
    return update_support(session, support, data)


@dataclass
class SupportRow:
    """One lượt as lists, the CLI (``supports list --json``) and the GUI show it."""

    uuid: str
    enterprise_uuid: str
    tax_code: str | None
    enterprise_name: str
    project_code: str | None
    types: list[str]
    tools: list[str]
    status: str
    start: date | None
    end: date | None
    funding_state: float | None
    funding_enterprise: float | None
    funding_other: float | None
    cert_number: str | None
    cert_body: str | None
    cert_issued: date | None
    cert_expires: date | None
    id: int = 0
    enterprise_id: int = 0

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        del d["id"], d["enterprise_id"]
        for key in ("start", "end", "cert_issued", "cert_expires"):
            d[key] = d[key].isoformat() if d[key] else None
        return d


def enterprise_filters(text: str | None = None, commune: str | None = None) -> list[Any]:
    """SQL conditions on the joined Enterprise: words of a search (name, tax code, address, any
    order, accents optional) and a commune code. Shared by the lượt and measurement lists."""
    conditions: list[Any] = [Enterprise.search_folded.contains(word, autoescape=True)
                             for word in search_words(text or "")]
    if commune:
        conditions.append(Enterprise.commune_code == commune)
    return conditions


def list_supports(session: Session, *, enterprise: Any = None, project: Any = None, status: str | None = None,
                  tool: str | None = None, where: Iterable[ColumnElement[bool]] = (), text: str | None = None,
                  commune: str | None = None, start_from: date | None = None,
                  start_to: date | None = None) -> list[SupportRow]:
    """Every lượt (cancelled ones included, with their status), oldest start first.

    ``where``: extra SQL conditions on Support columns (e.g. ``Support.cert_expires <= day``).
    ``text``/``commune`` filter on the enterprise (:func:`enterprise_filters`); ``start_from`` and
    ``start_to`` keep the lượt that started within those days (both included).
    """
    extra = list(where) + enterprise_filters(text, commune)
    if start_from is not None:
        extra.append(Support.start_date >= start_from)
    if start_to is not None:
        extra.append(Support.start_date <= start_to)
    q = (
        select(Support.id, Support.uuid, Enterprise.uuid, Enterprise.tax_code, Enterprise.name, PilotProject.code,
               Support.status, Support.start_date, Support.end_date, Support.funding_state,
               Support.funding_enterprise, Support.funding_other, Support.cert_number, Support.cert_body,
               Support.cert_issued, Support.cert_expires, Support.enterprise_id)
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .outerjoin(PilotProject, PilotProject.id == Support.project_id)
        .order_by(Support.start_date.is_(None), Support.start_date, Support.id)
    )
    filtered = False
    if enterprise is not None:
        ent = find_enterprise(session, enterprise)
        q = q.where(Support.enterprise_id == (ent.id if ent else -1))
        filtered = True
    if project is not None:
        from nsdesk.services.pilots.projects import find_project

        p = find_project(session, project)
        q = q.where(Support.project_id == (p.id if p else -1))
        filtered = True
    if status:
        q = q.where(Support.status == status)
        filtered = True
    if tool:
        q = q.where(Support.id.in_(select(SupportTool.support_id).join(Tool, Tool.id == SupportTool.tool_id)
                                   .where(Tool.code == tool.upper())))
        filtered = True
    for condition in extra:
        q = q.where(condition)
        filtered = True
    found = session.execute(q).all()
    if not found:
        return []
    # A few lượt: look their types and tools up by id; all of them: one pass over each table.
    ids = [r[0] for r in found] if filtered and len(found) < 20000 else None
    types = _types_of(session, ids)
    tools = support_tool_codes(session, ids)
    return [
        SupportRow(suuid, euuid, tax, name, pcode, types.get(sid, []), tools.get(sid, []), status, start, end,
                   f_state, f_ent, f_other, c_number, c_body, c_issued, c_expires, id=sid, enterprise_id=eid)
        for (sid, suuid, euuid, tax, name, pcode, status, start, end, f_state, f_ent, f_other, c_number, c_body,
             c_issued, c_expires, eid) in found
    ]


def certificate_state(cert_expires: date | None, as_of: date, days: int = CERT_WARNING_DAYS) -> str | None:
    """``expired``, ``expiring`` (within ``days`` of ``as_of``), ``valid``, or None (no expiry)."""
    if cert_expires is None:
        return None
    if cert_expires < as_of:
        return "expired"
    return "expiring" if cert_expires <= as_of + timedelta(days=days) else "valid"


def expiring_certificates(session: Session, as_of: date | None = None,
                          days: int = CERT_WARNING_DAYS) -> list[SupportRow]:
    """Certificates (of lượt not cancelled) expiring between ``as_of`` and ``as_of + days``, soonest first."""
    as_of = as_of or date.today()
    rows = list_supports(session, where=[
        counting.live_supports(), Support.cert_number.is_not(None), Support.cert_number != "",
        Support.cert_expires >= as_of, Support.cert_expires <= as_of + timedelta(days=days),
    ])
    rows.sort(key=lambda r: (r.cert_expires, r.id))
    return rows


def enterprise_overview(session: Session, enterprise: Any, as_of: date | None = None) -> dict[str, Any]:
    """What an enterprise's page shows: its lượt, tools adopted, certificates and measurements.

    Tools adopted = tools of its lượt that are in progress or completed (planned and cancelled
    ones are not adoptions yet).
    """
    from nsdesk.services.pilots import measurements

    ent = find_enterprise(session, enterprise)
    if ent is None:
        raise InputError(tr("supports", "Không tìm thấy doanh nghiệp \"{ref}\".").format(ref=enterprise))
    as_of = as_of or date.today()
    supports = list_supports(session, enterprise=ent)
    adopted: list[str] = []
    for r in supports:
        if counting.counts(r.status):
            adopted += [t for t in r.tools if t not in adopted]
    certificates = [
        {"support_uuid": r.uuid, "number": r.cert_number, "body": r.cert_body, "issued": r.cert_issued,
         "expires": r.cert_expires, "state": certificate_state(r.cert_expires, as_of), "tools": r.tools}
        for r in supports if r.cert_number and counting.is_live(r.status)
    ]
    return {
        "enterprise_uuid": ent.uuid, "tax_code": ent.tax_code, "name": ent.name,
        "supports": supports, "support_count": len(supports),
        "tools_adopted": sorted(adopted), "certificates": certificates,
        "measurements": measurements.list_measurements(session, enterprise_id=ent.id),
        "pairs": measurements.pairs(session, enterprise_ids=[ent.id]),
    }


def support_record(session: Session, support: Any) -> dict[str, Any]:
    """A lượt's fields as its form takes them (enterprise id and label, project code, types, tools)."""
    s = _require(session, support)
    ent = session.get_one(Enterprise, s.enterprise_id)
    project = session.get(PilotProject, s.project_id) if s.project_id else None
    record = {k: getattr(s, k) for k in ("start_date", "end_date", "status", "funding_state",
                                         "funding_enterprise", "funding_other", "cert_number", "cert_body",
                                         "cert_issued", "cert_expires", "note")}
    record |= {"enterprise": ent.id, "enterprise_label": f"{ent.tax_code or '—'} · {ent.name}",
               "project": project.code if project else None,
               "types": support_type_codes(session, [s.id]).get(s.id, []),
               "tools": support_tool_codes(session, [s.id]).get(s.id, [])}
    return record
