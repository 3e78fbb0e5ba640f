"""The one question asked before an enterprise is archived (from the register list or its form)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

tr = QCoreApplication.translate


def confirm_archive(parent: QWidget, name: str | None, archive: Callable[[], None]) -> QMessageBox:
    """Ask (non-blocking) whether to archive the enterprise ``name``, saying how to bring it back;
    ``archive`` runs only on "Lưu trữ". Restoring ("Khôi phục") is not asked: it hides nothing."""
    text = (tr("archive", "Lưu trữ doanh nghiệp «{name}»?").format(name=name) if name
            else tr("archive", "Lưu trữ doanh nghiệp này?"))
    box = QMessageBox(QMessageBox.Icon.Question, tr("archive", "Lưu trữ doanh nghiệp"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("archiveBox")
    box.setInformativeText(tr("archive", "Doanh nghiệp sẽ ẩn khỏi danh sách và không được đếm nữa; thông tin, "
                                         "lượt hỗ trợ và chỉ số của nó vẫn được giữ nguyên.\n"
                                         "Muốn đưa trở lại: trong trang Doanh nghiệp, đánh dấu «Cả DN đã lưu trữ», "
                                         "chọn doanh nghiệp rồi bấm «Khôi phục»."))
    yes = box.addButton(tr("archive", "Lưu trữ"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmArchive")
    keep = box.addButton(tr("archive", "Không lưu trữ"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda b: archive() if b is yes else None)
    box.open()
    return box
