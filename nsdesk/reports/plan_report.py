"""The report on a plan that an office signs and sends (Decree 30/2020/NĐ-CP form), as xlsx.

Sheet 1, **Báo cáo** (A4 portrait): the issuing agency and the national motto, number, place and
date, "BÁO CÁO" and the summary line naming the plan by its document number and date, "Kính gửi",
the written sections (results, difficulties and obstacles, proposals, next period's tasks) with the
summary table of targets (in the period, cumulative, requirement, status), the signer block and
"Nơi nhận". The other sheets are appendices titled "Phụ lục I … (Kèm theo Báo cáo số …)": targets,
lượt, pilot projects, activities, plan tasks, funding by source, productivity improvement per tool.

The figures come from :func:`nsdesk.services.reporting.figures.report_data` (a frozen
:class:`~nsdesk.services.reporting.data.ReportData`): :func:`write_report` only lays them out, so
the same data, period and fields give the same workbook content. The document is Vietnamese
whatever the UI language; numbers are numeric cells with one set of formats (a requirement too,
its comparator and unit in the cell's format); no internal codes in its text. Rows are streamed
(xlsxwriter ``constant_memory``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from nsdesk.db import session_path
from nsdesk.files import atomic_output, check_output_path
from nsdesk.i18n import source_language
from nsdesk.reports.report_records import sent_package, with_communes
from nsdesk.reports.submission import add_data_sheets, add_package_sheets
from nsdesk.services.common.admin_units import without_prefix
from nsdesk.services.common.formats import day, number
from nsdesk.services.common.office import get_office, lines
from nsdesk.services.plans import progress as engine
from nsdesk.services.reporting import periods
from nsdesk.services.reporting.data import NO_QUANTITY, CommuneRow, ReportData, TargetFigure
from nsdesk.services.reporting.drafts import draft_results
from nsdesk.services.reporting.figures import report_data
from nsdesk.services.reporting.records import Report
from nsdesk.xlsx import DocumentSheet, Line, PrintLayout, save, workbook_for

SHEETS = ("document", "targets", "supports", "projects", "activities", "tasks", "funding", "improvement",
          "communes")
SHEET_NAMES = ("Báo cáo", "PL I - Chỉ tiêu", "PL II - Lượt hỗ trợ", "PL III - Dự án điểm", "PL IV - Hoạt động",
               "PL V - Nhiệm vụ", "PL VI - Kinh phí", "PL VII - Năng suất", "PL VIII - Theo xã, phường")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
COUNT = "#,##0"
MONEY = "#,##0.00"
PERCENT = "0.0"
EMPTY = "Không có"
NO_PACKAGE = ("Báo cáo được đánh dấu gửi trước khi ứng dụng lưu dữ liệu kèm theo: tệp lập lại có số liệu như khi gửi "
              "nhưng không có các trang «Dữ liệu».")
# Portrait document: 16 cm of text between the margins, in Excel characters of the body font.
DOC_WIDTHS = (5, 31, 17, 8, 8, 13)
DOC_SPLIT = 2


@dataclass(frozen=True)
class ReportFields:
    """What the officer writes on the report; empty fields take defaults from the office."""

    number: str = ""  # "15/BC-UBND"
    place: str = ""  # "Đăk Cấm" (default: the office's commune)
    signed_on: date | None = None  # the report's date (default: the period's end)
    governing_body: str = ""  # "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    agency: str = ""  # "ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM"
    addressees: tuple[str, ...] = ()  # "Kính gửi"
    results: str = ""  # the officer's text; empty: the draft sentence per target
    difficulties: str = ""
    proposals: str = ""
    next_tasks: str = ""
    signer_authority: tuple[str, ...] = ()  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
    signer_title: str = ""  # "PHÓ CHỦ TỊCH"
    signer_name: str = ""
    recipients: tuple[str, ...] = ()  # "Nơi nhận"

    @classmethod
    def of(cls, report: Report) -> ReportFields:
        """The fields of a kept report."""
        return cls(number=report.number or "", place=report.place or "", signed_on=report.report_date,
                   governing_body=report.governing_body or "", agency=report.agency or "",
                   addressees=report.addressees, results=report.results or "",
                   difficulties=report.difficulties or "", proposals=report.proposals or "",
                   next_tasks=report.next_tasks or "", signer_authority=report.signer_authority,
                   signer_title=report.signer_title or "", signer_name=report.signer_name or "",
                   recipients=report.recipients)


@dataclass
class ReportResult:
    path: Path
    plan: str
    as_of: date
    rows: dict[str, int]  # sheet key → rows written
    start: date | None = None
    data: ReportData | None = None
    note: str = ""  # what the reader of the file should know (a sent report without its data sheets)

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "plan": self.plan, "as_of": self.as_of.isoformat(), "rows": self.rows}


def _requirement_format(t: TargetFigure, decimals: int) -> str:
    """An Excel number format that shows the requirement as written ("≥ 6,5 %/năm") on a number cell."""
    base = "#,##0" + ("." + "0" * decimals if decimals else "")
    prefix = {"more_than": "> ", "about": "≈ "}.get(t.comparator or "", "≥ ")
    suffix = ""
    if t.comparator == "range" and t.required_max is not None:
        prefix, suffix = "", "–" + number(t.required_max)
    elif t.comparator == "about" and "±" in t.requirement:
        suffix = " (" + t.requirement.split("(", 1)[1].split(")", 1)[0] + ")"
    if t.unit:
        suffix += f" {t.unit}"
    esc = suffix.replace('"', "'")
    return (f'"{prefix}"' if prefix else "") + base + (f'"{esc}"' if esc else "")


def _decimals(*values: float | None) -> int:
    return 0 if all(v is None or float(v).is_integer() for v in values) else 1


def _value_format(t: TargetFigure) -> str:
    return COUNT if t.kind != "statistic" or not _decimals(t.required_min, t.achieved_cumulative) else "#,##0.0"


def _target_cells(t: TargetFigure) -> tuple[object, str]:
    """The requirement cell: the number with its format, or the objective's words."""
    if t.kind == "objective" or t.required_min is None:
        return (NO_QUANTITY if t.kind == "objective" else t.requirement), "@"
    return t.required_min, _requirement_format(t, _decimals(t.required_min, t.required_max))


