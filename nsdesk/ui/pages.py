"""The main window's pages, one module each, listed once here.

To fill an area, write ``nsdesk/ui/<area>/page.py`` with a factory ``(ctx, parent) -> QWidget``
and point its entry's ``factory`` at it ("module:attribute", imported the first time the page
is shown, so heavy imports such as pyqtgraph never slow down start-up). Pages load data only
through :class:`nsdesk.ui.ops.Op` and refresh on ``ctx.bus.changed`` / ``ctx.database_opened``
(:class:`nsdesk.ui.ops.Refreshing` does both).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Vietnamese source text; translated in the "pages" context
    icon: str  # file name in resources/icons
    factory: str  # "module:callable" relative to nsdesk.ui (the area package, then its page module)


PAGES: list[PageSpec] = [
    PageSpec("overview", QT_TRANSLATE_NOOP("pages", "Tổng quan"), "overview.svg", "overview.page:OverviewPage"),
    PageSpec("enterprises", QT_TRANSLATE_NOOP("pages", "Doanh nghiệp"), "enterprises.svg", "register.page:make"),
    PageSpec("pilots", QT_TRANSLATE_NOOP("pages", "Dự án điểm"), "pilots.svg", "pilots.projects_page:make"),
    PageSpec("supports", QT_TRANSLATE_NOOP("pages", "Hỗ trợ & công cụ"), "supports.svg", "pilots.supports_page:make"),
    PageSpec("metrics", QT_TRANSLATE_NOOP("pages", "Chỉ số năng suất"), "metrics.svg", "pilots.metrics_page:make"),
    PageSpec("plans", QT_TRANSLATE_NOOP("pages", "Kế hoạch & chỉ tiêu"), "plans.svg", "plans.page:make"),
    PageSpec("reports", QT_TRANSLATE_NOOP("pages", "Báo cáo"), "reports.svg", "reports.page:make"),
]


def create(spec: PageSpec, ctx, parent):
    """Import the page's module and build it."""
    import importlib

    module_name, attr = spec.factory.split(":")
    module = importlib.import_module(f"nsdesk.ui.{module_name}")
    return getattr(module, attr)(ctx, parent, spec)
