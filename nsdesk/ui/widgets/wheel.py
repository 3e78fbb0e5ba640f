"""The mouse wheel changes no value unless the user has clicked into the control.

One application-wide event filter: combo boxes, spin boxes and date edits take focus only by click
or Tab (``StrongFocus``, not ``WheelFocus``), and a wheel turned over one that has no focus is passed
on to its parent — the page or the dialog scrolls instead of the value changing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit, QSpinBox, QDoubleSpinBox are spin boxes


class WheelGuard(QObject):
    """Installed once on the QApplication by :func:`install`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            scroll_holder(watched, event)
            return True
        return False


def scroll_holder(widget: QWidget, event: QEvent) -> None:
    """Give a wheel event to the nearest scroll area holding ``widget`` (a page, a long form), if any.

    A synthesized event does not travel to the parents by itself (Qt propagates only spontaneous
    wheel events), so it is handed to the scroll area's viewport directly.
    """
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        QCoreApplication.sendEvent(parent.viewport(), event)


_guard: WheelGuard | None = None


def install(app: QCoreApplication) -> WheelGuard:
    """Install the guard on ``app`` (once; later calls return the same guard)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard


def guard_widget(widget: QWidget) -> None:
    """Give one control the guarded focus policy at once (the filter does it when a widget is polished)."""
    if isinstance(widget, GUARDED):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