def _without_app(text: str) -> str:
    """A counting rule as the document states it: without the note that the app set a tolerance."""
    return re.sub(r"\s*do nsdesk đặt, sửa được", "", text)


def _in_sentence(name: str) -> str:
    """An agency written in capitals as a sentence names it: "ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM" →
    "Ủy ban nhân dân phường Đăk Cấm" (the kind of unit in lower case, its name capitalised)."""
    if not name.isupper():
        return name
    if name.startswith("SỞ KHOA HỌC VÀ CÔNG NGHỆ"):
        return "Sở Khoa học và Công nghệ" + name[len("SỞ KHOA HỌC VÀ CÔNG NGHỆ"):].title()
    for body in ("ỦY BAN NHÂN DÂN ", "PHÒNG "):
        if name.startswith(body):
            words = name[len(body):].split()
            kind = 2 if words[:2] in (["THÀNH", "PHỐ"], ["ĐẶC", "KHU"]) else 1
            rest = " ".join(w.lower() for w in words[:kind]) + " " + " ".join(w.capitalize() for w in words[kind:])
            return body.capitalize().rstrip() + " " + rest.strip()
    return name.capitalize()


def _date_words(on: date) -> str:
    # Decree 30: days below 10 and months below 3 are written with a leading zero.
    d = f"{on.day:02d}" if on.day < 10 else str(on.day)
    m = f"{on.month:02d}" if on.month < 3 else str(on.month)
    return f"ngày {d} tháng {m} năm {on.year}"


def _short_date(on: date | None) -> str:
    return f"{on.day}/{on.month}/{on.year}" if on else ""


def write_plan_report(session: Session, plan_code: str, as_of: date, path: str | Path,
                      progress: Callable[[int, int], None] | None = None, *, start: date | None = None,
                      fields: ReportFields | None = None, period: periods.Period | None = None) -> ReportResult:
    """Write the report on plan ``plan_code`` for ``period`` (or ``start``..``as_of``; ``start`` None:
    from the plan's start) to ``path``; nothing is written to the database.

    Raises InputError for an unknown plan, a period that ends before it starts, or a folder that
    does not exist (the file is not created).
    """
    with source_language():
        if period is None:
            plan = engine.find_plan(session, plan_code)
            period = periods.custom(start or date(plan.start_year, 1, 1), as_of)
        data = with_communes(session, report_data(session, plan_code, period))
        return write_report(data, _defaults(session, fields or ReportFields()), path, progress,
                            database=session_path(session), data_sheets=_data_sheets(session, data))


