"""Plan tasks (nhiệm vụ): number, content, lead and partner units, time frame, status, progress notes.

Overdue (shown highlighted): a due date before the as-of date while the status is neither
``done`` nor ``cancelled``. Tasks "thường xuyên" (ongoing) or "hàng năm" (yearly) have no due date
and are never overdue. When a task is created or its time frame changed without an explicit due
date, the due date is computed from the time frame as written (``templates.due_date_for``:
"Tháng 12/2025" → 31/12/2025, "2026-2030" → 31/12/2030, "Quý II/2026" → 30/06/2026).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import Plan, PlanTask, TaskNote
from nsdesk.services.common.forms import apply_fields, record_changes
from nsdesk.services.plans.checks import Fields
from nsdesk.services.plans.progress import find_plan
from nsdesk.services.plans.templates import due_date_for

STATUS_LABELS = {
    "not_started": "Chưa triển khai",
    "in_progress": "Đang thực hiện",
    "done": "Đã hoàn thành",
    "postponed": "Tạm dừng, lùi thời hạn",
    "cancelled": "Hủy bỏ",
}
CLOSED = ("done", "cancelled")


def status_label(status: str) -> str:
    return tr("labels", STATUS_LABELS.get(status, status))


def is_overdue(task: PlanTask, as_of: date) -> bool:
    return task.due_date is not None and task.due_date < as_of and task.status not in CLOSED


@dataclass
class TaskRow:
    task: PlanTask
    overdue: bool
    last_note: TaskNote | None
    notes: int


def list_tasks(session: Session, plan_code: str, as_of: date) -> list[TaskRow]:
    """The plan's tasks in order, each with its overdue flag and latest note."""
    plan = find_plan(session, plan_code)
    tasks = list(session.scalars(select(PlanTask).where(PlanTask.plan_id == plan.id).order_by(PlanTask.sort_order, PlanTask.id)))
    latest: dict[int, TaskNote] = {}
    counts: dict[int, int] = {}
    if tasks:
        for note in session.scalars(
            select(TaskNote).join(PlanTask, PlanTask.id == TaskNote.task_id).where(PlanTask.plan_id == plan.id)
            .order_by(TaskNote.noted_on, TaskNote.id)
        ):
            latest[note.task_id] = note
            counts[note.task_id] = counts.get(note.task_id, 0) + 1
    return [TaskRow(t, is_overdue(t, as_of), latest.get(t.id), counts.get(t.id, 0)) for t in tasks]


def overdue_tasks(session: Session, as_of: date, plan_code: str | None = None) -> list[PlanTask]:
    """Overdue tasks (of one plan, or of every plan), the longest overdue first."""
    q = select(PlanTask).where(PlanTask.due_date < as_of, PlanTask.status.not_in(CLOSED))
    if plan_code is not None:
        q = q.where(PlanTask.plan_id == find_plan(session, plan_code).id)
    return list(session.scalars(q.order_by(PlanTask.due_date, PlanTask.plan_id, PlanTask.sort_order)))


def get_task(session: Session, task_id: int) -> PlanTask:
    task = session.get(PlanTask, task_id)
    if task is None:
        raise InputError(tr("tasks", "Không tìm thấy nhiệm vụ số {id}; có thể nó đã bị xóa.").format(id=task_id),
                         hint=tr("tasks", "Tải lại danh sách nhiệm vụ."))
    return task


