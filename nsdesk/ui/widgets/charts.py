"""pyqtgraph charts of the pilot pages: horizontal bars (adoption per tool/sector), a strip chart
(improvement % of each enterprise per tool, with the median) and before/after bars.

pyqtgraph is imported the first time a chart draws (never at start-up). Each :class:`ChartBox`
keeps ONE PlotWidget and its items, updated with ``setOpts``/``setData`` on every refresh.
"Lưu ảnh…" saves the chart (title included) as a PNG.
"""

from __future__ import annotations

import random
import statistics

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

tr = QCoreApplication.translate

BLUE = "#1565c0"
GREY = "#90a4ae"
GREEN = "#2e7d32"
RED = "#c62828"
ROW_PX = 24  # a category row of one text line
ROW_PX_WRAPPED = 40  # … of two lines
LABEL_CHARS = 44  # a category label is wrapped onto two lines of about this many characters
DEFAULT_FILL = [(0, 0.8), (2, 0.6), (4, 0.4), (6, 0.2)]  # pyqtgraph's: drops crowded tick levels
EVERY_LABEL = [(0, 1.0)]


class ChartBox(QWidget):
    def __init__(self, parent: QWidget | None, title: str, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.canvas = QWidget(self)
        self.canvas.setObjectName(f"{name}Canvas")
        self.canvas.setStyleSheet("background: white;")
        self.title = QLabel(title, self.canvas)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; padding: 4px;")
        self.empty = QLabel(tr("charts", "Chưa có số liệu để vẽ."), self.canvas)
        self.empty.setStyleSheet("color: #666; padding: 8px;")
        self.canvas_layout = QVBoxLayout(self.canvas)
        self.canvas_layout.setContentsMargins(4, 4, 4, 4)
        self.canvas_layout.addWidget(self.title)
        self.canvas_layout.addWidget(self.empty)
        self.save_button = QPushButton(tr("charts", "Lưu ảnh…"), self)
        self.save_button.setObjectName("saveChart")
        self.save_button.clicked.connect(self.ask_save)
        self.save_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bar)
        self.plot = None
        self._items: dict[str, object] = {}
        self._texts: list = []
        self.labels: list[str] = []
        self.series: dict[str, list[float]] = {}

    # --- building ---------------------------------------------------------------------------

    def _ensure(self):
        if self.plot is None:
            import pyqtgraph as pg

            self.plot = pg.PlotWidget(self.canvas, background="w")
            self.plot.setObjectName("plot")
            self.plot.setMenuEnabled(False)
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.hideButtons()
            for side in ("left", "bottom"):
                axis = self.plot.getAxis(side)
                axis.setTextPen("#222222")
                axis.setPen("#888888")
            self.plot.showGrid(x=True, y=True, alpha=0.15)
            self.canvas_layout.addWidget(self.plot, 1)
        return self.plot

    def _item(self, key: str, make):
        item = self._items.get(key)
        if item is None:
            item = self._items[key] = make()
            self.plot.addItem(item)
        return item

    def _clear_texts(self) -> None:
        for t in self._texts:
            self.plot.removeItem(t)
        self._texts = []

    def _text(self, text: str, x: float, y: float, anchor=(0, 0.5), color: str = "#222222") -> None:
        import pyqtgraph as pg

        item = pg.TextItem(text, color=color, anchor=anchor)
        item.setPos(x, y)
        self.plot.addItem(item)
        self._texts.append(item)

    def _category_axis(self, side: str) -> None:
        """Every category label is drawn on ``side`` (pyqtgraph drops a crowded level entirely);
        the value axis on the other side keeps pyqtgraph's thinning of crowded numbers."""
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setStyle(textFillLimits=EVERY_LABEL if name == side else DEFAULT_FILL)

    def _left_labels(self, labels: list[str]) -> int:
        """Category labels on the left axis, wrapped onto two lines when long, its width set from the
        text (also before any paint). Returns the height a row needs."""
        from PySide6.QtGui import QFontMetrics

        axis = self.plot.getAxis("left")
        shown = [_wrap(lab) for lab in labels]
        axis.setTicks([[(y, lab) for y, lab in enumerate(shown)]])
        metrics = QFontMetrics(axis.style.get("tickFont") or self.plot.font())
        axis.setWidth(max((metrics.horizontalAdvance(line) for lab in shown for line in lab.split("\n")),
                          default=20) + 16)
        return ROW_PX_WRAPPED if any("\n" in lab for lab in shown) else ROW_PX

    def _show(self, has_data: bool, rows: int = 0, row_px: int = ROW_PX) -> None:
        self.empty.setVisible(not has_data)
        if self.plot is not None:
            self.plot.setVisible(has_data)
        self.save_button.setEnabled(has_data)
        if rows:
            self.setMinimumHeight(90 + rows * row_px)

    def _hide_all(self) -> None:
        for item in self._items.values():
            item.setVisible(False)

    # --- chart kinds --------------------------------------------------------------------------

    def hbars(self, labels: list[str], values: list[float], unit: str = "", color: str = BLUE) -> None:
        """One horizontal bar per label, first at the top, the value written after the bar."""
        import pyqtgraph as pg

        self.labels, self.series = list(labels), {"values": [float(v) for v in values]}
        if not labels:
            self._show(False)
            return
        plot = self._ensure()
        self._hide_all()
        self._clear_texts()
        bars = self._item("hbars", lambda: pg.BarGraphItem(x0=[0], y=[0], height=0.6, width=[0]))
        ys = list(range(len(labels)))
        bars.setOpts(x0=[0] * len(values), y=ys, height=0.6, width=self.series["values"],
                     brush=pg.mkBrush(color), pen=pg.mkPen(None))
        bars.setVisible(True)
        top = max(values) or 1
        for y, v in zip(ys, values):
            self._text(f"{v:g}" + (f" {unit}" if unit else ""), v + top * 0.01, y)
        self._category_axis("left")
        row_px = self._left_labels(labels)
        bottom = plot.getAxis("bottom")
        bottom.setLabel("")
        # Counts: whole-number ticks only (pyqtgraph would add 0.5 steps to a short axis).
        step = max(1, _nice_step(top))
        bottom.setTicks([[(v, str(v)) for v in range(0, int(top * 1.15) + 1, step)], []]
                        if all(float(v).is_integer() for v in values) else None)
        plot.getViewBox().invertY(True)
        plot.setXRange(0, top * 1.15, padding=0)
        plot.setYRange(-0.6, len(labels) - 0.4, padding=0)
        self._show(True, len(labels), row_px)

    def strip(self, groups: list[tuple[str, list[float]]], unit: str = "%") -> None:
        """Each group's values as dots on its own row (jittered), with the median as a bar mark."""
        import pyqtgraph as pg

        self.labels = [g for g, _v in groups]
        self.series = {g: list(v) for g, v in groups}
        if not groups:
            self._show(False)
            return
        plot = self._ensure()
        self._hide_all()
        self._clear_texts()
        rng = random.Random(7)
        xs, ys, mx, my = [], [], [], []
        for y, (_g, values) in enumerate(groups):
            for v in values:
                xs.append(v)
                ys.append(y + rng.uniform(-0.22, 0.22))
            mx.append(statistics.median(values))
            my.append(y)
        dots = self._item("dots", lambda: pg.ScatterPlotItem(size=7, pen=pg.mkPen(None)))
        dots.setData(xs, ys, brush=pg.mkBrush(21, 101, 192, 110))
        dots.setVisible(True)
        medians = self._item("medians", lambda: pg.ScatterPlotItem(symbol="|", size=20))
        medians.setData(mx, my, pen=pg.mkPen(RED, width=2), brush=pg.mkBrush(RED))
        medians.setVisible(True)
        zero = self._item("zero", lambda: pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#555555", width=1)))
        zero.setVisible(True)
        lo, hi = min(xs + [0]), max(xs + [0])
        span = (hi - lo) or 1
        for y, (_g, values) in enumerate(groups):
            self._text(f"n={len(values)}", hi + span * 0.03, y, color="#555555")
        self._category_axis("left")
        row_px = self._left_labels([g for g, _v in groups])
        plot.getAxis("bottom").setTicks(None)
        plot.getAxis("bottom").setLabel(tr("charts", "Mức cải thiện ({unit})").format(unit=unit))
        plot.getViewBox().invertY(True)
        plot.setXRange(lo - span * 0.05, hi + span * 0.15, padding=0)
        plot.setYRange(-0.6, len(groups) - 0.4, padding=0)
        self._show(True, len(groups), row_px)

    def before_after(self, labels: list[str], before: list[float], after: list[float], unit: str,
                     better: list[bool | None], decimals: int = 1) -> None:
        """Pairs of vertical bars: before (grey) and after (green when better, red when worse)."""
        import pyqtgraph as pg

        self.labels, self.series = list(labels), {"before": list(before), "after": list(after)}
        if not labels:
            self._show(False)
            return
        plot = self._ensure()
        self._hide_all()
        self._clear_texts()
        xs = list(range(len(labels)))
        b = self._item("before", lambda: pg.BarGraphItem(x=[0], height=[0], width=0.35))
        b.setOpts(x=[x - 0.2 for x in xs], height=before, width=0.35, brush=pg.mkBrush(GREY), pen=pg.mkPen(None))
        a = self._item("after", lambda: pg.BarGraphItem(x=[0], height=[0], width=0.35))
        brushes = [pg.mkBrush(RED if g is False else GREEN) for g in better]
        a.setOpts(x=[x + 0.2 for x in xs], height=after, width=0.35, brushes=brushes, pen=pg.mkPen(None))
        b.setVisible(True)
        a.setVisible(True)
        top = max(before + after + [0]) or 1
        from nsdesk.services.common import formats

        for x, v0, v1 in zip(xs, before, after):
            self._text(formats.number(v0, decimals, empty=""), x - 0.2, v0, anchor=(0.5, 1))
            self._text(formats.number(v1, decimals, empty=""), x + 0.2, v1, anchor=(0.5, 1))
        plot.getViewBox().invertY(False)
        self._category_axis("bottom")
        bottom = plot.getAxis("bottom")
        bottom.setLabel("")
        ticks = [lab.replace(": ", ":\n", 1) if ": " in lab else _wrap(lab, 24) for lab in labels]
        bottom.setTicks([list(zip(xs, ticks))])
        from PySide6.QtGui import QFontMetrics

        lines = max(t.count("\n") + 1 for t in ticks)
        bottom.setHeight(QFontMetrics(bottom.style.get("tickFont") or plot.font()).lineSpacing() * lines + 14)
        left = plot.getAxis("left")
        left.setTicks(None)
        left.setWidth(None)
        left.setLabel(unit)
        plot.setXRange(-0.6, len(labels) - 0.4, padding=0)
        plot.setYRange(0, top * 1.18, padding=0)
        self._show(True)
        self.setMinimumHeight(260)

    # --- saving ---------------------------------------------------------------------------------

    def save_png(self, path: str) -> bool:
        if not path.lower().endswith(".png"):
            path += ".png"
        return self.canvas.grab().save(path, "PNG")

    def ask_save(self) -> None:
        from datetime import date

        from nsdesk.ui.widgets.files import file_name, save_path

        path = save_path(self, tr("charts", "Lưu biểu đồ thành ảnh"),
                         file_name("Bieu do", self.title.text(), day=date.today(), ext="png"),
                         tr("charts", "Ảnh PNG (*.png)"))
        if path and not self.save_png(path):
            from nsdesk.errors import KnownError
            from nsdesk.ui.ops import show_error

            show_error(self, KnownError(tr("charts", "Không ghi được ảnh vào \"{path}\".").format(path=path),
                                        hint=tr("charts", "Hãy chọn thư mục khác có quyền ghi.")))


class ChartZoom(QObject):
    """Zoom for a pyqtgraph PlotWidget that the wheel cannot trigger by accident.

    The wheel zooms only once the user has clicked into the chart (until the pointer leaves it) or
    while Ctrl is held; otherwise it scrolls the page holding the chart. The view cannot be zoomed
    or panned beyond :meth:`set_home` (the whole data with a margin), and the labelled
    "Xem toàn bộ" button brings that whole view back.
    """

    def __init__(self, plot, parent: QWidget) -> None:
        super().__init__(parent)
        self.plot = plot
        self.armed = False
        self.home: tuple[tuple[float, float], tuple[float, float]] | None = None
        self.reset_button = QPushButton(tr("charts", "Xem toàn bộ"), parent)
        self.reset_button.setObjectName("chartShowAll")
        self.reset_button.setToolTip(tr("charts", "Bấm vào biểu đồ rồi cuộn chuột (hoặc giữ Ctrl và cuộn) để phóng "
                                                  "to; «Xem toàn bộ» để trở lại."))
        self.reset_button.clicked.connect(self.show_all)
        plot.hideButtons()  # pyqtgraph's small unlabelled "A"
        plot.setMenuEnabled(False)
        plot.viewport().installEventFilter(self)

    def set_home(self, x: tuple[float, float], y: tuple[float, float]) -> None:
        """The whole view; zoom and pan stay within it, and zooming in stops at 1/50 of it."""
        self.home = (x, y)
        box = self.plot.getPlotItem().getViewBox()
        (x0, x1), (y0, y1) = x, y
        box.setLimits(xMin=x0, xMax=x1, yMin=y0, yMax=y1, maxXRange=x1 - x0, maxYRange=y1 - y0,
                      minXRange=(x1 - x0) / 50 or None, minYRange=(y1 - y0) / 50 or None)
        self.show_all()

    def show_all(self) -> None:
        if self.home is not None:
            (x0, x1), (y0, y1) = self.home
            self.plot.getPlotItem().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def view_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        (x0, x1), (y0, y1) = self.plot.getPlotItem().getViewBox().viewRange()
        return (float(x0), float(x1)), (float(y0), float(y1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.armed = True
        elif kind == QEvent.Type.Leave:
            self.armed = False
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if self.armed or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return False
            from nsdesk.ui.widgets.wheel import scroll_holder

            scroll_holder(self.plot, event)  # scroll the page instead
            return True
        return False


def _short(text: str, n: int = 42) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _wrap(text: str, width: int = LABEL_CHARS) -> str:
    """At most two lines of about ``width`` characters, broken between words; a trailing
    "(…)" detail is dropped first when the text would not fit, and only then is it cut with "…"."""
    if len(text) <= width:
        return text
    if len(text) > 2 * width and text.endswith(")") and " (" in text:
        shorter = text[: text.rindex(" (")]
        if len(shorter) > width // 2:
            text = shorter
    words = text.split(" ")
    first = ""
    while words and len(first) + len(words[0]) + (1 if first else 0) <= width:
        first += (" " if first else "") + words.pop(0)
    if not first:  # one very long word
        return _short(text, width)
    return first + "\n" + _short(" ".join(words), width) if words else first


def _nice_step(top: float, ticks: int = 8) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20, 50 …) giving at most about ``ticks`` ticks."""
    k = 1
    while True:
        for m in (1, 2, 5):
            if top / (m * k) <= ticks:
                return m * k
        k *= 10


def heights(box: ChartBox) -> list[float]:
    """The bar lengths drawn by an hbars chart (read back from the bar item), top to bottom."""
    item = box._items.get("hbars")  # noqa: SLF001
    if item is None or not item.isVisible():
        return []
    return [float(v) for v in item.opts["width"]]


def tick_labels(box: ChartBox, side: str = "left") -> list[str]:
    """The category labels drawn on an axis, in order (a label wrapped onto two lines as one line)."""
    if box.plot is None:
        return []
    ticks = box.plot.getAxis(side)._tickLevels  # noqa: SLF001
    return [label.replace("\n", " ") for _pos, label in ticks[0]] if ticks else []
