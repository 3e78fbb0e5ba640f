"""Labels, colours and number formats shared by the plans page and the Tổng quan dashboard."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nsdesk.services.common.formats import day, number, required_text  # noqa: F401 - the pages' formats

tr = QCoreApplication.translate

LEVELS = {
    "national": QT_TRANSLATE_NOOP("plans", "Quốc gia"),
    "province": QT_TRANSLATE_NOOP("plans", "Tỉnh/thành phố"),
    "district": QT_TRANSLATE_NOOP("plans", "Huyện/thành phố thuộc tỉnh (cũ)"),
    "commune": QT_TRANSLATE_NOOP("plans", "Xã/phường"),
}
KINDS = {
    "distinct_enterprises": QT_TRANSLATE_NOOP("plans", "Số doanh nghiệp"),
    "supports": QT_TRANSLATE_NOOP("plans", "Số lượt hỗ trợ"),
    "activities": QT_TRANSLATE_NOOP("plans", "Hoạt động"),
    "statistic": QT_TRANSLATE_NOOP("plans", "Số liệu thống kê"),
}
COMPARATORS = {
    "at_least": QT_TRANSLATE_NOOP("plans", "Ít nhất (≥)"),
    "more_than": QT_TRANSLATE_NOOP("plans", "Trên (>)"),
    "about": QT_TRANSLATE_NOOP("plans", "Khoảng (≈)"),
    "range": QT_TRANSLATE_NOOP("plans", "Từ … đến …"),
    "yearly_rate": QT_TRANSLATE_NOOP("plans", "Bình quân hằng năm"),
}
WINDOWS = {
    "plan_start": QT_TRANSLATE_NOOP("plans", "Từ đầu kế hoạch"),
    "milestone_period": QT_TRANSLATE_NOOP("plans", "Trong giai đoạn của mốc"),
}
STATUS_COLOURS = {  # (bar colour, text colour on it)
    "achieved": ("#2e7d32", "#ffffff"),
    "on_track": ("#1565c0", "#ffffff"),
    "at_risk": ("#f0a500", "#1b2733"),
    "behind": ("#c62828", "#ffffff"),
    "no_data": ("#9e9e9e", "#ffffff"),
    "no_quantity": ("#9e9e9e", "#ffffff"),
}
STATUS_TEXT = {  # status words on the window background (darker where the bar colour is too light)
    "achieved": "#2e7d32", "on_track": "#1565c0", "at_risk": "#9a6400", "behind": "#c62828", "no_data": "#616e7c", "no_quantity": "#616e7c",
}
OVERDUE_COLOUR = "#fde2e1"  # row background of an overdue task
DUE_SOON_COLOUR = "#fff4d6"  # due within 30 days
DUE_SOON_DAYS = 30


def label(table: Mapping[str, object], code: str | None) -> str:
    """``table``'s source text for ``code``, translated (QT_TRANSLATE_NOOP's stub says it returns object)."""
    if code is None:
        return "—"
    return tr("plans", str(table[code])) if code in table else code


def fill_percent(achieved, minimum) -> int:
    """How full a progress bar is: achieved / required minimum, 0–100."""
    if achieved is None or not minimum or minimum <= 0:
        return 0
    return max(0, min(100, round(100 * float(achieved) / float(minimum))))
