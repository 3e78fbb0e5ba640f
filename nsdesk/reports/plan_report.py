"""The plan report for the provincial Department of Science and Technology (Sở KH&CN), as xlsx.

One workbook, one sheet per part, each printable as a document (A4 landscape, one page wide,
the header row on every page) and each opening with a title block (plan, reporting office,
"as of" date):

1. **Chỉ tiêu** — every target of the plan as of the date: requirement as written, achieved,
   the level expected by the linear pace, status, and how it is counted (the progress engine's
   own figures: :func:`nsdesk.services.plans.progress.progress`).
2. **Lượt hỗ trợ** — every lượt of an enterprise in the plan's territory that started by the date
   (or has no start date), whatever its status, so the DOST can see what the counts are made of.
3. **Dự án điểm** — the pilot projects of the plan and the plans implementing it.
4. **Công cụ áp dụng** — per tool, the enterprises and lượt of sheet 2 that are in progress or
   completed (cancelled and planned ones adopt nothing yet).
5. **Cải thiện năng suất** — improvement per tool and metric (:func:`nsdesk.services.pilots.summaries.summarize`)
   of the enterprises in the plan's territory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nsdesk.db import session_path
from nsdesk.files import atomic_output, check_output_path
from nsdesk.i18n import tr
from nsdesk.models import Enterprise, PilotProject, Support
from nsdesk.services.common import counting
from nsdesk.services.common.admin_units import without_prefix
from nsdesk.services.common.formats import day, required_text
from nsdesk.services.common.office import Office, get_office
from nsdesk.services.pilots import projects as project_service
from nsdesk.services.pilots import summaries
from nsdesk.services.pilots import supports as support_service
from nsdesk.services.pilots import tools as tool_service
from nsdesk.services.plans import progress as engine
from nsdesk.services.plans.rules import enterprise_inside, plan_scope
from nsdesk.xlsx import PrintLayout, Signature, add_table, save, workbook_for

SHEETS = ("targets", "supports", "projects", "tools", "improvement")
_NUMBER = "#,##0.##"
_MONEY = "#,##0.0##"


@dataclass
class ReportResult:
    path: Path
    plan: str
    as_of: date
    rows: dict[str, int]  # sheet key → rows written

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "plan": self.plan, "as_of": self.as_of.isoformat(), "rows": self.rows}


def _layout(title: str, office: str | None, *, wrap: Iterable[int] = (), center: Iterable[int] = (),
            numbers: dict[int, str] | None = None) -> PrintLayout:
    return PrintLayout(title=title, office=office, wrap_columns=frozenset(wrap), center_columns=frozenset(center),
                       number_formats=numbers or {}, header_height=34, grid=False)


def write_plan_report(session: Session, plan_code: str, as_of: date, path: str | Path,
                      progress: Callable[[int, int], None] | None = None) -> ReportResult:
    """Write the report of plan ``plan_code`` as of ``as_of`` to ``path``; nothing is written to the database.

    Raises InputError for an unknown plan, OutputError for a destination that must not be written
    (see :func:`nsdesk.files.check_output_path`); the file is written whole or not at all.
    """
    path = check_output_path(path, database=session_path(session))
    with atomic_output(path) as tmp:
        result = _write_plan_report(session, plan_code, as_of, tmp, progress)
    result.path = path
    return result


def _write_plan_report(session: Session, plan_code: str, as_of: date, path: Path,
                       progress: Callable[[int, int], None] | None = None) -> ReportResult:
    plan = engine.find_plan(session, plan_code)
    result = engine.progress(session, plan.code, as_of)
    scope = plan_scope(session, plan)
    where = get_office(session)
    office = where.label() or None
    intro = [
        tr("report", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NÂNG CAO NĂNG SUẤT"),
        f"{plan.code} — {plan.title}",
        tr("report", "Đơn vị báo cáo: {office}").format(office=office or tr("report", "(chưa đặt đơn vị)")),
        tr("report", "Số liệu tính đến ngày {date}").format(date=day(as_of)),
    ]
    step = _Steps(progress, len(SHEETS))
    wb = workbook_for(path, _layout("", None))
    rows: dict[str, int] = {}

    # 1. Targets
    header = [tr("report", h) for h in ("STT", "Mã", "Chỉ tiêu", "Mốc", "Kỳ tính", "Yêu cầu", "Thực hiện",
                                         "Cần đạt theo tiến độ", "Tình trạng", "Cách tính, ghi chú")]
    target_rows = []
    for n, t in enumerate(result.targets, start=1):
        notes = [t.rule_text or ""]
        if t.contributes:
            notes.append(tr("report", "Góp phần vào chỉ tiêu chung của cấp trên."))
        if t.undated:
            notes.append(tr("report", "{n} bản ghi chưa có ngày nên chưa được tính.").format(n=t.undated))
        status = engine.status_label(t.status)
        if t.exceeded:
            status += tr("report", " (vượt chỉ tiêu)")
        target_rows.append([
            n, t.code, t.title, t.milestone, f"{day(t.window_start)} – {day(t.window_end)}",
            required_text(t.comparator, t.min, t.max, t.tolerance, t.unit), engine.number(t.achieved),
            engine.number(t.expected), status, " ".join(x for x in notes if x),
        ])
    rows["targets"] = add_table(
        wb, tr("report", "Chỉ tiêu"), header, target_rows, text_columns=(1,),
        widths=[5, 17, 42, 7, 13, 14, 11, 11, 15, 44],
        layout=_layout(tr("report", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"), office, wrap=(2, 4, 5, 8, 9), center=(0, 3),
                       numbers={6: _NUMBER, 7: _NUMBER}),
        intro=[*intro, engine.pace_rule_text()], signature=_signature(where, date.today()))
    step()

    # 2. Lượt
    inside = select(Enterprise.id).where(enterprise_inside(scope, {}))
    found = support_service.list_supports(session, where=[
        Support.enterprise_id.in_(inside), or_(Support.start_date.is_(None), Support.start_date <= as_of)])
    tool_names = tool_service.tool_names(session)
    header = [tr("report", h) for h in ("STT", "Mã số thuế", "Doanh nghiệp", "Dự án điểm", "Loại hỗ trợ", "Công cụ",
                                         "Bắt đầu", "Kết thúc", "Trạng thái", "Giấy chứng nhận", "Hết hạn")]
    rows["supports"] = add_table(
        wb, tr("report", "Lượt hỗ trợ"), header, (
            [n, r.tax_code, r.enterprise_name, r.project_code, "; ".join(support_service.type_label(c) for c in r.types),
             "; ".join(tool_names.get(c, c) for c in r.tools), day(r.start), day(r.end),
             support_service.status_label(r.status), r.cert_number, day(r.cert_expires)]
            for n, r in enumerate(found, start=1)),
        text_columns=(1, 3), widths=[5, 15, 32, 13, 30, 34, 11, 11, 13, 14, 11],
        layout=_layout(tr("report", "DANH SÁCH LƯỢT HỖ TRỢ DOANH NGHIỆP"), office, wrap=(2, 4, 5, 9),
                       center=(0, 6, 7, 10)),
        intro=intro)
    step()

    # 3. Pilot projects of the plan (and of the plans implementing it)
    codes = set(session.scalars(select(PilotProject.code).where(PilotProject.plan_id.in_(sorted(scope.plan_ids)))))
    header = [tr("report", h) for h in ("STT", "Mã", "Tên dự án", "Trạng thái", "Bắt đầu", "Kết thúc",
                                         "Số doanh nghiệp", "Số lượt", "Kinh phí (triệu đồng)")]
    projects = [p for p in project_service.list_projects(session) if p.code in codes]
    rows["projects"] = add_table(
        wb, tr("report", "Dự án điểm"), header, (
            [n, p.code, p.name, project_service.status_label(p.status), day(p.start_date), day(p.end_date),
             p.enterprises, p.supports, p.funding_total]
            for n, p in enumerate(projects, start=1)),
        text_columns=(1,), widths=[5, 14, 52, 15, 11, 11, 11, 9, 13],
        layout=_layout(tr("report", "CÁC DỰ ÁN ĐIỂM"), office, wrap=(2,), center=(0, 4, 5),
                       numbers={8: _MONEY}),
        intro=intro)
    step()

    # 4. Tools adopted in the lượt listed above
    per_tool: dict[str, tuple[set[int], int]] = {}
    for r in found:
        if counting.counts(r.status):
            for code in r.tools:
                ents, n = per_tool.get(code, (set(), 0))
                ents.add(r.enterprise_id)
                per_tool[code] = (ents, n + 1)
    adoption = sorted(((tool_names.get(c, c), len(e), n) for c, (e, n) in per_tool.items()), key=lambda t: (-t[1], -t[2], t[0]))
    rows["tools"] = add_table(
        wb, tr("report", "Công cụ áp dụng"), [tr("report", h) for h in ("STT", "Công cụ, hệ thống quản lý",
                                                                         "Số doanh nghiệp", "Số lượt")],
        ([n, name, ents, sups] for n, (name, ents, sups) in enumerate(adoption, start=1)),
        widths=[5, 70, 14, 10],
        layout=_layout(tr("report", "CÔNG CỤ, HỆ THỐNG QUẢN LÝ ĐƯỢC ÁP DỤNG"), office, wrap=(1,), center=(0,)),
        intro=[*intro, tr("report", "Lượt đang thực hiện hoặc đã hoàn thành; một lượt áp dụng nhiều công cụ được "
                                    "tính cho mỗi công cụ.")])
    step()

    # 5. Improvement per tool and metric
    header = [tr("report", h) for h in ("STT", "Công cụ", "Chỉ tiêu năng suất", "Đơn vị", "Số doanh nghiệp",
                                         "Số cặp trước/sau", "Cải thiện", "Không cải thiện", "Trung vị cải thiện (%)",
                                         "Bình quân cải thiện (%)")]
    summary = summaries.summarize(session, "tool", enterprises=inside)
    rows["improvement"] = add_table(
        wb, tr("report", "Cải thiện năng suất"), header, (
            [n, s.group_label, s.metric_name, s.unit, s.enterprises, s.n_pairs, s.n_improved, s.n_worse,
             _round(s.median_pct), _round(s.mean_pct)]
            for n, s in enumerate(summary, start=1)),
        widths=[5, 32, 34, 19, 11, 10, 10, 11, 12, 12],
        layout=_layout(tr("report", "MỨC CẢI THIỆN NĂNG SUẤT THEO CÔNG CỤ"), office, wrap=(1, 2, 3), center=(0,),
                       numbers={8: _NUMBER, 9: _NUMBER}),
        intro=[*intro, tr("report", "Mỗi cặp: giá trị trước hỗ trợ sớm nhất và sau hỗ trợ muộn nhất của một lượt; "
                                    "tỷ lệ lỗi giảm là cải thiện; số liệu đang chờ xem lại không được tính.")])
    step()
    save(wb, path)
    return ReportResult(path, plan.code, as_of, rows)


def _signature(office: Office, on: date) -> Signature:
    """Place and date as an administrative document writes them ("Đăk Cấm, ngày 02 tháng 12 năm 2026")."""
    place = without_prefix(office.commune_name or office.unit_name or office.province_name or "")
    when = tr("report", "ngày {d:02d} tháng {m:02d} năm {y}").format(d=on.day, m=on.month, y=on.year)
    return Signature(
        place_date=f"{place}, {when}" if place else when[:1].upper() + when[1:],
        left=tr("report", "NGƯỜI LẬP BIỂU"), left_note=tr("report", "(Ký, ghi rõ họ tên)"),
        right=tr("report", "THỦ TRƯỞNG ĐƠN VỊ"), right_note=tr("report", "(Ký tên, đóng dấu)"),
        left_name=office.officer_name or "",
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


class _Steps:
    def __init__(self, progress: Callable[[int, int], None] | None, total: int):
        self.progress, self.total, self.done = progress, total, 0
        if progress:
            progress(0, total)

    def __call__(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)
