"""The enterprise register: validate, create, update, archive, delete — every change recorded.

The GUI's detail form calls :func:`validate` (per-field Vietnamese messages), then
:func:`find_duplicates` (possible duplicates to point out), then :func:`create` / :func:`update`.
Enterprises are archived, never silently deleted; :func:`delete` refuses one with supports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nsdesk.errors import KnownError
from nsdesk.i18n import tr
from nsdesk.models import (
    ActivityEnterprise,
    AdminUnit,
    Change,
    Enterprise,
    Measurement,
    Sector,
    Support,
)
from nsdesk.services.common.concurrency import check_version, saving
from nsdesk.services.common.forms import FormError, record_changes
from nsdesk.services.common.limits import limits_of, too_long
from nsdesk.services.common.office import get_office
from nsdesk.services.common.text import clean, fold
from nsdesk.services.register import sizing
from nsdesk.services.register.importing.fields import (
    FIELD_LABELS,
    KIND_BY_FOLDED,
    KIND_LABELS,
    is_household,
    kind_from_name,
    kind_from_text,
    kind_label,
    name_key,
    parse_amount,
    parse_email,
    parse_whole,
    parse_year,
    search_text,
)
from nsdesk.services.register.taxcode import normalize as normalize_tax_code
from nsdesk.services.register.taxcode import parent_code

__all__ = [
    "EDITABLE_FIELDS", "FIELD_LABELS", "KIND_BY_FOLDED", "KIND_LABELS", "Duplicate",
    "archive", "clean_fields", "create", "delete", "find_duplicates", "history", "is_household",
    "kind_from_name", "kind_from_text", "kind_label", "search_text", "size_class_for", "update", "validate",
]

EDITABLE_FIELDS = (
    "tax_code", "name", "kind", "sector_code", "province_code", "commune_code", "address", "representative",
    "phone", "email", "founded_year", "association", "registered_by", "employees", "revenue", "capital", "note",
)
_TEXT_FIELDS = ("name", "address", "representative", "phone", "association", "registered_by", "note")
# Names at least this similar (difflib ratio of the folded names without legal-form words) in the
# same commune are pointed out as possible duplicates.
SIMILAR_NAME_RATIO = 0.9


def _invalid(errors: dict[str, str]) -> FormError:
    """The register form's wording: the one message, or how many fields need fixing and the first."""
    first = next(iter(errors.values()))
    return FormError(errors, message=first if len(errors) == 1 else tr("enterprise", "Có {n} ô cần sửa: {first}")
                     .format(n=len(errors), first=first))


@dataclass(frozen=True)
class Duplicate:
    enterprise_id: int
    name: str
    tax_code: str | None
    reason: str  # "tax_code_family" | "similar_name"
    message: str


def clean_fields(fields: Mapping[str, object]) -> tuple[dict[str, Any], dict[str, str]]:
    """Parse and normalise what a form or a file gave (strings allowed for numbers).

    Returns (values, errors). Only the keys present in ``fields`` are returned; empty → None.
    No database access: uniqueness and reference checks are in :func:`validate`.
    """
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown enterprise fields: {sorted(unknown)}")
    for f in _TEXT_FIELDS:
        if f in fields:
            values[f] = clean(fields[f]) or None
    if "kind" in fields:
        raw = fields["kind"]
        kind = kind_from_text(raw) if clean(raw) else None
        if clean(raw) and kind is None:
            errors["kind"] = tr("enterprise", "Loại hình \"{value}\" không có trong danh sách ({labels}).").format(
                value=clean(raw), labels=", ".join(KIND_LABELS.values()))
        values["kind"] = kind
    for f in ("sector_code", "province_code", "commune_code"):
        if f in fields:
            values[f] = clean(fields[f]) or None
    if "email" in fields:
        values["email"], err = parse_email(fields["email"])
        if err:
            errors["email"] = err
    if "employees" in fields:
        values["employees"], err = parse_whole(fields["employees"], FIELD_LABELS["employees"])
        if err:
            errors["employees"] = err
    for f in ("revenue", "capital"):
        if f in fields:
            values[f], err = parse_amount(fields[f], FIELD_LABELS[f])
            if err:
                errors[f] = err
    if "founded_year" in fields:
        values["founded_year"], err = parse_year(fields["founded_year"])
        if err:
            errors["founded_year"] = err
    if "name" in fields and not values.get("name"):
        errors["name"] = tr("enterprise", "Hãy nhập tên doanh nghiệp.")
    if "tax_code" in fields:
        raw = fields["tax_code"]
        if raw is None or clean(raw) == "":
            values["tax_code"] = None
        else:
            household = is_household(values.get("kind"), values.get("name") or "")
            result = normalize_tax_code(raw, household=household)
            values["tax_code"] = result.code
            if not result.ok:
                errors["tax_code"] = result.error or ""  # set whenever the code is not ok
    return values, errors


