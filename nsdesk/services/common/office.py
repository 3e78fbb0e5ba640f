"""The office this database serves (province, commune/ward) and its officer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import AdminUnit, OfficeSetting
from nsdesk.services.common import admin_units

KEYS = ("province_code", "commune_code", "unit_name", "officer_name")
#: what a report prints unless the officer changes it for one report (multi-line values: one line each)
REPORT_KEYS = ("governing_body", "agency_name", "signer_authority", "signer_title", "signer_name",
               "addressees", "recipients")


@dataclass
class Office:
    province_code: str | None = None
    commune_code: str | None = None
    # A unit typed by hand (an older city/district named in a pre-2025 plan), if any.
    unit_name: str | None = None
    officer_name: str | None = None
    province_name: str | None = None
    commune_name: str | None = None
    # Report defaults: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" / "ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM"
    governing_body: str | None = None
    agency_name: str | None = None
    signer_authority: str | None = None  # lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
    signer_title: str | None = None  # "PHÓ CHỦ TỊCH"
    signer_name: str | None = None
    addressees: str | None = None  # "Kính gửi" lines
    recipients: str | None = None  # "Nơi nhận" lines

    @property
    def configured(self) -> bool:
        return bool(self.province_code)

    def label(self) -> str:
        parts = [p for p in (self.commune_name or self.unit_name, self.province_name) if p]
        return ", ".join(parts)


def get_office(session: Session) -> Office:
    values = {s.key: s.value for s in session.scalars(select(OfficeSetting))}
    office = Office(**{k: values.get(k) for k in (*KEYS, *REPORT_KEYS)})
    if office.province_code:
        unit = session.get(AdminUnit, office.province_code)
        office.province_name = unit.name if unit else None
    if office.commune_code:
        unit = session.get(AdminUnit, office.commune_code)
        office.commune_name = unit.name if unit else None
    return office


def _unit_name(session: Session, code: str) -> str:
    unit = session.get(AdminUnit, code)
    return unit.name if unit is not None else code


def _put(session: Session, key: str, value: str | None) -> None:
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=value))
    else:
        row.value = value


def set_office(
    session: Session,
    province: str | None = None,
    commune: str | None = None,
    officer: str | None = None,
    unit_name: str | None = None,
) -> Office:
    """Set what is given; leave the rest as it was. Names or GSO codes are accepted.

    Raises InputError (nothing changed) when a province or commune cannot be found.
    """
    current = get_office(session)
    province_code = current.province_code
    if province is not None:
        match = admin_units.find_province(session, province)
        if match.unit is None:
            raise InputError(
                tr("office", "Không tìm thấy tỉnh/thành phố \"{name}\" trong danh sách 34 tỉnh, thành phố sau sáp nhập.")
                .format(name=province),
                hint=tr("office", "Gõ tên (ví dụ \"Quảng Ngãi\") hoặc mã (ví dụ 51)."),
            )
        if match.unit.code != province_code:
            _put(session, "commune_code", None)
        province_code = match.unit.code
        _put(session, "province_code", province_code)
    if commune is not None:
        if not province_code:
            raise InputError(tr("office", "Hãy chọn tỉnh/thành phố trước khi chọn xã/phường."))
        match = admin_units.find_commune(session, commune, province_code)
        if match.unit is None:
            raise InputError(
                tr("office", "Không tìm thấy xã/phường \"{name}\" thuộc {province}.").format(
                    name=commune, province=_unit_name(session, province_code)
                ),
                hint=tr("office", "Gõ đúng tên đầy đủ (ví dụ \"Phường Đăk Cấm\") hoặc mã xã/phường."),
            )
        _put(session, "commune_code", match.unit.code)
    if unit_name is not None:
        _put(session, "unit_name", unit_name.strip() or None)
    if officer is not None:
        _put(session, "officer_name", officer.strip() or None)
    session.flush()
    return get_office(session)


def lines(value: str | None) -> tuple[str, ...]:
    """The non-blank lines of a multi-line setting, stripped."""
    return tuple(line.strip() for line in (value or "").splitlines() if line.strip())


def set_report_defaults(session: Session, **values: str | list[str] | tuple[str, ...] | None) -> Office:
    """Set the report defaults given (keys of ``REPORT_KEYS``; a list is stored one line each); blank clears.

    Raises InputError (nothing changed) for a key that is not a report default.
    """
    unknown = sorted(set(values) - set(REPORT_KEYS))
    if unknown:
        raise InputError(tr("office", "Không có thiết lập báo cáo «{key}».").format(key=", ".join(unknown)),
                         hint=", ".join(REPORT_KEYS))
    for key, value in values.items():
        text = "\n".join(v.strip() for v in value if v.strip()) if isinstance(value, (list, tuple)) else (value or "")
        _put(session, key, text.strip() or None)
    session.flush()
    return get_office(session)
