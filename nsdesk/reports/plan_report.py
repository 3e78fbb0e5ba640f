"""The report on a plan that an office signs and sends (Decree 30/2020/NĐ-CP form), as xlsx.

Sheet 1, **Báo cáo** (A4 portrait): the issuing agency and the national motto, number, place and
date, "BÁO CÁO" and the summary line naming the plan by its document number and date, "Kính gửi",
the written sections (results, difficulties and obstacles, proposals, next period's tasks) with the
summary table of targets (in the period, cumulative, requirement, status), the signer block and
"Nơi nhận". The other sheets are appendices titled "Phụ lục I … (Kèm theo Báo cáo số …)": targets,
lượt, pilot projects, activities, plan tasks, funding by source, productivity improvement per tool.

The document is Vietnamese whatever the UI language (:func:`nsdesk.i18n.source_language`); numbers
are numeric cells with one set of formats; no internal codes (plan or target codes) in its text.
Rows are streamed (xlsxwriter ``constant_memory``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nsdesk.i18n import source_language
from nsdesk.models import Enterprise, PilotProject, Support
from nsdesk.services.common import counting
from nsdesk.services.common.admin_units import without_prefix
from nsdesk.services.common.formats import day
from nsdesk.services.common.office import Office, get_office
from nsdesk.services.pilots import projects as project_service
from nsdesk.services.pilots import summaries
from nsdesk.services.pilots import supports as support_service
from nsdesk.services.pilots import tools as tool_service
from nsdesk.services.plans import activities as activity_service
from nsdesk.services.plans import progress as engine
from nsdesk.services.plans import tasks as task_service
from nsdesk.services.plans.rules import enterprise_inside, plan_scope
from nsdesk.xlsx import DocumentSheet, Line, PrintLayout, save, workbook_for

SHEETS = ("document", "targets", "supports", "projects", "activities", "tasks", "funding", "improvement")
SHEET_NAMES = ("Báo cáo", "PL I - Chỉ tiêu", "PL II - Lượt hỗ trợ", "PL III - Dự án điểm", "PL IV - Hoạt động",
               "PL V - Nhiệm vụ", "PL VI - Kinh phí", "PL VII - Năng suất")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
COUNT = "#,##0"
MONEY = "#,##0.00"
PERCENT = "0.0"
EMPTY = "Không có"
# Portrait document: 16 cm of text between the margins, in Excel characters of the body font.
DOC_WIDTHS = (5, 27, 18, 9, 9, 14)
DOC_SPLIT = 2


@dataclass(frozen=True)
class Signer:
    """The signer block: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", then the name."""

    authority: str = ""  # "TM. ỦY BAN NHÂN DÂN" (empty: the head signs in their own name)
    deputy: str = ""  # "KT. CHỦ TỊCH" when a deputy signs for the head
    title: str = "CHỦ TỊCH"
    name: str = ""


@dataclass(frozen=True)
class ReportFields:
    """What the officer writes on the report; empty fields take defaults from the office and the plan."""

    number: str = ""  # "15/BC-UBND"
    place: str = ""  # "Đăk Cấm" (default: the office's commune)
    signed_on: date | None = None  # the report's date (default: the period's end)
    governing_body: str = ""  # "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    agency: str = ""  # "ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM"
    addressee: str = ""  # "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"
    period_label: str = ""  # "6 tháng đầu năm 2026" (default: "từ ngày … đến ngày …")
    results: str = ""  # the officer's text; empty: the draft sentence per target
    difficulties: str = ""
    proposals: str = ""
    next_tasks: str = ""
    signer: Signer = field(default_factory=Signer)
    recipients: tuple[str, ...] = ()


@dataclass
class ReportResult:
    path: Path
    plan: str
    as_of: date
    rows: dict[str, int]  # sheet key → rows written
    start: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "plan": self.plan, "as_of": self.as_of.isoformat(), "rows": self.rows}


@dataclass(frozen=True)
class TargetLine:
    """One target as the report states it."""

    title: str
    unit: str
    requirement: float | None
    requirement_format: str
    achieved_period: float | None
    achieved_cumulative: float | None
    value_format: str
    status: str
    rule_text: str
    window: str

    def draft(self, to: date) -> str:
        """The first draft sentence of the results section for this target (the officer edits it)."""
        unit = f" {self.unit}" if self.unit else ""
        if self.achieved_cumulative is None:
            return f"- {self.title}: chưa có số liệu ({self.status.lower()})."
        if self.achieved_period is None:
            return (f"- {self.title}: {_num(self.achieved_cumulative)}{unit} (số liệu đến ngày {day(to)}); "
                    f"{self.status.lower()}.")
        return (f"- {self.title}: trong kỳ thực hiện {_num(self.achieved_period)}{unit}; lũy kế đến ngày {day(to)} "
                f"đạt {_num(self.achieved_cumulative)}{unit}; {self.status.lower()}.")