def validate(session: Session, fields: Mapping[str, object], enterprise_id: int | None = None) -> dict[str, str]:
    """Everything wrong with ``fields`` as {field: Vietnamese message}; empty when it can be saved.

    For a new enterprise pass all fields; for an edit pass the enterprise's id (fields not given
    keep their stored values, and uniqueness ignores the record itself).
    """
    current = session.get(Enterprise, enterprise_id) if enterprise_id is not None else None
    merged = _merged(current, fields)
    values, errors = clean_fields(merged)
    for f, limit in limits_of(Enterprise).items():
        message = too_long(values.get(f), limit) if f not in errors else None
        if message:
            errors[f] = message
    if not values.get("tax_code") and "tax_code" not in errors and values.get("kind") not in ("household", "coop_group"):
        errors["tax_code"] = tr("enterprise", "Hãy nhập mã số thuế (10 số, hoặc 10 số-3 số cho chi nhánh).")
    code = values.get("tax_code")
    if code and "tax_code" not in errors:
        other = session.scalar(select(Enterprise).where(Enterprise.tax_code == code, Enterprise.id != (enterprise_id or -1)))
        if other is not None:
            errors["tax_code"] = tr("enterprise", "Mã số thuế {code} đã được đăng ký cho \"{name}\".").format(
                code=code, name=other.name)
    if values.get("sector_code") and session.get(Sector, values["sector_code"]) is None:
        errors["sector_code"] = tr("enterprise", "Ngành \"{code}\" không có trong danh mục VSIC.").format(
            code=values["sector_code"])
    province = values.get("province_code")
    if province:
        unit = session.get(AdminUnit, province)
        if unit is None or unit.level != "province":
            errors["province_code"] = tr("enterprise", "Tỉnh/thành phố \"{code}\" không có trong danh sách.").format(
                code=province)
    commune = values.get("commune_code")
    if commune:
        unit = session.get(AdminUnit, commune)
        if unit is None or unit.level != "commune" or not unit.is_current:
            errors["commune_code"] = tr("enterprise", "Phường/xã \"{code}\" không có trong danh sách sau sáp nhập.").format(
                code=commune)
        elif province and unit.province_code != province:
            errors["commune_code"] = tr("enterprise", "{commune} không thuộc tỉnh/thành phố đã chọn.").format(
                commune=unit.name)
    return errors


def _merged(current: Enterprise | None, fields: Mapping[str, object]) -> dict[str, Any]:
    if current is None:
        return {k: fields.get(k) for k in EDITABLE_FIELDS}
    merged = {k: getattr(current, k) for k in EDITABLE_FIELDS}
    merged.update({k: v for k, v in fields.items()})
    return merged


def size_class_for(session: Session, kind: str | None, sector_code: str | None, employees: int | None,
                   revenue: float | None, capital: float | None) -> str:
    """Decree 80/2021/NĐ-CP Article 5 size class, with the sector's group from the VSIC table."""
    group = None
    if sector_code:
        sector = session.get(Sector, sector_code)
        group = sector.size_group if sector is not None else sizing.sector_group(sector_code)
    return sizing.size_class(kind, group, employees, revenue, capital)


