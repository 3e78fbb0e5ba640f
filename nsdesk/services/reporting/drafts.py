"""First drafts of the written sections, generated from the figures (the officer edits them)."""

from __future__ import annotations

from nsdesk.services.common.formats import day, number
from nsdesk.services.reporting.data import NO_QUANTITY, ReportData, TargetFigure


def _amount(value: float | None, unit: str | None) -> str:
    text = number(value, empty="0")
    return f"{text} {unit}" if unit else text


def _status(t: TargetFigure) -> str:
    """The status inside the sentence's parentheses: "đã đạt, vượt chỉ tiêu" (no nested parentheses)."""
    return t.status_label.lower().replace(" (", ", ").replace(")", "")


def target_sentence(t: TargetFigure, data: ReportData) -> str:
    """One sentence: what was achieved in the period and cumulatively, against the requirement."""
    to = day(data.period.end)
    if t.kind == "objective":
        if t.achieved_cumulative is None:
            return (f"- {t.title}: {NO_QUANTITY}; trong kỳ có {data.support_totals.counted} lượt hỗ trợ "
                    f"đang thực hiện hoặc đã hoàn thành.")
        return (f"- {t.title}: {NO_QUANTITY}; trong kỳ có {_amount(t.achieved_period, t.unit)}, lũy kế đến ngày "
                f"{to} có {_amount(t.achieved_cumulative, t.unit)}.")
    if t.kind == "statistic":
        if not t.statistics:
            return f"- {t.title}: chưa có số liệu thống kê (yêu cầu {t.requirement})."
        latest = t.statistics[-1]
        source = f", nguồn: {latest.source}" if latest.source else ""
        return (f"- {t.title}: năm {latest.year} đạt {_amount(latest.value, t.unit)}{source}; "
                f"yêu cầu {t.requirement} ({_status(t)}).")
    unit = t.unit
    return (f"- {t.title}: trong kỳ đạt {_amount(t.achieved_period, unit)}; lũy kế đến ngày {to} đạt "
            f"{_amount(t.achieved_cumulative, unit)}, yêu cầu {t.requirement} ({_status(t)}).")


def draft_results(data: ReportData) -> str:
    """The "results" section's first draft: one line per target, in the targets' order."""
    head = f"Kết quả thực hiện các chỉ tiêu {data.period.label.lower()} (từ ngày {day(data.period.start)} " \
           f"đến ngày {day(data.period.end)}):"
    return "\n".join([head, *(target_sentence(t, data) for t in data.targets)])
