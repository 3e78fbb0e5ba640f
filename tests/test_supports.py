"""Supports (lượt): validation, repeat lượt, cancelling, certificates, an enterprise's page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pilot_helpers import make_enterprise, make_support, measure
from sqlalchemy import func, select

from nsdesk.models import Change, Support, SupportTool, SupportType
from nsdesk.services.common.forms import FormError
from nsdesk.services.pilots import supports, tools


def _counts(session):
    return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Support, SupportType, SupportTool, Change))


def test_supporting_the_same_enterprise_twice_makes_two_lượt(session):
    ent = make_enterprise(session, "5100000001")
    first = make_support(session, ent, tools=["LEAN", "5S"], types=["system_tool", "training"])
    second = make_support(session, ent, tools=["ISO9001"], types=["certification"], start_date="2025-02-01",
                          end_date="2025-09-30")
    rows = supports.list_supports(session)
    assert [r.uuid for r in rows] == [first.uuid, second.uuid]
    assert {r.enterprise_uuid for r in rows} == {ent.uuid}
    assert rows[0].tools == ["5S", "LEAN"] and rows[0].types == ["system_tool", "training"]
    assert rows[1].as_json()["start"] == "2025-02-01" and rows[1].as_json()["end"] == "2025-09-30"
    assert supports.enterprise_overview(session, ent.tax_code)["support_count"] == 2


def test_cancelled_lượt_stays_listed_with_status_cancelled_and_history(session):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent, status="in_progress", end_date=None)
    supports.cancel_support(session, s.uuid, note="Doanh nghiệp xin dừng")
    rows = supports.list_supports(session)
    assert [(r.uuid, r.status) for r in rows] == [(s.uuid, "cancelled")]
    assert supports.list_supports(session, status="cancelled")[0].uuid == s.uuid
    assert supports.list_supports(session, status="completed") == []
    change = session.scalar(select(Change).where(Change.entity_uuid == s.uuid, Change.field == "status"))
    assert (change.action, change.old_value, change.new_value, change.officer) == (
        "update", "in_progress", "cancelled", "Cán bộ Kiểm thử")
    assert "xin dừng" in s.note


@pytest.mark.parametrize("fields, field, words", [
    ({"start_date": "2024-05-01", "end_date": "2024-04-30"}, "end_date", "Ngày kết thúc phải bằng hoặc sau"),
    ({"cert_number": "CN-1", "cert_issued": "2024-07-01", "cert_expires": "2024-06-30"}, "cert_expires",
     "hết hạn giấy chứng nhận phải sau ngày cấp"),
    ({"cert_number": "CN-1", "cert_issued": "2024-07-01", "cert_expires": "2024-07-01"}, "cert_expires",
     "phải sau ngày cấp"),
    ({"cert_expires": "2027-07-01"}, "cert_number", "số giấy chứng nhận"),
    ({"status": "done"}, "status", "Đã hủy"),
    ({"types": []}, "types", "Chọn ít nhất một loại hỗ trợ"),
    ({"types": ["massage"]}, "types", "massage"),
    ({"tools": ["NO_SUCH"]}, "tools", "NO_SUCH"),
    ({"enterprise": "0000000000"}, "enterprise", "Không tìm thấy doanh nghiệp"),
    ({"enterprise": None}, "enterprise", "Hãy chọn doanh nghiệp"),
    ({"project": "KHONG-CO"}, "project", "Không tìm thấy dự án điểm"),
    ({"start_date": "31/02/2024"}, "start_date", "dd/mm/yyyy"),
    ({"funding_state": "-1"}, "funding_state", "không được nhỏ hơn 0"),
    ({"status": "completed", "start_date": None, "end_date": None}, "start_date", "cần có ngày bắt đầu"),
])
def test_bad_support_is_refused_per_field_and_nothing_is_written(session, fields, field, words):
    ent = make_enterprise(session, "5100000001")
    before = _counts(session)
    with pytest.raises(FormError) as exc:
        make_support(session, ent, **fields)
    assert field in exc.value.errors, exc.value.errors
    assert words in exc.value.errors[field]
    assert _counts(session) == before
    data = {"enterprise": ent.tax_code, "types": ["system_tool"], "tools": ["LEAN"], "status": "completed",
            "start_date": "2024-01-10", "end_date": "2024-06-30", **fields}
    assert field in supports.support_errors(session, data)


def test_a_valid_certification_is_saved(session):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent, types=["certification", "consulting"], tools=["ISO9001"],
                     cert_number="1234/2024/QUACERT", cert_body="QUACERT", cert_issued="15/07/2024",
                     cert_expires="14/07/2027", funding_state="25,5")
    assert (s.cert_issued, s.cert_expires, s.funding_state) == (date(2024, 7, 15), date(2027, 7, 14), 25.5)


def test_certificates_expiring_within_90_days_as_of_a_date(session):
    as_of = date(2026, 3, 1)
    ent = make_enterprise(session, "5100000001")
    other = make_enterprise(session, "5100000002")

    def cert(e, number, expires, **kw):
        return make_support(session, e, types=["certification"], tools=["ISO9001"], cert_number=number,
                            cert_issued=expires - timedelta(days=3 * 365), cert_expires=expires, **kw)

    cert(ent, "SOON-30", as_of + timedelta(days=30))
    cert(ent, "EDGE-90", as_of + timedelta(days=90))
    cert(ent, "LATER-91", as_of + timedelta(days=91))
    cert(other, "GONE", as_of - timedelta(days=1))
    cert(other, "TODAY", as_of)
    cert(other, "CANCELLED", as_of + timedelta(days=10), status="cancelled")
    got = [r.cert_number for r in supports.expiring_certificates(session, as_of=as_of)]
    assert got == ["TODAY", "SOON-30", "EDGE-90"]
    assert [r.cert_number for r in supports.expiring_certificates(session, as_of=as_of, days=30)] == ["TODAY", "SOON-30"]
    assert supports.certificate_state(as_of - timedelta(days=1), as_of) == "expired"
    assert supports.certificate_state(as_of + timedelta(days=200), as_of) == "valid"
    page = supports.enterprise_overview(session, ent, as_of=as_of)
    assert {c["number"]: c["state"] for c in page["certificates"]} == {
        "SOON-30": "expiring", "EDGE-90": "expiring", "LATER-91": "valid"}


def test_enterprise_page_shows_supports_adopted_tools_certificates_and_metrics(session):
    ent = make_enterprise(session, "5100000001")
    done = make_support(session, ent, tools=["LEAN", "KPI"])
    make_support(session, ent, tools=["ERP"], status="in_progress", end_date=None, types=["digital"])
    make_support(session, ent, tools=["ISO14001"], status="planned", start_date="2030-01-01", end_date=None)
    make_support(session, ent, tools=["TPM"], status="cancelled")
    measure(session, support=done, metric="lead_time", phase="before", value=20, on="2024-01-01")
    measure(session, support=done, metric="lead_time", phase="after", value=15, on="2024-08-01")
    page = supports.enterprise_overview(session, ent.uuid)
    assert page["support_count"] == 4
    assert page["tools_adopted"] == ["ERP", "KPI", "LEAN"]  # not planned, not cancelled
    assert len(page["measurements"]) == 2
    [pair] = page["pairs"]
    assert pair.metric_code == "lead_time" and pair.improvement.percent == pytest.approx(25.0)


def test_editing_types_and_tools_is_logged_and_retired_tools_are_kept_on_old_lượt(session):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent, tools=["LEAN"])
    tools.retire_tool(session, "LEAN")
    # An old lượt keeps its retired tool when edited; a retired tool cannot be added anew.
    supports.update_support(session, s, {"tools": ["LEAN", "KAIZEN"], "types": ["system_tool", "training"]})
    assert supports.list_supports(session)[0].tools == ["KAIZEN", "LEAN"]
    with pytest.raises(FormError) as exc:
        make_support(session, ent, tools=["LEAN"])
    assert "ngừng sử dụng" in exc.value.errors["tools"]
    logged = {c.field: (c.old_value, c.new_value) for c in session.scalars(
        select(Change).where(Change.entity_uuid == s.uuid, Change.action == "update"))}
    assert logged == {"tools": ("LEAN", "KAIZEN, LEAN"), "types": ("system_tool", "system_tool, training")}
    assert [r.uuid for r in supports.list_supports(session, tool="kaizen")] == [s.uuid]


def test_a_lượt_with_measurements_keeps_its_enterprise_and_cannot_be_deleted(session):
    from nsdesk.errors import KnownError

    a = make_enterprise(session, "5100000001")
    b = make_enterprise(session, "5100000002")
    measured = make_support(session, a)
    measure(session, support=measured, metric="oee", phase="before", value=50, on="2024-01-01")
    with pytest.raises(FormError) as exc:
        supports.update_support(session, measured, {"enterprise": b.tax_code})
    assert "đã có số liệu đo" in exc.value.errors["enterprise"]
    with pytest.raises(KnownError):
        supports.delete_support(session, measured)
    assert supports.find_support(session, measured.uuid) is not None
    # A lượt entered by mistake, without readings, can be moved or deleted (and that is logged).
    mistake = make_support(session, a)
    supports.update_support(session, mistake, {"enterprise": b.uuid})
    assert supports.list_supports(session, enterprise=b)[0].uuid == mistake.uuid
    uuid = mistake.uuid
    supports.delete_support(session, mistake)
    assert [r.uuid for r in supports.list_supports(session)] == [measured.uuid]
    assert session.scalar(select(Change.action).where(Change.entity_uuid == uuid, Change.action == "delete"))
    assert session.scalar(select(func.count()).select_from(SupportTool).where(SupportTool.support_id == mistake.id)) == 0


def test_form_values_save_back_unchanged(session):
    from nsdesk.services.pilots import projects

    projects.create_project(session, {"code": "DA-1", "name": "Dự án"})
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent, project="DA-1", tools=["ISO9001", "5S"], types=["certification", "system_tool"],
                     cert_number="CN-9", cert_issued="2024-07-01", cert_expires="2027-06-30", funding_state=12.5)
    form = supports.support_form(session, s)
    assert form["project"] == "DA-1" and form["tools"] == ["5S", "ISO9001"]
    assert form["types"] == ["system_tool", "certification"] and form["cert_expires"] == date(2027, 6, 30)
    n = session.scalar(select(func.count()).select_from(Change))
    supports.update_support(session, s, form)
    assert session.scalar(select(func.count()).select_from(Change)) == n


@pytest.mark.db
def test_lượt_and_readings_narrow_by_words_commune_and_dates(session):
    from datetime import date

    from pilot_helpers import CAM_THANH, make_enterprise, make_support, measure

    from nsdesk.services.pilots import measurements
    from nsdesk.services.register.importing.fields import search_text

    a = make_enterprise(session, "5100000021", name="Công ty TNHH Hạt điều Đăk Cấm")
    b = make_enterprise(session, "5100000022", name="Hợp tác xã Mây tre 100%", commune_code=CAM_THANH)
    for e in (a, b):
        e.search_folded = search_text(e.name, e.tax_code)
    make_support(session, a, start_date="2024-01-10")
    make_support(session, b, start_date="2025-03-01", end_date="2025-09-30")
    measure(session, metric="workers", phase="before", value=10, on="2024-12-31", enterprise=a)
    measure(session, metric="workers", phase="before", value=20, on="2025-12-31", enterprise=b)

    def listed(**kw):
        return [r.tax_code for r in supports.list_supports(session, **kw)]

    assert listed(text="HAT DIEU dak") == ["5100000021"]
    assert listed(text="tre may") == ["5100000022"] and listed(text="tre hat") == []  # every word must match
    assert listed(commune=CAM_THANH) == ["5100000022"]
    assert listed(start_from=date(2025, 3, 1)) == ["5100000022"]
    assert listed(start_to=date(2025, 2, 28)) == ["5100000021"]
    lines = measurements.measurement_lines(session, text="mây", measured_from=date(2025, 1, 1))
    assert [ln.tax_code for ln in lines] == ["5100000022"]
    assert measurements.count_measurements(session, commune=CAM_THANH, measured_to=date(2025, 1, 1)) == 0
    assert measurements.count_measurements(session, text="5100000021") == 1