def _num(value: float) -> str:
    from nsdesk.services.common.formats import number

    return number(value)


def _requirement_format(comparator: str, minimum: float | None, maximum: float | None,
                        tolerance: float | None, unit: str, decimals: int) -> str:
    """An Excel number format that shows the requirement as written ("≥ 6,5 %/năm") on a number cell."""
    base = "#,##0" + ("." + "0" * decimals if decimals else "")
    prefix = {"more_than": "> ", "about": "≈ "}.get(comparator, "≥ ")
    suffix = ""
    if comparator == "range" and maximum is not None:
        prefix = ""
        suffix = "–" + _num(maximum)
    if comparator == "about" and tolerance:
        suffix = f" (± {_num(tolerance)})"
    if unit:
        suffix += f" {unit}"
    esc = suffix.replace('"', "'")
    return (f'"{prefix}"' if prefix else "") + base + (f'"{esc}"' if esc else "")


def _without_app(text: str) -> str:
    """A counting rule as the document states it: without the note that the app set a tolerance."""
    return re.sub(r"\s*do nsdesk đặt, sửa được", "", text)


def _decimals(*values: float | None) -> int:
    return 0 if all(v is None or float(v).is_integer() for v in values) else 1


def target_lines(session: Session, plan_code: str, start: date, to: date) -> list[TargetLine]:
    """Every target: achieved in ``start``..``to`` and cumulatively to ``to`` (the progress engine's figures)."""
    now = engine.progress(session, plan_code, to)
    before = {t.code: t for t in engine.progress(session, plan_code, start - timedelta(days=1)).targets}
    lines = []
    for t in now.targets:
        counted = t.kind != "statistic" and t.achieved is not None
        period: float | None = None
        if counted:
            prior = before[t.code].achieved if before[t.code].window_start <= start - timedelta(days=1) else 0
            period = max((t.achieved or 0) - (prior or 0), 0)
        status = engine.status_label(t.status) + (" (vượt chỉ tiêu)" if t.exceeded else "")
        decimals = _decimals(t.min, t.max, t.achieved) if t.kind == "statistic" else 0
        unit = t.unit or ""
        lines.append(TargetLine(
            title=t.title, unit=unit, requirement=t.min,
            requirement_format=_requirement_format(t.comparator, t.min, t.max, t.tolerance, unit, decimals),
            achieved_period=engine.number(period), achieved_cumulative=engine.number(t.achieved),
            value_format=COUNT if not decimals else "#,##0.0", status=status, rule_text=_without_app(t.rule_text or ""),
            window=f"{day(t.window_start)} – {day(t.window_end)}"))
    return lines


def _in_sentence(name: str) -> str:
    """An agency written in capitals as a sentence names it: "ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM" →
    "Ủy ban nhân dân phường Đăk Cấm" (the kind of unit in lower case, its name capitalised)."""
    if not name.isupper():
        return name
    for body in ("ỦY BAN NHÂN DÂN ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ ", "PHÒNG "):
        if name.startswith(body):
            words = name[len(body):].split()
            kind = 2 if words[:2] in (["THÀNH", "PHỐ"], ["ĐẶC", "KHU"]) else 1
            rest = " ".join(w.lower() for w in words[:kind]) + " " + " ".join(w.capitalize() for w in words[kind:])
            return body.capitalize().rstrip() + " " + rest.strip()
    return name.capitalize()


def _upper(text: str) -> str:
    return text.upper()