def write_figures(session: Session, figures: ReportData, fields: ReportFields, path: str | Path,
                  progress: Callable[[int, int], None] | None = None) -> ReportResult:
    """Write ``figures`` (already worked out) with ``fields``, empty ones from the office's defaults."""
    figures = with_communes(session, figures)
    with source_language():
        return write_report(figures, _defaults(session, fields), path, progress, database=session_path(session),
                            data_sheets=_data_sheets(session, figures))


def write_saved_report(session: Session, report: Report, figures: ReportData, path: str | Path,
                       progress: Callable[[int, int], None] | None = None) -> ReportResult:
    """Write a kept report (its fields, and ``figures``: as sent, or computed now for a draft).

    A sent report is written as it was sent: ``figures`` are its snapshot
    (:func:`nsdesk.services.reporting.records.report_figures`) and its "Dữ liệu" sheets the package
    kept when it was marked sent, not today's data. A report sent before packages were kept is
    written without data sheets (``ReportResult.note`` says so) rather than with today's.
    """
    if report.status != "sent":
        figures = with_communes(session, figures)
    data_sheets: Callable[[Any], None] | None = _data_sheets(session, figures)
    note = ""
    if report.status == "sent":
        package = sent_package(session, report.id)
        data_sheets = (lambda wb: add_package_sheets(wb, package)) if package is not None else None
        if package is None:
            note = NO_PACKAGE
    with source_language():
        result = write_report(figures, _defaults(session, ReportFields.of(report)), path, progress,
                              database=session_path(session), data_sheets=data_sheets)
    result.note = note
    return result


def _data_sheets(session: Session, data: ReportData) -> Callable[[Any], None]:
    """Adds the "Dữ liệu" sheets of the report's plan and period (what the province imports with
    ``nsdesk import submission``) to the report workbook."""
    def add(workbook: Any) -> None:
        add_data_sheets(workbook, session, engine.find_plan(session, data.plan_code), data.period)
    return add


def _defaults(session: Session, fields: ReportFields) -> ReportFields:
    office = get_office(session)
    place = fields.place or without_prefix(office.commune_name or office.unit_name or office.province_name or "")
    province = office.province_name or ""
    if province and not province.lower().startswith(("tỉnh", "thành phố")):
        province = f"tỉnh {province}"
    local = office.commune_name or office.unit_name or ""
    # A commune's report: its People's Committee under the province's, to the provincial DOST. The
    # province's own (no commune): the DOST, which consolidates, under the province's People's
    # Committee, to the Ministry and the Committee.
    governing = fields.governing_body or office.governing_body or (
        f"ỦY BAN NHÂN DÂN {province.upper()}" if province else "")
    agency = fields.agency or office.agency_name or (
        f"ỦY BAN NHÂN DÂN {local.upper()}" if local else "SỞ KHOA HỌC VÀ CÔNG NGHỆ" if province else "")
    addressees = fields.addressees or lines(office.addressees) or (
        (f"Sở Khoa học và Công nghệ {province}",) if province and local else
        ("Bộ Khoa học và Công nghệ", f"Ủy ban nhân dân {province}") if province else ())
    recipients = fields.recipients or lines(office.recipients) or ("Như trên;", "Lưu: VT.")
    authority = fields.signer_authority or lines(office.signer_authority) or (
        ("TM. ỦY BAN NHÂN DÂN",) if local or not province else ())
    return ReportFields(
        number=fields.number, place=place, signed_on=fields.signed_on, governing_body=governing, agency=agency,
        addressees=tuple(addressees), results=fields.results, difficulties=fields.difficulties,
        proposals=fields.proposals, next_tasks=fields.next_tasks, signer_authority=tuple(authority),
        signer_title=fields.signer_title or office.signer_title or ("CHỦ TỊCH" if local or not province else "GIÁM ĐỐC"),
        signer_name=fields.signer_name or office.signer_name or "", recipients=tuple(recipients))


