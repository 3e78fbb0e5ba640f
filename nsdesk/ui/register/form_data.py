"""Worker side of the enterprise form: what it loads and how it saves (no widgets here).

Every function returns a closure ``fn(session, progress, cancelled)`` for :class:`nsdesk.ui.ops.Op`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import cast

from nsdesk.ui.ops import Changes

ACTION_LABELS = {"create": "Tạo mới", "update": "Cập nhật", "archive": "Lưu trữ", "import": "Nhập từ Excel",
                 "delete": "Xóa", "erase": "Xóa dữ liệu cá nhân"}


@dataclass(frozen=True)
class SectorItem:
    code: str
    name: str
    level: str  # section | division
    group: str | None  # Decree 80 Article 5 group


@dataclass
class FormData:
    record: dict | None  # EDITABLE_FIELDS plus "archived"; None for a new enterprise
    sectors: list[SectorItem]
    provinces: list[tuple[str, str]]
    communes: list[tuple[str, str]]  # of ``province_code``
    province_code: str | None
    officer: str | None
    history: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # when, who, what, old, new
    commune_code: str | None = None  # the office's own commune: a new enterprise's default


@dataclass(frozen=True)
class Check:
    """Outcome of the check before saving: per-field errors, or possible duplicates to confirm."""

    errors: dict[str, str]
    duplicates: list[str]


@dataclass(frozen=True)
class Saved:
    enterprise_id: int
    changes: Changes


def _when(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().strftime("%d/%m/%Y %H:%M")


def history_rows(session, enterprise_id: int) -> list[tuple[str, str, str, str, str]]:
    """The change history as the form shows it: codes turned into names, newest first."""
    from nsdesk.services.common import admin_units
    from nsdesk.services.register import enterprises, sectors
    from nsdesk.services.register.importing.fields import FIELD_LABELS, KIND_LABELS

    labels = {**FIELD_LABELS, "archived": "Lưu trữ"}

    def shown(f: str | None, value: str | None) -> str:
        if value is None or value == "":
            return "(trống)"
        if f == "kind":
            return KIND_LABELS.get(value, value)
        if f in ("commune_code", "province_code"):
            return admin_units.unit_names(session, [value]).get(value, value)
        if f == "sector_code":
            name = sectors.sector_name(session, value)
            return f"{value} – {name}" if name else value
        if f == "archived":
            return "Có" if value in ("1", "True", "true") else "Không"
        return value

    rows = []
    for c in enterprises.history(session, enterprise_id):
        action = ACTION_LABELS.get(c.action, c.action)
        if c.field:
            what = labels.get(c.field, c.field)
            rows.append((_when(c.at), c.officer or "", what, shown(c.field, c.old_value), shown(c.field, c.new_value)))
        elif c.action == "import":
            rows.append((_when(c.at), c.officer or "", action, "", f"({c.new_value})" if c.new_value else ""))
        else:
            rows.append((_when(c.at), c.officer or "", action, "", c.new_value or ""))
    return rows


def communes_of(session, province_code: str | None) -> list[tuple[str, str]]:
    from nsdesk.services.common import admin_units

    return [(u.code, u.name) for u in admin_units.communes(session, province_code)] if province_code else []


def load_form(enterprise_id: int | None):
    def fn(session, _progress, _cancelled) -> FormData:
        from nsdesk.errors import KnownError
        from nsdesk.services.common import admin_units
        from nsdesk.services.common.office import get_office
        from nsdesk.services.register import sectors as sector_service
        from nsdesk.services.register.enterprises import form_record

        office = get_office(session)
        record = None
        province = office.province_code
        if enterprise_id is not None:
            record = form_record(session, enterprise_id)
            if record is None:
                raise KnownError("Không tìm thấy doanh nghiệp này (có thể đã bị xóa).")
            province = cast("str | None", record["province_code"]) or province
        found = sector_service.list_sectors(session)
        sectors = [SectorItem(s.code, s.name, s.level, s.size_group) for s in found]
        # Sections first, then each one's divisions under it (two-digit codes sort after letters).
        by_parent: dict[str | None, list[SectorItem]] = {}
        parents = {s.code: s.parent_code for s in found}
        for s in sectors:
            by_parent.setdefault(parents.get(s.code) if s.level == "division" else None, []).append(s)
        ordered = []
        for sec in by_parent.get(None, []):
            ordered.append(sec)
            ordered.extend(by_parent.get(sec.code, []))
        provinces = [(u.code, u.name) for u in admin_units.provinces(session)]
        history = history_rows(session, enterprise_id) if enterprise_id is not None else []
        return FormData(record, ordered, provinces, communes_of(session, province), province, office.officer_name,
                        history, office.commune_code)

    return fn


def load_communes(province_code: str | None):
    return lambda session, _p, _c: (province_code, communes_of(session, province_code))


def check(fields: dict, enterprise_id: int | None):
    def fn(session, _progress, _cancelled) -> Check:
        from nsdesk.services.register import enterprises

        errors = enterprises.validate(session, fields, enterprise_id)
        if errors:
            return Check(errors, [])
        dups = enterprises.find_duplicates(session, fields, enterprise_id)
        return Check({}, [d.message for d in dups])

    return fn


def save(fields: dict, enterprise_id: int | None):
    def fn(session, _progress, _cancelled) -> Saved:
        from nsdesk.services.register import enterprises

        if enterprise_id is None:
            ent = enterprises.create(session, fields)
            return Saved(ent.id, Changes.of("enterprises"))
        enterprises.update(session, enterprise_id, fields)
        return Saved(enterprise_id, Changes.of("enterprises"))

    return fn


def set_archived(enterprise_id: int, archived: bool):
    def fn(session, _progress, _cancelled) -> Saved:
        from nsdesk.services.register import enterprises

        enterprises.archive(session, enterprise_id, archived)
        return Saved(enterprise_id, Changes.of("enterprises"))

    return fn


def delete(enterprise_id: int):
    def fn(session, _progress, _cancelled) -> Saved:
        from nsdesk.services.register import enterprises

        enterprises.delete(session, enterprise_id)
        return Saved(enterprise_id, Changes.of("enterprises"))

    return fn


def erase_personal_data(enterprise_id: int):
    """"Xóa dữ liệu cá nhân": the representative's name, phone and email, in the history and the backups too."""
    def fn(session, _progress, _cancelled) -> Saved:
        from nsdesk.db import session_path
        from nsdesk.services.register import personal

        result = personal.erase(session, enterprise_id)
        path = session_path(session)
        if path is not None:
            personal.erase_in_backups(path, result["uuid"])
        return Saved(enterprise_id, Changes.of("enterprises"))

    return fn
