"""Windows that fit the screen: dialogs never larger than the screen's free area, never off it.

:func:`available` is the one place that asks the screen for its free area (without the task bar);
tests pin it with :func:`set_available` to emulate a 1366×768 or a 1093×614 (125 %) screen offscreen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room kept for a window manager's title bar and borders before the window has ever been framed.
TITLE_BAR = 34
BORDER = 4

_pinned: QRect | None = None


def set_available(rect: QRect | None) -> None:
    """Pretend the screen's free area is ``rect`` (tests); ``None`` asks the real screen again."""
    global _pinned
    _pinned = QRect(rect) if rect is not None else None


def available(widget: QWidget | None = None) -> QRect:
    """The free area of the screen ``widget`` is on (the primary screen if it has none)."""
    if _pinned is not None:
        return QRect(_pinned)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def _frame(window: QWidget) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the window manager's frame, estimated before the first show."""
    frame, inner = window.frameGeometry(), window.geometry()
    if frame != inner:
        return (inner.left() - frame.left(), inner.top() - frame.top(),
                frame.right() - inner.right(), frame.bottom() - inner.bottom())
    return BORDER, TITLE_BAR, BORDER, BORDER


def room(window: QWidget) -> tuple[int, int]:
    """The largest (width, height) of the window's own area that fits on its screen with its frame."""
    area = available(window)
    left, top, right, bottom = _frame(window)
    return area.width() - left - right, area.height() - top - bottom


def fit(window: QWidget) -> None:
    """Shrink ``window`` to the screen's free area (keeping its frame on screen) and move it inside."""
    area = available(window)
    left, top, right, bottom = _frame(window)
    max_w, max_h = room(window)
    window.setMaximumSize(max(max_w, 1), max(max_h, 1))
    w, h = min(window.width(), max_w), min(window.height(), max_h)
    if (w, h) != (window.width(), window.height()):
        window.resize(w, h)
    # A window's x()/y() and move() are those of its frame (title bar included).
    x = max(min(window.x(), area.right() + 1 - (left + w + right)), area.left())
    y = max(min(window.y(), area.bottom() + 1 - (top + h + bottom)), area.top())
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