def write_report(data: ReportData, f: ReportFields, path: str | Path,
                 progress: Callable[[int, int], None] | None = None, *,
                 database: str | Path | None = None,
                 data_sheets: Callable[[Any], None] | None = None) -> ReportResult:
    """Lay out ``data`` with the officer's fields ``f`` in a new workbook at ``path``.

    Raises OutputError for a destination that must not be written (see
    :func:`nsdesk.files.check_output_path`); the file is written whole or not at all.
    ``data_sheets`` adds sheets after the document's own (the data package an office sends).
    """
    path = check_output_path(path, database=database)
    with atomic_output(path) as tmp:
        result = _lay_out(data, f, tmp, progress, data_sheets)
    result.path = path
    return result


def _lay_out(data: ReportData, f: ReportFields, path: Path,
             progress: Callable[[int, int], None] | None = None,
             data_sheets: Callable[[Any], None] | None = None) -> ReportResult:
    start, to = data.period.start, data.period.end
    signed_on = f.signed_on or to
    step = _Steps(progress, len(SHEETS) if data.has_communes else len(SHEETS) - 1)
    wb = workbook_for(path, PrintLayout(title="", font_size=13))
    rows: dict[str, int] = {}
    plan_name = _plan_name(data.plan_doc_number, data.plan_doc_date, data.plan_title)
    label = data.period.label
    period_words = label[:1].lower() + label[1:] if data.period.kind != "custom" else label.lower()
    report_no = f.number or ("      /BC-SKHCN" if f.agency.startswith("SỞ KHOA HỌC") else "      /BC-UBND")
    agency = _in_sentence(f.agency)
    of_report = f"(Kèm theo Báo cáo số {report_no} ngày {_short_date(signed_on)}" + (
        f" của {agency})" if agency else ")")
    targets = data.targets

    # --- the document -----------------------------------------------------------------------
    doc = DocumentSheet(wb, SHEET_NAMES[0], DOC_WIDTHS, DOC_SPLIT)
    place_date = f"{f.place}, {_date_words(signed_on)}" if f.place else _date_words(signed_on).capitalize()
    left = [Line(f.governing_body, size=12), Line(f.agency, bold=True, size=12), Line("―――――", size=9),
            Line(f"Số: {report_no}")]
    if not f.governing_body:  # an agency with no governing body: its name beside the national name
        left = [left[1], left[2], Line("", size=9), left[3]]
    right = [Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12),
             Line("Độc lập - Tự do - Hạnh phúc", bold=True, underline=True), Line("", size=9),
             Line(place_date, italic=True)]
    doc.two_columns(left, right)
    doc.blank(14)
    doc.line(Line("BÁO CÁO", bold=True, size=14))
    doc.line(Line(f"Kết quả thực hiện {plan_name} {_in_period(period_words)}", bold=True, size=14))
    doc.line(Line("―――――", size=9))
    if f.addressees:
        if len(f.addressees) == 1:
            doc.line(Line(f"Kính gửi: {f.addressees[0].rstrip('.;')}."))
        else:
            doc.line(Line("Kính gửi:\n" + "\n".join(f"- {a.strip().lstrip('- ').rstrip('.;')};"
                                                     for a in f.addressees)))
        doc.blank(8)
    doc.paragraph(f"Thực hiện {plan_name}, {agency or 'đơn vị'} báo cáo kết quả thực hiện {_in_period(period_words)}"
                  f" (số liệu từ ngày {day(start)} đến ngày {day(to)}) như sau:")
    doc.paragraph("I. KẾT QUẢ THỰC HIỆN", bold=True)
    results = f.results.strip() or draft_results(data)
    for para in results.split("\n"):
        if para.strip():
            doc.paragraph(para)
    doc.paragraph("Kết quả thực hiện các chỉ tiêu (chi tiết tại Phụ lục I):", italic=True)

    def summary_rows() -> Iterator[list[object]]:
        for n, t in enumerate(targets, start=1):
            requirement, _fmt = _target_cells(t)
            yield [n, t.title, requirement, t.achieved_period, t.achieved_cumulative, t.status_label]

    rows["document"] = doc.table(
        ["STT", "Chỉ tiêu", "Yêu cầu", "Trong kỳ", "Lũy kế", "Tình trạng"], summary_rows(), {},
        wrap=(1, 2, 5), center=(0, 5), cell_formats=lambda i: _row_formats(targets[i], 2, 3, 4))
    doc.blank(4)
    for heading, text in (("II. KHÓ KHĂN, VƯỚNG MẮC", f.difficulties), ("III. ĐỀ XUẤT, KIẾN NGHỊ", f.proposals),
                          ("IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", f.next_tasks)):
        doc.paragraph(heading, bold=True)
        for para in (text.strip() or EMPTY).split("\n"):
            if para.strip():
                doc.paragraph(para)
    doc.blank(10)
    signer = [Line(a, bold=True) for a in f.signer_authority if a] + [Line(f.signer_title, bold=True)]
    gap_at = len(signer)
    signer += [Line(""), Line(f.signer_name, bold=True)]
    recipients = [Line("Nơi nhận:", bold=True, italic=True, size=12, align="left")] + [
        Line("- " + r.strip().lstrip("- "), size=11, align="left") for r in f.recipients]
    doc.two_columns(recipients, signer, gap_rows=[gap_at], gap=70)
    step()

    # --- appendices -------------------------------------------------------------------------
    def appendix(i: int, title: str, widths: Sequence[float], note: str = "") -> DocumentSheet:
        # Tables in 10 pt, columns sized for it: one page wide at about 80-100 % (fit to width).
        sheet = DocumentSheet(wb, SHEET_NAMES[i], widths, max(len(widths) // 2, 1), size=11, landscape=True)
        sheet.line(Line(f"Phụ lục {ROMAN[i - 1]}", bold=True, size=13))
        sheet.line(Line(title, bold=True, size=13))
        sheet.line(Line(of_report, italic=True, size=12))
        sheet.line(Line(f"Kỳ báo cáo: {label} (từ ngày {day(start)} đến ngày {day(to)})", italic=True, size=12))
        if note:
            sheet.line(Line(note, italic=True, size=11), align="left")
        sheet.blank(6)
        return sheet

    # I. Targets
    sheet = appendix(1, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", (4, 30, 14, 8, 8, 12, 22, 30),
                     f"Lũy kế từ ngày {day(data.start_of_plan)}. Chỉ tiêu thống kê: số liệu theo năm và nguồn.")

    def target_rows() -> Iterator[list[object]]:
        for n, t in enumerate(targets, start=1):
            stats = "; ".join(f"{v.year}: {number(v.value)}" + (f" ({v.source})" if v.source else "")
                              for v in t.statistics)
            yield [n, t.title, _target_cells(t)[0], t.achieved_period, t.achieved_cumulative, t.status_label,
                   stats, _without_app(t.counting_rule)]

    rows["targets"] = sheet.table(
        ["STT", "Chỉ tiêu", "Yêu cầu", "Trong kỳ", "Lũy kế", "Tình trạng", "Số liệu thống kê", "Cách tính"],
        target_rows(), {}, wrap=(1, 2, 5, 6, 7), center=(0, 5),
        cell_formats=lambda i: _row_formats(targets[i], 2, 3, 4), repeat_header=True)
    step()

    # II. Lượt in the period, status on `to`
    totals = data.support_totals
    sheet = appendix(2, "DANH SÁCH LƯỢT HỖ TRỢ DOANH NGHIỆP TRONG KỲ",
                     (3.5, 15, 8, 6.5, 5.5, 9, 7.5, 9, 9, 9, 7.5, 7.5, 7.5, 6, 6, 6),
                     " ".join(data.notes[1:]) + " Kinh phí: triệu đồng.")
    rows["supports"] = sheet.table(
        ["STT", "Doanh nghiệp", "Mã số thuế", "Loại hình", "Quy mô", "Ngành", "Xã, phường", "Dự án điểm",
         "Loại hỗ trợ", "Công cụ", "Bắt đầu", "Kết thúc", "Trạng thái", "Ngân sách nhà nước", "Doanh nghiệp",
         "Nguồn khác"],
        ([n, r.enterprise_name, r.tax_code or "", r.kind, r.size_class, r.sector or "", r.commune or "",
          r.project or "", "; ".join(r.types), "; ".join(r.tools), day(r.start), day(r.end), r.status_label,
          r.funding_state, r.funding_enterprise, r.funding_other] for n, r in enumerate(data.supports, start=1)),
        {13: MONEY, 14: MONEY, 15: MONEY}, wrap=(1, 3, 5, 6, 7, 8, 9, 12), center=(0, 2, 4, 10, 11),
        total=lambda: ["", f"Tổng cộng: {totals.supports} lượt, {totals.enterprises} doanh nghiệp", "", "", "", "",
                       "", "", "", "", "", "", "", totals.funding_state, totals.funding_enterprise,
                       totals.funding_other], repeat_header=True)
    step()

    # III. Pilot projects in scope, counted from the territory's lượt
    sheet = appendix(3, "CÁC DỰ ÁN, MÔ HÌNH ĐIỂM", (3.5, 28, 16, 7.5, 7.5, 10, 8, 7, 7, 9, 9, 8),
                     "Số doanh nghiệp và số lượt: lượt trên địa bàn đang thực hiện hoặc đã hoàn thành, bắt đầu đến "
                     "ngày cuối kỳ. Kinh phí: triệu đồng.")
    projects = data.projects
    rows["projects"] = sheet.table(
        ["STT", "Tên dự án, mô hình", "Đơn vị chủ trì", "Bắt đầu", "Kết thúc", "Trạng thái", "Số doanh nghiệp",
         "Số lượt", "Trong kỳ", "Ngân sách nhà nước", "Doanh nghiệp", "Nguồn khác"],
        ([n, p.name, p.lead_unit or "", day(p.start), day(p.end), p.status_label, p.enterprises, p.supports,
          p.supports_period, p.funding_state, p.funding_enterprise, p.funding_other]
         for n, p in enumerate(projects, start=1)),
        {6: COUNT, 7: COUNT, 8: COUNT, 9: MONEY, 10: MONEY, 11: MONEY}, wrap=(1, 2, 5), center=(0, 3, 4),
        repeat_header=True,
        total=lambda: ["", "Tổng cộng", "", "", "", "", sum(p.enterprises for p in projects),
                       sum(p.supports for p in projects), sum(p.supports_period for p in projects),
                       sum(p.funding_state for p in projects), sum(p.funding_enterprise for p in projects),
                       sum(p.funding_other for p in projects)])
    step()

    # IV. Activities in the period
    acts = data.activities
    sheet = appendix(4, "CÁC HOẠT ĐỘNG ĐÀO TẠO, TRUYỀN THÔNG, HỖ TRỢ TRONG KỲ", (3.5, 16, 40, 8, 20, 13, 8))
    rows["activities"] = sheet.table(
        ["STT", "Loại hoạt động", "Nội dung", "Ngày", "Đơn vị thực hiện", "Xã, phường", "Số lượng"],
        ([n, a.kind, a.title, day(a.held_on), a.unit_in_charge or "", a.commune or "", a.quantity]
         for n, a in enumerate(acts, start=1)),
        {6: COUNT}, wrap=(1, 2, 4, 5), center=(0, 3), repeat_header=True,
        total=lambda: ["", f"Tổng cộng: {len(acts)} hoạt động", "", "", "", "",
                       sum(a.quantity or 0 for a in acts)])
    step()

    # V. Plan tasks
    sheet = appendix(5, "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH", (4.5, 42, 18, 11, 11, 34, 7))
    rows["tasks"] = sheet.table(
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Tình trạng", "Ghi nhận gần nhất", "Quá hạn"],
        ([t.number, t.content, t.lead_unit or "", t.time_frame or "", t.status_label,
          f"{day(t.latest_note_on)}: {t.latest_note}" if t.latest_note else "", "Quá hạn" if t.overdue else ""]
         for t in data.tasks),
        {}, wrap=(1, 2, 3, 5), center=(0, 3, 6), repeat_header=True)
    step()

    # VI. Funding by source
    sheet = appendix(6, "KINH PHÍ THỰC HIỆN THEO NGUỒN", (4.5, 30, 14, 14, 14, 14),
                     "Triệu đồng. Thực hiện: lượt hỗ trợ đang thực hiện hoặc đã hoàn thành trên địa bàn, bắt đầu "
                     f"trong kỳ (trong kỳ) và từ ngày {day(data.start_of_plan)} (lũy kế); kế hoạch: kinh phí dự kiến "
                     "đã nhập theo năm.")
    funding = [r for r in data.funding if r.source != "total"]
    total_row = next((r for r in data.funding if r.source == "total"), None)
    rows["funding"] = sheet.table(
        ["STT", "Nguồn kinh phí", "Thực hiện trong kỳ", "Kế hoạch trong kỳ", "Thực hiện lũy kế", "Kế hoạch lũy kế"],
        ([n, r.label, r.period, r.planned_period, r.cumulative, r.planned_cumulative]
         for n, r in enumerate(funding, start=1)),
        {2: MONEY, 3: MONEY, 4: MONEY, 5: MONEY}, wrap=(1,), center=(0,), repeat_header=True,
        total=lambda: ["", "Tổng cộng", *((total_row.period, total_row.planned_period, total_row.cumulative,
                                           total_row.planned_cumulative) if total_row else ())])
    step()

    # VII. Productivity improvement per tool
    sheet = appendix(7, "MỨC CẢI THIỆN NĂNG SUẤT THEO CÔNG CỤ", (3.5, 24, 24, 10, 9, 9, 8, 8, 8, 10, 10),
                     f"Cặp số liệu trước/sau của một lượt, số liệu \"sau\" đến ngày {day(to)}. Chỉ tiêu không có "
                     "chiều tốt hơn (như số lao động) chỉ ghi mức thay đổi.")
    rows["improvement"] = sheet.table(
        ["STT", "Công cụ", "Chỉ tiêu năng suất", "Đơn vị", "Số doanh nghiệp", "Số cặp trước/sau", "Cải thiện",
         "Không đổi", "Kém đi", "Trung vị thay đổi (%)", "Bình quân thay đổi (%)"],
        ([n, r.tool, r.metric, r.unit or "", r.enterprises, r.pairs, r.improved, r.unchanged, r.worse,
          _round(r.median_change_pct), _round(r.mean_change_pct)] for n, r in enumerate(data.improvement, start=1)),
        {4: COUNT, 5: COUNT, 6: COUNT, 7: COUNT, 8: COUNT, 9: PERCENT, 10: PERCENT}, wrap=(1, 2, 3), center=(0,),
        repeat_header=True)
    step()
    if data.has_communes:
        rows["communes"] = _communes_appendix(appendix(8, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO XÃ, PHƯỜNG",
                                                       (4.5, 50, 16, 16), "Số liệu của từng xã, phường theo cách tính "
                                                       "của chỉ tiêu; lũy kế từ đầu thời kỳ tính của chỉ tiêu."), data)
        step()
    if data_sheets is not None:
        data_sheets(wb)
    save(wb, path)
    return ReportResult(path, data.plan_code, to, rows, start, data)


def _commune_total(rows: Sequence[CommuneRow]) -> list[object]:
    return ["", "Tổng cộng", sum(r.period for r in rows), sum(r.cumulative for r in rows)]


def _communes_appendix(sheet: DocumentSheet, data: ReportData) -> int:
    """Each count target with communes in rows (in the period, cumulative, a totals row), then the
    communes that have not sent their report for the period; returns the commune rows written."""
    written = 0
    for n, t in enumerate(data.communes, start=1):
        sheet.line(Line(f"{n}. {t.title}" + (f" (đơn vị: {t.unit})" if t.unit else ""), bold=True, size=12),
                   align="left")
        rows = t.rows
        written += sheet.table(
            ["STT", "Xã, phường", "Trong kỳ", "Lũy kế"],
            ([i, r.commune, r.period, r.cumulative] for i, r in enumerate(rows, start=1)),
            {2: COUNT, 3: COUNT}, wrap=(1,), center=(0,),
            total=partial(_commune_total, rows))
        sheet.blank(10)
    n = len(data.communes) + 1
    sheet.line(Line(f"{n}. Các xã, phường chưa gửi báo cáo kỳ này", bold=True, size=12), align="left")
    sheet.table(["STT", "Xã, phường"], ([i, name] for i, name in enumerate(data.missing_offices, start=1)), {},
                wrap=(1,), center=(0,))
    return written


def _row_formats(t: TargetFigure, requirement: int, period: int, cumulative: int) -> dict[int, str]:
    return {requirement: _target_cells(t)[1], period: _value_format(t), cumulative: _value_format(t)}


def _in_period(words: str) -> str:
    """"trong 6 tháng đầu năm 2026", "năm 2026", "từ ngày … đến ngày …"."""
    return words if words.startswith(("từ ngày", "năm ", "sơ kết", "tổng kết")) else f"trong {words}"


def _plan_name(doc_number: str | None, on: date | None, title: str) -> str:
    """"Kế hoạch số 138/KH-UBND ngày 20/6/2025" (the plan's document); without a number, its title."""
    if doc_number:
        return f"Kế hoạch số {doc_number}" + (f" ngày {_short_date(on)}" if on else "")
    return title[:1].lower() + title[1:]


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
