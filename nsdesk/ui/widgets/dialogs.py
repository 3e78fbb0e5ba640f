"""The base of every form dialog: it fits the screen, its long form scrolls while "Lưu"/"Hủy" stay
in sight, and Esc / "Hủy" / the close button ask "Bỏ các thay đổi chưa lưu?" when something was changed.

What counts as a change is read from the inputs themselves (text boxes, lists, choices, ticks)
against a snapshot taken by :meth:`GuardedDialog.mark_clean` once the form is filled; a dialog adds
what no input shows (a picked enterprise) through :meth:`GuardedDialog.extra_state`.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFrame,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from nsdesk.ui.widgets import screen

tr = QCoreApplication.translate

NOT_TRACKED = "guardSkip"  # a dynamic property: inputs that hold no data (search boxes, filters)


def _value(w: QWidget) -> Hashable | None:
    if isinstance(w, QLineEdit):
        return None if w.isReadOnly() else w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return (w.currentIndex(), w.currentText())
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QAbstractButton) and w.isCheckable():
        return w.isChecked()
    if isinstance(w, QListWidget):
        return tuple(w.item(i).checkState().value for i in range(w.count())
                     if w.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    if isinstance(w, QTreeWidget):
        out = []
        it = QTreeWidgetItemIterator(w)
        while it.value() is not None:
            item = it.value()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                out.append(item.checkState(0).value)
            it += 1
        return tuple(out)
    return None


def form_state(root: QWidget) -> tuple[Hashable, ...]:
    """What the inputs under ``root`` hold, in a comparable form (untracked inputs left out)."""
    out: list[Hashable] = []
    for w in root.findChildren(QWidget):
        holder = w.parentWidget()
        if w.property(NOT_TRACKED) or (holder is not None and holder.property(NOT_TRACKED)):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or a date edit: the owner is read instead
        value = _value(w)
        if value is not None:
            out.append((w.objectName(), type(w).__name__, value))
    return tuple(out)


def scroll_area(body: QWidget, parent: QWidget) -> QScrollArea:
    """``body`` in a frameless vertical scroll area: a long form scrolls, what is below it stays put."""
    area = QScrollArea(parent)
    area.setObjectName("formScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(body)
    return area


class FitsScreen:
    """Mixed into a dialog class (before it: ``class X(FitsScreen, QWizard)``): it opens within the
    screen's free area and is refitted once the window manager has framed it."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        window: QWidget = self  # type: ignore[assignment]
        screen.fit(window)
        # Again once shown: only then does the window manager say how large its frame is.
        timer = getattr(self, "_refit_timer", None)
        if timer is None:
            timer = self._refit_timer = QTimer(window)  # a child: it goes with the dialog
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(self._refit)
        timer.start()

    def _refit(self) -> None:
        window: QWidget = self  # type: ignore[assignment]
        if window.isVisible():
            screen.fit(window)

    def fit_size(self, width: int, height: int) -> None:
        """Open at ``width``×``height`` or as much of it as the screen holds."""
        window: QWidget = self  # type: ignore[assignment]
        w, h = screen.room(window)
        window.resize(min(width, w), min(height, h))


class GuardedDialog(FitsScreen, QDialog):
    """A dialog that fits the screen and asks before throwing away changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean: tuple[Hashable, ...] | None = None
        self.discard_box: QMessageBox | None = None

    # --- fitting ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._clean is None:
            self.mark_clean()

    # --- unsaved changes ----------------------------------------------------------------------

    def extra_state(self) -> Hashable:
        """What the form holds that no input shows; a dialog overrides it."""
        return None

    def state(self) -> tuple[Hashable, ...]:
        return (*form_state(self), self.extra_state())

    def mark_clean(self) -> None:
        """The form as it is now is what "no change" means (call it once the form is filled)."""
        self._clean = self.state()

    def has_changes(self) -> bool:
        return self._clean is not None and self.state() != self._clean

    def reject(self) -> None:
        """Esc, "Hủy" and the close button: ask first when the form was changed."""
        if not self.has_changes():
            super().reject()
            return
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("forms", "Bỏ các thay đổi chưa lưu?"),
                          tr("forms", "Bỏ các thay đổi chưa lưu?"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardBox")
        box.setInformativeText(tr("forms", "Những gì vừa nhập trong biểu mẫu này sẽ mất. "
                                           "Chọn «Tiếp tục sửa» để quay lại và bấm «Lưu»."))
        discard = box.addButton(tr("forms", "Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardButton")
        keep = box.addButton(tr("forms", "Tiếp tục sửa"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self._discard() if b is discard else None)
        self.discard_box = box
        box.open()

    def _discard(self) -> None:
        self._clean = None
        super().reject()