def _defaults(fields: ReportFields, office: Office, to: date) -> ReportFields:
    place = fields.place or without_prefix(office.commune_name or office.unit_name or office.province_name or "")
    province = office.province_name or ""
    if province and not province.lower().startswith(("tỉnh", "thành phố")):
        province = f"tỉnh {province}"
    local = office.commune_name or office.unit_name or ""
    governing = fields.governing_body or (f"ỦY BAN NHÂN DÂN {_upper(province)}" if province and local else "")
    agency = fields.agency or (f"ỦY BAN NHÂN DÂN {_upper(local or province)}" if (local or province) else "")
    addressee = fields.addressee or (f"Sở Khoa học và Công nghệ {province}" if province else "")
    recipients = fields.recipients or ("Như trên;", "Lưu: VT.")
    signer = fields.signer if (fields.signer.name or fields.signer.authority or fields.signer.deputy) else Signer(
        authority="TM. ỦY BAN NHÂN DÂN", title="CHỦ TỊCH", name=office.officer_name or "")
    return ReportFields(
        number=fields.number, place=place, signed_on=fields.signed_on or to, governing_body=governing,
        agency=agency, addressee=addressee, period_label=fields.period_label, results=fields.results,
        difficulties=fields.difficulties, proposals=fields.proposals, next_tasks=fields.next_tasks,
        signer=signer, recipients=tuple(recipients))


def _date_words(on: date) -> str:
    # Decree 30: days below 10 and months below 3 are written with a leading zero.
    d = f"{on.day:02d}" if on.day < 10 else str(on.day)
    m = f"{on.month:02d}" if on.month < 3 else str(on.month)
    return f"ngày {d} tháng {m} năm {on.year}"


def _short_date(on: date | None) -> str:
    return f"{on.day}/{on.month}/{on.year}" if on else ""


def write_plan_report(session: Session, plan_code: str, as_of: date, path: str | Path,
                      progress: Callable[[int, int], None] | None = None, *, start: date | None = None,
                      fields: ReportFields | None = None) -> ReportResult:
    """Write the report on plan ``plan_code`` for ``start``..``as_of`` (``start`` None: from the plan's
    start) to ``path``; nothing is written to the database.

    Raises InputError for an unknown plan or a folder that does not exist (the file is not created).
    """
    with source_language():
        return _write(session, plan_code, as_of, Path(path), progress, start, fields or ReportFields())


