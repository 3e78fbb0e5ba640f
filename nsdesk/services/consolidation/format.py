"""The data package's format: sheet names, columns, and how values are written as text.

Documented for users in ``docs/SUBMISSION.md``; a change of columns is a new FORMAT_VERSION.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from nsdesk.services.reporting.periods import Period as Period  # the one reporting period (re-exported)

FORMAT_NAME = "nsdesk-submission"
FORMAT_VERSION = 1
PREFIX = "Dữ liệu"

MANIFEST = "Dữ liệu - Kê khai"
OFFICE = "Dữ liệu - Đơn vị"
ENTERPRISES = "Dữ liệu - Doanh nghiệp"
SUPPORTS = "Dữ liệu - Lượt hỗ trợ"
PROJECTS = "Dữ liệu - Dự án"
MEASUREMENTS = "Dữ liệu - Đo lường"
ACTIVITIES = "Dữ liệu - Hoạt động"
TASK_NOTES = "Dữ liệu - Ghi chú nhiệm vụ"
INDICATORS = "Dữ liệu - Chỉ số"

# (field, header) of every record sheet, in column order. The first two are always uuid, modified_at.
_RECORD = [("uuid", "Mã định danh (UUID)"), ("modified_at", "Sửa lần cuối (UTC)")]
COLUMNS: dict[str, list[tuple[str, str]]] = {
    OFFICE: [("key", "Mục"), ("value", "Giá trị")],
    ENTERPRISES: _RECORD + [
        ("tax_code", "Mã số thuế"), ("name", "Tên doanh nghiệp"), ("kind", "Loại hình"),
        ("sector_code", "Ngành VSIC"), ("province_code", "Mã tỉnh"), ("commune_code", "Mã xã/phường"),
        ("address", "Địa chỉ"), ("representative", "Người đại diện"), ("founded_year", "Năm thành lập"),
        ("employees", "Số lao động"), ("revenue", "Doanh thu (triệu đồng)"), ("capital", "Vốn (triệu đồng)"),
        ("archived", "Lưu trữ"), ("in_territory", "Đăng ký trên địa bàn"),
    ],
    PROJECTS: _RECORD + [
        ("code", "Mã dự án"), ("name", "Tên dự án"), ("plan_code", "Mã kế hoạch"), ("lead_unit", "Đơn vị chủ trì"),
        ("partner_units", "Đơn vị phối hợp"), ("provider", "Đơn vị tư vấn"), ("start_date", "Bắt đầu"),
        ("end_date", "Kết thúc"), ("status", "Trạng thái"), ("funding_state", "Kinh phí nhà nước"),
        ("funding_enterprise", "Kinh phí doanh nghiệp"), ("funding_other", "Kinh phí khác"),
        ("description", "Mô tả"),
    ],
    SUPPORTS: _RECORD + [
        ("enterprise_uuid", "UUID doanh nghiệp"), ("tax_code", "Mã số thuế"), ("project_uuid", "UUID dự án"),
        ("start_date", "Bắt đầu"), ("end_date", "Kết thúc"), ("status", "Trạng thái"),
        ("types", "Hình thức hỗ trợ"), ("tools", "Công cụ"), ("funding_state", "Kinh phí nhà nước"),
        ("funding_enterprise", "Kinh phí doanh nghiệp"), ("funding_other", "Kinh phí khác"),
        ("cert_number", "Số chứng nhận"), ("cert_body", "Tổ chức chứng nhận"), ("cert_issued", "Ngày cấp"),
        ("cert_expires", "Ngày hết hạn"), ("note", "Ghi chú"),
    ],
    MEASUREMENTS: _RECORD + [
        ("enterprise_uuid", "UUID doanh nghiệp"), ("support_uuid", "UUID lượt"), ("metric", "Chỉ tiêu đo"),
        ("phase", "Trước/sau"), ("value", "Giá trị"), ("measured_on", "Ngày đo"), ("period", "Kỳ"),
        ("source", "Nguồn"),
    ],
    ACTIVITIES: _RECORD + [
        ("kind", "Loại hoạt động"), ("title", "Tên hoạt động"), ("held_on", "Ngày"), ("unit_in_charge", "Đơn vị"),
        ("quantity", "Số lượng"), ("commune_code", "Mã xã/phường"), ("plan_code", "Mã kế hoạch"),
        ("note", "Ghi chú"), ("enterprise_uuids", "UUID doanh nghiệp tham gia"),
    ],
    TASK_NOTES: _RECORD + [
        ("task_number", "Nhiệm vụ số"), ("noted_on", "Ngày"), ("text", "Nội dung"), ("officer", "Cán bộ"),
    ],
    INDICATORS: _RECORD + [
        ("indicator", "Chỉ số"), ("territory_code", "Mã địa bàn"), ("year", "Năm"), ("value", "Giá trị"),
        ("source", "Nguồn"),
    ],
}
DATA_SHEETS = tuple(COLUMNS)
RECORD_SHEETS = (ENTERPRISES, PROJECTS, SUPPORTS, MEASUREMENTS, ACTIVITIES, TASK_NOTES, INDICATORS)
# The entity names used in provenance, conflicts and the JSON contract.
ENTITY = {ENTERPRISES: "enterprises", PROJECTS: "projects", SUPPORTS: "supports", MEASUREMENTS: "measurements",
          ACTIVITIES: "activities", TASK_NOTES: "task_notes", INDICATORS: "indicators"}


def header(sheet: str) -> list[str]:
    return [label for _f, label in COLUMNS[sheet]]


def as_utc(value: datetime) -> datetime:
    """A stored time as an aware UTC time (SQLite gives back naive UTC times)."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def text(value: object) -> str:
    """The one way a value is written in a data sheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return as_utc(value).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def office_key(province_code: str | None, commune_code: str | None, unit_name: str | None) -> str:
    return f"{province_code or ''}/{commune_code or unit_name or ''}"