def _derived(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    commune_name = None
    if values.get("commune_code"):
        unit = session.get(AdminUnit, values["commune_code"])
        commune_name = unit.name if unit else None
    return {
        "size_class": size_class_for(session, values.get("kind"), values.get("sector_code"), values.get("employees"),
                                     values.get("revenue"), values.get("capital")),
        "name_folded": fold(values.get("name")),
        "search_folded": search_text(values.get("name"), values.get("tax_code"), values.get("address"), commune_name),
    }


def create(session: Session, fields: Mapping[str, object]) -> Enterprise:
    """Add an enterprise after :func:`validate`; raises FormError (nothing saved) on errors."""
    errors = validate(session, fields)
    if errors:
        raise _invalid(errors)
    values, _ = clean_fields({k: fields.get(k) for k in EDITABLE_FIELDS})
    if values.get("kind") is None:
        values["kind"] = kind_from_name(values.get("name")) or "other"
    if not values.get("province_code"):
        values["province_code"] = get_office(session).province_code
    ent = Enterprise(**values, **_derived(session, values), archived=False)
    session.add(ent)
    session.flush()
    record_changes(session, "enterprise", ent.uuid, "create", [(None, None, ent.name)])
    return ent


def update(session: Session, enterprise: Enterprise | int, fields: Mapping[str, object]) -> list[str]:
    """Change the given fields; returns the names of the fields that really changed.

    Values equal after normalisation (NFC vs NFD, spacing, 12.0 vs 12) are not changes.
    """
    ent = enterprise if isinstance(enterprise, Enterprise) else session.get(Enterprise, enterprise)
    if ent is None:
        raise KnownError(tr("enterprise", "Không tìm thấy doanh nghiệp này (có thể đã bị xóa)."))
    fields = dict(fields)
    check_version(ent, cast("int | None", fields.pop("version", None)), tr("conflict", "Doanh nghiệp này"))
    errors = validate(session, fields, ent.id)
    if errors:
        raise _invalid(errors)
    merged = _merged(ent, fields)
    values, _ = clean_fields(merged)
    if values.get("kind") is None:
        values["kind"] = ent.kind
    changed = [(f, getattr(ent, f), values[f]) for f in EDITABLE_FIELDS if not _same(getattr(ent, f), values[f])]
    if not changed:
        return []
    for f, _old, new in changed:
        setattr(ent, f, new)
    for f, v in _derived(session, values).items():
        setattr(ent, f, v)
    with saving(session, ent, tr("conflict", "Doanh nghiệp này")):
        session.flush()
    record_changes(session, "enterprise", ent.uuid, "update", changed)
    return [f for f, _o, _n in changed]


def _same(old: object, new: object) -> bool:
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and not isinstance(old, bool):
        return abs(float(old) - float(new)) < 0.005
    if isinstance(old, str) or isinstance(new, str):
        return clean(old) == clean(new)
    return old == new


def archive(session: Session, enterprise: Enterprise | int, archived: bool = True) -> bool:
    """Archive (or restore) an enterprise; returns False when it already was in that state."""
    ent = enterprise if isinstance(enterprise, Enterprise) else session.get(Enterprise, enterprise)
    if ent is None:
        raise KnownError(tr("enterprise", "Không tìm thấy doanh nghiệp này (có thể đã bị xóa)."))
    if bool(ent.archived) == archived:
        return False
    record_changes(session, "enterprise", ent.uuid, "archive", [("archived", ent.archived, archived)])
    ent.archived = archived
    session.flush()
    return True


def delete(session: Session, enterprise: Enterprise | int) -> None:
    """Delete an enterprise that has nothing recorded against it; otherwise KnownError (archive it)."""
    ent = enterprise if isinstance(enterprise, Enterprise) else session.get(Enterprise, enterprise)
    if ent is None:
        raise KnownError(tr("enterprise", "Không tìm thấy doanh nghiệp này (có thể đã bị xóa)."))
    supports = session.scalar(select(func.count()).select_from(Support).where(Support.enterprise_id == ent.id))
    if supports:
        raise KnownError(
            tr("enterprise", "Không thể xóa \"{name}\": doanh nghiệp đã có {n} lượt hỗ trợ được ghi nhận.").format(
                name=ent.name, n=supports),
            hint=tr("enterprise", "Hãy lưu trữ doanh nghiệp thay vì xóa."))
    linked = session.scalar(select(func.count()).select_from(Measurement).where(Measurement.enterprise_id == ent.id)) or 0
    linked += session.scalar(select(func.count()).select_from(ActivityEnterprise)
                             .where(ActivityEnterprise.enterprise_id == ent.id)) or 0
    if linked:
        raise KnownError(
            tr("enterprise", "Không thể xóa \"{name}\": doanh nghiệp còn số liệu đo lường hoặc hoạt động gắn với nó.")
            .format(name=ent.name),
            hint=tr("enterprise", "Hãy lưu trữ doanh nghiệp thay vì xóa."))
    record_changes(session, "enterprise", ent.uuid, "delete", [(None, ent.name, None)])
    session.delete(ent)
    session.flush()


def form_record(session: Session, enterprise_id: int) -> dict[str, object] | None:
    """The editable fields of an enterprise, whether it is archived and the version shown; None when it is gone."""
    ent = session.get(Enterprise, enterprise_id)
    if ent is None:
        return None
    return {**{f: getattr(ent, f) for f in EDITABLE_FIELDS}, "archived": bool(ent.archived),
            "version": ent.version}  # a save over a newer version is refused


def history(session: Session, enterprise: Enterprise | int) -> list[Change]:
    """The change history of one enterprise, newest first."""
    ent = enterprise if isinstance(enterprise, Enterprise) else session.get(Enterprise, enterprise)
    if ent is None:  # deleted meanwhile: no history to show
        return []
    return list(session.scalars(
        select(Change).where(Change.entity == "enterprise", Change.entity_uuid == ent.uuid)
        .order_by(Change.at.desc(), Change.id.desc())))


def find_duplicates(session: Session, fields: Mapping[str, object], enterprise_id: int | None = None) -> list[Duplicate]:
    """Possible duplicates to point out when saving (they do not block saving).

    * the same parent tax code: the parent and its branches (``0100233488`` and ``0100233488-001``);
    * a very similar name in the same commune (legal-form words such as "Công ty TNHH" ignored,
      accents and case ignored, difflib ratio ≥ SIMILAR_NAME_RATIO).

    Editing an enterprise asks only about what the edit changed: its tax code (the family) or its
    name (similar names); other edits of a parent company with branches raise no question.
    """
    current = session.get(Enterprise, enterprise_id) if enterprise_id is not None else None
    values, _ = clean_fields(_merged(current, fields))
    found: dict[int, Duplicate] = {}
    code_changed = current is None or values.get("tax_code") != current.tax_code
    name_changed = current is None or values.get("name") != current.name
    parent = parent_code(values.get("tax_code")) if code_changed else None
    if parent:
        q = select(Enterprise).where(Enterprise.tax_code.like(parent + "%"))
        for other in session.scalars(q):
            if other.id != enterprise_id and parent_code(other.tax_code) == parent and other.tax_code != values["tax_code"]:
                found[other.id] = Duplicate(other.id, other.name, other.tax_code, "tax_code_family", tr(
                    "enterprise", "Cùng mã số thuế gốc {parent} với \"{name}\" ({code}).").format(
                        parent=parent, name=other.name, code=other.tax_code))
    commune, name = values.get("commune_code"), values.get("name")
    if commune and name and name_changed:
        key = name_key(name)
        rows = session.execute(select(Enterprise.id, Enterprise.name, Enterprise.tax_code)
                               .where(Enterprise.commune_code == commune))
        for oid, oname, ocode in rows:
            if oid == enterprise_id or oid in found:
                continue
            other_key = name_key(oname)
            matcher = SequenceMatcher(None, key, other_key)
            if key == other_key or (matcher.quick_ratio() >= SIMILAR_NAME_RATIO and matcher.ratio() >= SIMILAR_NAME_RATIO):
                found[oid] = Duplicate(oid, oname, ocode, "similar_name", tr(
                    "enterprise", "Tên rất giống \"{name}\" ({code}) cùng phường/xã.").format(
                        name=oname, code=ocode or "chưa có mã"))
    return list(found.values())