def _write(session: Session, plan_code: str, to: date, path: Path, progress: Callable[[int, int], None] | None,
           start: date | None, fields: ReportFields) -> ReportResult:
    plan = engine.find_plan(session, plan_code)
    start = start or date(plan.start_year, 1, 1)
    office = get_office(session)
    f = _defaults(fields, office, to)
    step = _Steps(progress, len(SHEETS))
    wb = workbook_for(path, PrintLayout(title="", font_size=13))
    rows: dict[str, int] = {}
    plan_name = _plan_name(plan.doc_number, plan.doc_date, plan.title)
    period = f.period_label or f"từ ngày {day(start)} đến ngày {day(to)}"
    number = f.number or "      /BC-UBND"
    agency = _in_sentence(f.agency)
    of_report = f"(Kèm theo Báo cáo số {number} ngày {_short_date(f.signed_on)}" + (
        f" của {agency})" if agency else ")")
    targets = target_lines(session, plan.code, start, to)

    # --- the document -----------------------------------------------------------------------
    doc = DocumentSheet(wb, SHEET_NAMES[0], DOC_WIDTHS, DOC_SPLIT)
    left = [Line(f.governing_body, size=12.5), Line(f.agency, bold=True, size=12.5), Line("―――――", size=9),
            Line(f"Số: {number}")]
    right = [Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12.5),
             Line("Độc lập - Tự do - Hạnh phúc", bold=True, underline=True), Line("", size=9),
             Line(f"{f.place}, {_date_words(f.signed_on or to)}" if f.place else _date_words(f.signed_on or to),
                  italic=True)]
    if not f.governing_body:
        left = left[1:]
        right = [right[0], right[1], right[3]]
        left[1:1] = []
    doc.two_columns(left, right)
    doc.blank(14)
    doc.line(Line("BÁO CÁO", bold=True, size=14))
    doc.line(Line(f"Kết quả thực hiện {plan_name}" + (f" trong {period}" if f.period_label else f" {period}"),
                  bold=True, size=14))
    doc.line(Line("―――――", size=9))
    if f.addressee:
        doc.line(Line(f"Kính gửi: {f.addressee}."))
        doc.blank(8)
    doc.paragraph(f"Thực hiện {plan_name}, {agency or 'đơn vị'} "
                  f"báo cáo kết quả thực hiện {period} (số liệu từ ngày {day(start)} đến ngày {day(to)}) như sau:")
    doc.paragraph("I. KẾT QUẢ THỰC HIỆN", bold=True)
    results = f.results.strip() or "\n".join(t.draft(to) for t in targets) or EMPTY
    for para in results.split("\n"):
        if para.strip():
            doc.paragraph(para)
    doc.paragraph("Kết quả thực hiện các chỉ tiêu:", italic=True)
    rows["document"] = doc.table(
        ["STT", "Chỉ tiêu", "Yêu cầu", "Trong kỳ", "Lũy kế", "Tình trạng"],
        ([n, t.title, t.requirement, t.achieved_period, t.achieved_cumulative, t.status]
         for n, t in enumerate(targets, start=1)),
        {}, wrap=(1, 2, 5), center=(0, 5), cell_formats=lambda row: _row_formats(targets[row], 2, 3, 4))
    doc.blank(4)
    for heading, text in (("II. KHÓ KHĂN, VƯỚNG MẮC", f.difficulties), ("III. ĐỀ XUẤT, KIẾN NGHỊ", f.proposals),
                          ("IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", f.next_tasks)):
        doc.paragraph(heading, bold=True)
        for para in (text.strip() or EMPTY).split("\n"):
            if para.strip():
                doc.paragraph(para)
    doc.blank(10)
    signer = [ln for ln in (Line(f.signer.authority, bold=True), Line(f.signer.deputy, bold=True),
                            Line(f.signer.title, bold=True)) if ln.text]
    gap_at = len(signer)
    signer += [Line(""), Line(f.signer.name, bold=True)]
    recipients = [Line("Nơi nhận:", bold=True, italic=True, size=12, align="left")] + [
        Line("- " + r.strip().lstrip("- "), size=11, align="left") for r in f.recipients]
    doc.two_columns(recipients, signer, gap_rows=[gap_at], gap=70)
    step()

    # --- appendices -------------------------------------------------------------------------
    def appendix(i: int, title: str, widths: Sequence[float], note: str = "") -> DocumentSheet:
        sheet = DocumentSheet(wb, SHEET_NAMES[i], widths, max(len(widths) // 2, 1), size=12, landscape=True)
        sheet.line(Line(f"Phụ lục {ROMAN[i - 1]}", bold=True))
        sheet.line(Line(title, bold=True))
        sheet.line(Line(of_report, italic=True))
        sheet.line(Line(f"Số liệu từ ngày {day(start)} đến ngày {day(to)}", italic=True))
        if note:
            sheet.line(Line(note, italic=True, size=11), align="left")
        sheet.blank(6)
        return sheet

    # I. Targets
    sheet = appendix(1, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", (5, 40, 20, 14, 11, 11, 16, 50))
    rows["targets"] = _targets_table(sheet, targets)
    step()

    # II. Lượt in the period (started by `to`, not ended before `start`), status as it was on `to`
    scope = plan_scope(session, plan)
    inside = select(Enterprise.id).where(enterprise_inside(scope, {}))
    found = support_service.list_supports(session, where=[
        Support.enterprise_id.in_(inside), Support.start_date.is_not(None), Support.start_date <= to,
        or_(Support.end_date.is_(None), Support.end_date >= start)])
    found.sort(key=lambda r: (r.start or date.min, r.enterprise_name))
    tool_names = tool_service.tool_names(session)
    projects = {p.code: p for p in project_service.list_projects(session)}
    sums = [0.0, 0.0, 0.0]

    def status_on(status: str, end: date | None) -> str:
        if status == "completed" and end is not None and end > to:
            return "Đang thực hiện"
        return support_service.status_label(status)

    def support_rows() -> Iterator[list[object]]:
        for n, r in enumerate(found, start=1):
            money = [r.funding_state, r.funding_enterprise, r.funding_other]
            for i, v in enumerate(money):
                sums[i] += v or 0
            project = projects.get(r.project_code or "")
            yield [n, r.enterprise_name, r.tax_code or "", project.name if project else "",
                   "; ".join(support_service.type_label(c) for c in r.types),
                   "; ".join(tool_names.get(c, c) for c in r.tools), day(r.start), day(r.end),
                   status_on(r.status, r.end), *money]

    sheet = appendix(2, "DANH SÁCH LƯỢT HỖ TRỢ DOANH NGHIỆP TRONG KỲ", (5, 30, 12, 24, 22, 26, 11, 11, 13, 11, 11, 10),
                     "Trạng thái tính đến ngày cuối kỳ: lượt kết thúc sau ngày đó được ghi là đang thực hiện. "
                     "Kinh phí: triệu đồng.")
    rows["supports"] = sheet.table(
        ["STT", "Doanh nghiệp", "Mã số thuế", "Dự án điểm", "Loại hỗ trợ", "Công cụ", "Bắt đầu", "Kết thúc",
         "Trạng thái", "Ngân sách nhà nước", "Doanh nghiệp", "Nguồn khác"],
        support_rows(), {9: MONEY, 10: MONEY, 11: MONEY}, wrap=(1, 3, 4, 5, 8), center=(0, 2, 6, 7),
        total=lambda: ["", f"Tổng cộng: {len(found)} lượt", "", "", "", "", "", "", "", *sums], repeat_header=True)
    step()

    # III. Pilot projects of the plan (and plans implementing it), counted from the territory's lượt
    plan_projects = set(session.scalars(select(PilotProject.code).where(
        PilotProject.plan_id.in_(sorted(scope.plan_ids)))))
    per_project: dict[str, tuple[set[int], int]] = {}
    for r in found:
        if r.project_code and counting.counts(r.status):
            ents, k = per_project.get(r.project_code, (set(), 0))
            ents.add(r.enterprise_id)
            per_project[r.project_code] = (ents, k + 1)
    in_scope = [p for code, p in projects.items() if (code in plan_projects or code in per_project)
                and (p.start_date is None or p.start_date <= to)]
    totals = [0, 0]

    def project_rows() -> Iterator[list[object]]:
        for n, p in enumerate(in_scope, start=1):
            ents, k = per_project.get(p.code, (set(), 0))
            totals[0] += len(ents)
            totals[1] += k
            status = p.status
            if status == "completed" and p.end_date is not None and p.end_date > to:
                status = "in_progress"
            yield [n, p.name, project_service.status_label(status), day(p.start_date), day(p.end_date), len(ents), k]

    sheet = appendix(3, "CÁC DỰ ÁN, MÔ HÌNH ĐIỂM", (5, 50, 16, 12, 12, 14, 12),
                     "Số doanh nghiệp và số lượt: lượt trên địa bàn, trong kỳ, đang thực hiện hoặc đã hoàn thành.")
    rows["projects"] = sheet.table(["STT", "Tên dự án, mô hình", "Trạng thái", "Bắt đầu", "Kết thúc",
                                    "Số doanh nghiệp", "Số lượt"], project_rows(), {5: COUNT, 6: COUNT},
                                   wrap=(1,), center=(0, 3, 4),
                                   total=lambda: ["", "Tổng cộng", "", "", "", *totals])
    step()

    # IV. Activities of the plan in the period
    acts = [a for a in activity_service.list_activities(session, plan_code=plan.code, date_from=start, date_to=to)]
    acts.reverse()
    qty = [0]

    def activity_rows() -> Iterator[list[object]]:
        for n, a in enumerate(acts, start=1):
            act = a.activity
            qty[0] += act.quantity or 0
            yield [n, activity_service.kind_label(act.kind), act.title, day(act.held_on), act.unit_in_charge or "",
                   act.quantity, len(a.enterprise_ids)]

    sheet = appendix(4, "CÁC HOẠT ĐỘNG ĐÀO TẠO, TRUYỀN THÔNG, HỖ TRỢ TRONG KỲ", (5, 20, 50, 12, 26, 11, 14))
    rows["activities"] = sheet.table(["STT", "Loại hoạt động", "Nội dung", "Ngày", "Đơn vị thực hiện", "Số lượng",
                                      "Số doanh nghiệp"], activity_rows(), {5: COUNT, 6: COUNT}, wrap=(1, 2, 4),
                                     center=(0, 3), total=lambda: ["", f"Tổng cộng: {len(acts)} hoạt động", "", "",
                                                                   "", qty[0], ""])
    step()

    # V. Plan tasks
    task_list = task_service.list_tasks(session, plan.code, to)
    sheet = appendix(5, "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH", (6, 50, 24, 14, 15, 44, 9))
    rows["tasks"] = sheet.table(
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Tình trạng", "Ghi nhận gần nhất", "Quá hạn"],
        ([t.task.number, t.task.content, t.task.lead_unit or "", t.task.time_frame or "",
          task_service.status_label(t.task.status),
          f"{day(t.last_note.noted_on)}: {t.last_note.text}" if t.last_note and t.last_note.noted_on <= to else "",
          "Quá hạn" if t.overdue else ""] for t in task_list),
        {}, wrap=(1, 2, 5), center=(0, 3, 6))
    step()

    # VI. Funding by source: in the period and cumulative, lượt in the territory
    cumulative = support_service.list_supports(session, where=[
        Support.enterprise_id.in_(inside), Support.start_date.is_not(None), Support.start_date <= to,
        Support.start_date >= date(plan.start_year, 1, 1)])
    period_sum, cum_sum = [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]
    for r in cumulative:
        if not counting.counts(r.status):
            continue
        money = (r.funding_state or 0, r.funding_enterprise or 0, r.funding_other or 0)
        for i, v in enumerate(money):
            cum_sum[i] += v
            if r.start is not None and r.start >= start:
                period_sum[i] += v
    sources = ("Ngân sách nhà nước", "Doanh nghiệp đóng góp", "Nguồn hợp pháp khác")
    sheet = appendix(6, "KINH PHÍ THỰC HIỆN THEO NGUỒN", (6, 40, 18, 18),
                     "Triệu đồng; lượt đang thực hiện hoặc đã hoàn thành bắt đầu trong kỳ (trong kỳ) và từ đầu kế "
                     "hoạch (lũy kế).")
    rows["funding"] = sheet.table(
        ["STT", "Nguồn kinh phí", "Trong kỳ", "Lũy kế"],
        ([n, name, period_sum[i], cum_sum[i]] for n, (i, name) in enumerate(enumerate(sources), start=1)),
        {2: MONEY, 3: MONEY}, wrap=(1,), center=(0,),
        total=lambda: ["", "Tổng cộng", sum(period_sum), sum(cum_sum)])
    step()

    # VII. Productivity improvement per tool, pairs whose "after" falls by `to`
    summary = [s for s in summaries.summarize(session, "tool", enterprises=inside) if s.n_pairs]
    sheet = appendix(7, "MỨC CẢI THIỆN NĂNG SUẤT THEO CÔNG CỤ", (5, 32, 34, 16, 13, 12, 12, 14, 14),
                     "Mỗi cặp: giá trị trước hỗ trợ sớm nhất và sau hỗ trợ muộn nhất của một lượt; tỷ lệ lỗi giảm là "
                     "cải thiện; số liệu đang chờ xem lại không được tính.")
    rows["improvement"] = sheet.table(
        ["STT", "Công cụ", "Chỉ tiêu năng suất", "Đơn vị", "Số doanh nghiệp", "Số cặp trước/sau", "Cải thiện",
         "Trung vị cải thiện (%)", "Bình quân cải thiện (%)"],
        ([n, s.group_label, s.metric_name, s.unit, s.enterprises, s.n_pairs, s.n_improved, _round(s.median_pct),
          _round(s.mean_pct)] for n, s in enumerate(summary, start=1)),
        {4: COUNT, 5: COUNT, 6: COUNT, 7: PERCENT, 8: PERCENT}, wrap=(1, 2, 3), center=(0,))
    step()
    save(wb, path)
    return ReportResult(path, plan.code, to, rows, start)


def _targets_table(sheet: DocumentSheet, targets: list[TargetLine]) -> int:
    """The targets with their requirement as a number cell in its own format ("≥ 6,5 %/năm")."""
    return sheet.table(
        ["STT", "Chỉ tiêu", "Yêu cầu", "Kỳ tính", "Trong kỳ", "Lũy kế", "Tình trạng", "Cách tính"],
        ([n, t.title, t.requirement, t.window, t.achieved_period, t.achieved_cumulative, t.status, t.rule_text]
         for n, t in enumerate(targets, start=1)),
        {}, wrap=(1, 3, 6, 7), center=(0, 3), cell_formats=lambda row: _row_formats(targets[row], 2, 4, 5))


def _row_formats(t: TargetLine, requirement: int, period: int, cumulative: int) -> dict[int, str]:
    return {requirement: t.requirement_format, period: t.value_format, cumulative: t.value_format}


def _plan_name(number: str | None, on: date | None, title: str) -> str:
    """"Kế hoạch số 138/KH-UBND ngày 20/6/2025" (the plan's document); without a number, its title."""
    if number:
        return f"Kế hoạch số {number}" + (f" ngày {_short_date(on)}" if on else "")
    return title[:1].lower() + title[1:] if title[:2].isupper() is False else title


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


class _Steps:
    def __init__(self, progress: Callable[[int, int], None] | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0
        if progress:
            progress(0, total)

    def __call__(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)
