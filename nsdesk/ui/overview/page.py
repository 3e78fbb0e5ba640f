"""Tổng quan: the main counts, the progress dashboard of a plan, the office, the officer and the database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op

tr = QCoreApplication.translate

#: table name → label of its tile, in display order
TILES = (
    ("enterprises", QT_TRANSLATE_NOOP("overview", "Doanh nghiệp")),
    ("supports", QT_TRANSLATE_NOOP("overview", "Lượt hỗ trợ")),
    ("pilot_projects", QT_TRANSLATE_NOOP("overview", "Dự án điểm")),
    ("plans", QT_TRANSLATE_NOOP("overview", "Kế hoạch")),
)


@dataclass(frozen=True)
class Summary:
    office: object
    counts: dict[str, int]
    database: str


def load_summary(db_description: str):
    def fn(session, _progress, _cancelled) -> Summary:
        from nsdesk.services.common.counting import enterprise_counts
        from nsdesk.services.common.info import table_counts
        from nsdesk.services.common.office import get_office

        counts = table_counts(session)
        counts["enterprises"], counts["archived_enterprises"] = enterprise_counts(session)
        return Summary(get_office(session), counts, db_description)

    return fn


class OverviewPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")

        box = QGroupBox(tr("overview", "Đơn vị"), self)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.province = QLabel(box)
        self.commune = QLabel(box)
        self.old_unit = QLabel(box)
        self.officer = QLabel(box)
        self.database = QLabel(box)
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("overview", "Tỉnh/thành phố:"), self.province)
        form.addRow(tr("overview", "Xã/phường:"), self.commune)
        form.addRow(tr("overview", "Đơn vị cũ:"), self.old_unit)
        form.addRow(tr("overview", "Cán bộ phụ trách:"), self.officer)
        form.addRow(tr("overview", "Cơ sở dữ liệu:"), self.database)

        tiles = QWidget(self)
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.counts: dict[str, QLabel] = {}
        for col, (key, label) in enumerate(TILES):
            tile = QFrame(tiles)
            tile.setObjectName("countTile")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(tile)
            number = QLabel("–", tile)
            number.setObjectName(f"count_{key}")
            number.setProperty("role", "count")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(tr("overview", label), tile)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(number)
            inner.addWidget(caption)
            if key == "enterprises":
                self.archived_note = QLabel(tile)
                self.archived_note.setObjectName("archivedNote")
                self.archived_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.archived_note.setStyleSheet("color: #666666; font-size: 11px;")
                inner.addWidget(self.archived_note)
            grid.addWidget(tile, 0, col)
            self.counts[key] = number

        self.status = QLabel(tr("overview", "Đang mở cơ sở dữ liệu…"), self)
        self.status.setObjectName("overviewStatus")

        # The progress dashboard (and its imports) is built once a database is open, i.e. after the
        # window's first paint; until then its place in the layout is an empty slot.
        self.dashboard = None
        self._dashboard_slot = QVBoxLayout()
        self._dashboard_slot.setContentsMargins(0, 0, 0, 0)

        body = QWidget(self)
        body.setObjectName("overviewBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(tiles)
        layout.addWidget(self.status)
        layout.addLayout(self._dashboard_slot)
        layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        ctx.database_opened.connect(self._on_opened)
        ctx.office_changed.connect(self.refresh)
        ctx.bus.changed.connect(self.refresh)
        if ctx.database is not None:
            self._on_opened()

    def _on_opened(self, *_args) -> None:
        if self.dashboard is None:
            from nsdesk.ui.overview.dashboard import Dashboard

            self.dashboard = Dashboard(self.ctx, self)
            self._dashboard_slot.addWidget(self.dashboard)
            self.dashboard.refresh()  # it was not listening yet when the database opened
        self.refresh()

    def refresh(self, *_args) -> None:
        db = self.ctx.database
        if db is None:
            return
        Op(self, load_summary(db.describe())).success(self.show_summary).run()

    def show_summary(self, summary: Summary) -> None:
        locale = QLocale()
        office = summary.office
        unset = tr("overview", "(chưa thiết lập)")
        self.province.setText(office.province_name or unset)
        self.commune.setText(office.commune_name or unset)
        self.old_unit.setText(office.unit_name or "—")
        self.officer.setText(office.officer_name or unset)
        self.database.setText(summary.database)
        for key, label in self.counts.items():
            label.setText(locale.toString(int(summary.counts.get(key, 0))))
        archived = int(summary.counts.get("archived_enterprises", 0))
        self.archived_note.setText(tr("overview", "không tính {n} đã lưu trữ").format(n=locale.toString(archived))
                                   if archived else tr("overview", "đang theo dõi"))
        self.status.setText("")
        self.status.setVisible(False)


def make(ctx, parent, spec) -> OverviewPage:
    return OverviewPage(ctx, parent, spec)