def _read(data: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    f = Fields(data)
    values: dict[str, Any] = {}

    def wanted(name: str) -> bool:
        return not partial or name in data

    if wanted("number"):
        values["number"] = f.text("number", tr("tasks", "số thứ tự nhiệm vụ (ví dụ II.1, 4.1)"), required=True, max_len=20)
    if wanted("content"):
        values["content"] = f.text("content", tr("tasks", "nội dung nhiệm vụ"), required=True, max_len=4000)
    if wanted("lead_unit"):
        values["lead_unit"] = f.text("lead_unit", tr("tasks", "đơn vị chủ trì"), max_len=1000)
    if wanted("partner_units"):
        values["partner_units"] = f.text("partner_units", tr("tasks", "đơn vị phối hợp"), max_len=2000)
    if wanted("time_frame"):
        values["time_frame"] = f.text("time_frame", tr("tasks", "thời gian thực hiện"), max_len=100)
    if "due_date" in data:
        values["due_date"] = f.day("due_date", tr("tasks", "hạn hoàn thành"))
    elif "time_frame" in values:
        values["due_date"] = due_date_for(values["time_frame"])
    if wanted("status"):
        values["status"] = f.choice("status", tr("tasks", "trạng thái"), STATUS_LABELS, default="not_started")
    if wanted("note"):
        values["note"] = f.text("note", tr("tasks", "ghi chú"), max_len=4000)
    f.check()
    return values


def create_task(session: Session, plan_code: str, data: Mapping[str, Any]) -> PlanTask:
    """Add a task at the end of the plan's list."""
    plan: Plan = find_plan(session, plan_code)
    values = _read(data, partial=False)
    last = session.scalar(select(func.max(PlanTask.sort_order)).where(PlanTask.plan_id == plan.id))
    task = PlanTask(plan_id=plan.id, sort_order=(last + 1) if last is not None else 0, **values)
    session.add(task)
    session.flush()
    record_changes(session, "task", task.uuid, "create", [(k, None, v) for k, v in values.items() if v is not None])
    session.flush()
    return task


def update_task(session: Session, task_id: int, data: Mapping[str, Any]) -> list[str]:
    """Change the fields present in ``data``; the names of the fields that changed."""
    task = get_task(session, task_id)
    changed = apply_fields(task, _read(data, partial=True))
    if changed:
        record_changes(session, "task", task.uuid, "update", changed)
    session.flush()
    return [c[0] for c in changed]


def set_status(session: Session, task_id: int, status: str, note: str | None = None,
               noted_on: date | None = None) -> PlanTask:
    """Change a task's status, optionally with a dated progress note saying why."""
    if note:
        # Check the note before changing anything.
        Fields({"text": note}).text("text", tr("tasks", "nội dung ghi nhận"), required=True, max_len=4000)
    update_task(session, task_id, {"status": status})
    if note:
        add_note(session, task_id, {"noted_on": noted_on or date.today(), "text": note})
    return get_task(session, task_id)


def delete_task(session: Session, task_id: int) -> None:
    task = get_task(session, task_id)
    for note in session.scalars(select(TaskNote).where(TaskNote.task_id == task.id)):
        session.delete(note)
    record_changes(session, "task", task.uuid, "delete", [(None, f"{task.number} {task.content[:200]}", None)])
    session.delete(task)
    session.flush()


def add_note(session: Session, task_id: int, data: Mapping[str, Any]) -> TaskNote:
    """A dated progress note (what was done, by whom)."""
    task = get_task(session, task_id)
    f = Fields(data)
    noted_on = f.day("noted_on", tr("tasks", "ngày ghi nhận"), required=True)
    text = f.text("text", tr("tasks", "nội dung ghi nhận"), required=True, max_len=4000)
    officer = f.text("officer", tr("tasks", "người ghi"), max_len=200)
    f.check()
    assert noted_on is not None  # required: f.check() raised without it
    note = TaskNote(task_id=task.id, noted_on=noted_on, text=text, officer=officer)
    session.add(note)
    session.flush()
    record_changes(session, "task", task.uuid, "note", [("note", None, f"{noted_on.isoformat()} {text}")])
    return note


def notes(session: Session, task_id: int) -> list[TaskNote]:
    """The task's progress notes, oldest first."""
    get_task(session, task_id)
    return list(session.scalars(select(TaskNote).where(TaskNote.task_id == task_id).order_by(TaskNote.noted_on, TaskNote.id)))
