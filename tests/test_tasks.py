"""Plan tasks: create and edit with validation, progress notes with dates, overdue tasks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from test_progress_helpers import plan

from nsdesk.models import PlanTask, TaskNote
from nsdesk.services.common.forms import FormError
from nsdesk.services.plans import tasks


def test_tasks_notes_and_overdue(session):
    plan(session, "KH-DC")
    plan(session, "KH-KHAC")
    section = tasks.create_task(session, "KH-DC", {"number": "II", "content": "Nhiệm vụ, giải pháp"})
    dec = tasks.create_task(session, "kh-dc", {
        "number": "1", "content": "Tuyên truyền về năng suất", "lead_unit": "UBND phường",
        "partner_units": "Hội Doanh nghiệp", "time_frame": "Tháng 12/2025"})
    ongoing = tasks.create_task(session, "KH-DC", {"number": "2", "content": "Hỗ trợ doanh nghiệp",
                                                   "time_frame": "Thường xuyên"})
    years = tasks.create_task(session, "KH-DC", {"number": "3", "content": "Nhân rộng mô hình", "time_frame": "2026-2030"})
    other = tasks.create_task(session, "KH-KHAC", {"number": "1", "content": "Việc khác", "due_date": "30/06/2025"})
    assert (dec.due_date, ongoing.due_date, years.due_date, other.due_date) == (
        date(2025, 12, 31), None, date(2030, 12, 31), date(2025, 6, 30))
    assert [r.task.number for r in tasks.list_tasks(session, "KH-DC", date(2026, 1, 1))] == ["II", "1", "2", "3"]

    as_of = date(2026, 1, 15)
    rows = {r.task.id: r for r in tasks.list_tasks(session, "KH-DC", as_of)}
    assert [tid for tid, r in rows.items() if r.overdue] == [dec.id]
    assert [t.id for t in tasks.overdue_tasks(session, as_of)] == [other.id, dec.id]  # longest overdue first
    assert tasks.overdue_tasks(session, date(2025, 12, 31), "KH-DC") == []  # due that day: not yet overdue

    tasks.add_note(session, dec.id, {"noted_on": "10/11/2025", "text": "Đã in 500 tờ rơi", "officer": "Nguyễn Văn A"})
    tasks.set_status(session, dec.id, "done", note="Đã hoàn thành đợt tuyên truyền", noted_on=date(2026, 1, 10))
    assert [n.text for n in tasks.notes(session, dec.id)] == ["Đã in 500 tờ rơi", "Đã hoàn thành đợt tuyên truyền"]
    row = {r.task.id: r for r in tasks.list_tasks(session, "KH-DC", as_of)}[dec.id]
    assert (row.overdue, row.notes, row.last_note.noted_on) == (False, 2, date(2026, 1, 10))
    tasks.update_task(session, other.id, {"status": "Hủy bỏ"})  # the label works as well as the code
    assert tasks.overdue_tasks(session, as_of) == []

    assert tasks.update_task(session, years.id, {"time_frame": "Quý II/2026"}) == ["time_frame", "due_date"]
    assert years.due_date == date(2026, 6, 30)
    assert section.due_date is None
    tasks.delete_task(session, dec.id)
    assert session.scalar(select(func.count()).select_from(TaskNote)) == 0


def test_bad_task_input_changes_nothing(session):
    plan(session, "KH-DC")
    t = tasks.create_task(session, "KH-DC", {"number": "1", "content": "Việc", "time_frame": "Năm 2025"})
    with pytest.raises(FormError) as err:
        tasks.create_task(session, "KH-DC", {"number": "", "content": " ", "due_date": "32/13/2025", "status": "xong"})
    assert set(err.value.errors) == {"number", "content", "due_date", "status"}
    assert "Đã hoàn thành" in err.value.errors["status"]
    with pytest.raises(FormError):
        tasks.set_status(session, t.id, "lost", note="ghi chú")
    with pytest.raises(FormError) as err:
        tasks.add_note(session, t.id, {"noted_on": "", "text": ""})
    assert set(err.value.errors) == {"noted_on", "text"}
    assert t.status == "not_started"
    assert session.scalar(select(func.count()).select_from(PlanTask)) == 1
    assert session.scalar(select(func.count()).select_from(TaskNote)) == 0
    with pytest.raises(Exception, match="Không có kế hoạch mã «KHONG»"):
        tasks.create_task(session, "KHONG", {"number": "1", "content": "x"})
