"""Vietnamese for Qt's own dialogs: PySide6 ships no qtbase_vi.qm, so the strings users meet in
standard buttons, file dialogs and text-field menus are translated here (contexts and sources as
in Qt 6's qtbase). When a qtbase_vi.qm is shipped with PySide6, it is loaded instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from nsdesk.ui.translations import TsTranslator

_BUTTONS = {
    "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
    "Yes to &All": "Có với &tất cả", "&No": "&Không", "N&o to All": "K&hông với tất cả", "Abort": "Hủy bỏ",
    "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Hủy", "Discard": "Bỏ thay đổi",
    "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại", "Restore Defaults": "Khôi phục mặc định",
}
_FILE_DIALOG = {
    "Look in:": "Tìm trong:", "File &name:": "&Tên tệp:", "Files of type:": "Loại tệp:", "Back": "Quay lại",
    "&Look in:": "Tìm tr&ong:", "Files of &type:": "&Loại tệp:",  # Qt 6's labels carry their shortcut
    "Forward": "Tiến tới", "Parent Directory": "Thư mục cha", "Create New Folder": "Tạo thư mục mới",
    "List View": "Dạng danh sách", "Detail View": "Dạng chi tiết", "&Open": "&Mở", "&Save": "&Lưu",
    "Open": "Mở", "Save As": "Lưu thành", "&Choose": "&Chọn", "Find Directory": "Chọn thư mục",
    "New Folder": "Thư mục mới", "&New Folder": "Thư mục &mới", "&Delete": "&Xóa", "&Rename": "Đổi &tên",
    "Show &hidden files": "Hiện tệp &ẩn", "All Files (*)": "Mọi tệp (*)", "Directories": "Thư mục",
    "Directory:": "Thư mục:", "File": "Tệp", "Folder": "Thư mục", "My Computer": "Máy tính",
    "Recent Places": "Nơi mở gần đây", "Cancel": "Hủy",
    "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nCó muốn ghi đè lên không?",
    "%1\nFile not found.\nPlease verify the correct file name was given.":
        "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
}
_FILE_MODEL = {"Name": "Tên", "Size": "Kích thước", "Type": "Loại", "Date Modified": "Ngày sửa", "Kind": "Loại"}
_TEXT_MENU = {
    "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép", "&Paste": "&Dán",
    "Delete": "Xóa", "Select All": "Chọn tất cả",
}

MESSAGES: dict[tuple[str, str], str] = {
    **{("QPlatformTheme", k): v for k, v in _BUTTONS.items()},
    **{("QFileDialog", k): v for k, v in _FILE_DIALOG.items()},
    **{("QFileSystemModel", k): v for k, v in _FILE_MODEL.items()},
    **{(ctx, k): v for ctx in ("QLineEdit", "QWidgetTextControl") for k, v in _TEXT_MENU.items()},
}


def install_vietnamese(app: QCoreApplication) -> QTranslator:
    """Install Qt's own Vietnamese (qtbase_vi.qm when PySide6 ships one, else :data:`MESSAGES`)."""
    shipped = QTranslator(app)
    if shipped.load("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(shipped)
        return shipped
    own = TsTranslator(MESSAGES, app)
    app.installTranslator(own)
    return own
