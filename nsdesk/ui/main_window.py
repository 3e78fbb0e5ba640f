"""The main window: navigation on the left, one page per area, the open database below.

Cheap to build: pages are created the first time they are shown, the database is opened by
the app after the first paint (see nsdesk.ui.app).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from nsdesk.settings import LANGUAGE, WINDOW_GEOMETRY
from nsdesk.ui import pages
from nsdesk.ui.translations import translations_dir

tr = QCoreApplication.translate
DEFAULT_SIZE = QSize(1180, 720)
STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid #c9d1da; background: #f4f6f9; padding-top: 6px; }
QListWidget#navigation::item { padding: 7px 6px; border-radius: 4px; color: #1b2733; }
QListWidget#navigation::item:selected { background: #d3e3f3; color: #0f3d66; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #1b2733; }
QFrame#countTile { background: white; border: 1px solid #c9d1da; border-radius: 6px; }
QLabel[role="count"] { font-size: 26px; font-weight: 600; color: #1f5f99; }
"""


def icon(name: str) -> QIcon:
    return QIcon(str(translations_dir().parent / "icons" / name))


class MainWindow(QMainWindow):
    def __init__(self, ctx):
        super().__init__()
        self.nsdesk_context = ctx
        self.ctx = ctx
        self.setup_dialog = None
        self.setWindowTitle("nsdesk")
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        self._hosts: list[QWidget] = []
        self._built: dict[str, QWidget] = {}
        for spec in pages.PAGES:
            item = QListWidgetItem(icon(spec.icon), tr("pages", spec.title), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            host = QWidget(self.stack)
            QHBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(host)
            self._hosts.append(host)
        # From the font, not sizeHintForColumn (which would render every icon before the first paint).
        longest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(longest + 22 + 40, 200))
        self.nav.currentRowChanged.connect(self.show_page)
        self._recovery = None

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(tr("main", "CSDL: đang mở…"), self)
        self.db_label.setObjectName("databaseLabel")
        self.office_label = QLabel(self)
        self.office_label.setObjectName("officeLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.office_label)

        self._build_menus()
        ctx.database_opened.connect(self._on_opened)
        ctx.database_failed.connect(self._on_failed)
        ctx.office_changed.connect(self._show_office)
        self._restore_geometry()
        self.nav.setCurrentRow(0)

    # --- pages ---------------------------------------------------------------------------

    def show_page(self, row: int) -> None:
        if not 0 <= row < len(pages.PAGES):
            return
        spec = pages.PAGES[row]
        if spec.key not in self._built:
            try:
                page = pages.create(spec, self.ctx, self._hosts[row])
            except Exception as exc:  # a broken page must not take the window down
                from nsdesk.ui.ops import show_error

                show_error(self, exc)
                self.nav.setCurrentRow(self.stack.currentIndex())
                return
            host = self._hosts[row].layout()
            assert host is not None  # every host page gets its layout in __init__
            host.addWidget(page)
            self._built[spec.key] = page
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget | None:
        return self._built.get(key)

    @property
    def recovery_page(self):
        return self._recovery

    # --- menus ---------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        from nsdesk.ui import file_actions as fa

        bar = self.menuBar()
        m = bar.addMenu(tr("main", "&Tệp"))
        self.db_actions = [
            self._action(tr("main", "&Mở cơ sở dữ liệu…"), lambda: fa.choose_database(self), QKeySequence.StandardKey.Open),
            self._action(tr("main", "&Tạo cơ sở dữ liệu mới…"), lambda: fa.create_database(self)),
            self._action(tr("main", "&Sao lưu ngay"), lambda: fa.backup_now(self)),
            self._action(tr("main", "&Khôi phục từ bản sao lưu…"), lambda: fa.restore_backup(self)),
            self._action(tr("main", "Các &bản sao lưu…"), self.open_backups),
        ]
        m.addActions(self.db_actions)
        m.addSeparator()
        m.addAction(self._action(tr("main", "T&hoát"), self.close, QKeySequence.StandardKey.Quit))

        m = bar.addMenu(tr("main", "&Cài đặt"))
        self.office_action = self._action(tr("main", "Thông tin &đơn vị…"), self.open_setup)
        m.addAction(self.office_action)
        lang = m.addMenu(tr("main", "&Ngôn ngữ"))
        group = QActionGroup(self)
        current = self.ctx.settings.get(LANGUAGE)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            a = self._action(name, lambda _=False, c=code: self.set_language(c))
            a.setCheckable(True)
            a.setChecked(code == current)
            group.addAction(a)
            lang.addAction(a)

        m = bar.addMenu(tr("main", "Đi &tới"))
        self.page_actions = []
        for i, spec in enumerate(pages.PAGES):
            action = self._action(tr("pages", spec.title).replace("&", "&&"), lambda _=False, r=i: self.show_page(r),
                                  f"Ctrl+{i + 1}")
            self.page_actions.append(action)
            m.addAction(action)
        for row in range(self.nav.count()):  # the shortcut where the page is chosen too
            self.nav.item(row).setToolTip(tr("main", "{page} ({keys})").format(
                page=self.nav.item(row).text(), keys=self.page_actions[row].shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)))

        m = bar.addMenu(tr("main", "Tổng &hợp"))
        self.receive_action = self._action(tr("main", "&Nhận báo cáo…"), self.open_receive)
        self.conflicts_action = self._action(tr("main", "Danh sách &khác biệt…"), self.open_conflicts)
        self.submissions_action = self._action(tr("main", "&Sổ nhận báo cáo…"), self.open_submissions)
        m.addActions([self.receive_action, self.conflicts_action, self.submissions_action])
        self.consolidation_actions = [self.receive_action, self.conflicts_action, self.submissions_action]


        m = bar.addMenu(tr("main", "Trợ &giúp"))
        self.help_action = self._action(tr("main", "&Hướng dẫn sử dụng"), self.show_help,
                                        QKeySequence(QKeySequence.StandardKey.HelpContents))
        m.addAction(self.help_action)
        self.about_action = self._action(tr("main", "&Giới thiệu nsdesk"), self.show_about)
        m.addAction(self.about_action)
        self._set_db_actions(False)

    def _set_db_actions(self, enabled: bool) -> None:
        for a in (self.db_actions[2], self.db_actions[3], self.office_action, *self.consolidation_actions):
            a.setEnabled(enabled)

    # --- database ------------------------------------------------------------------------

    def _on_opened(self, opened) -> None:
        db = opened.database
        self.db_label.setText(tr("main", "CSDL: {where}").format(where=db.describe()))
        self.db_label.setToolTip(db.describe())
        self._show_office(opened.office)
        self.nav.setEnabled(True)
        self.stack.setCurrentIndex(max(self.nav.currentRow(), 0))
        self._set_db_actions(True)
        if opened.backup is not None:
            self.statusBar().showMessage(
                tr("main", "Đã nâng cấp cơ sở dữ liệu; bản sao lưu: {path}").format(path=opened.backup), 15000
            )
        if not opened.office.configured:
            self.open_setup()

    def _on_failed(self, exc, target: str) -> None:
        from nsdesk.ui.recovery import RecoveryPage
        from nsdesk.ui.recovery import _safe as safe

        if self._recovery is None:
            self._recovery = RecoveryPage(self.stack)
            self.stack.addWidget(self._recovery)
            self._recovery.retry.connect(lambda: self.ctx.open(self.ctx.target, self))
            self._recovery.choose_other.connect(lambda: self._file_action("choose_database"))
            self._recovery.create_new.connect(lambda: self._file_action("create_database"))
        self._recovery.show_error(exc, target)
        self.stack.setCurrentWidget(self._recovery)
        self.nav.setEnabled(False)
        self._set_db_actions(False)
        self.db_label.setText(tr("main", "CSDL: không mở được {where}").format(where=safe(target)))
        self.office_label.setText("")

    def _file_action(self, name: str) -> None:
        from nsdesk.ui import file_actions

        getattr(file_actions, name)(self)

    def _show_office(self, office) -> None:
        label = office.label() if office is not None else ""
        self.office_label.setText(
            tr("main", "Đơn vị: {office}").format(office=label) if label else tr("main", "Đơn vị: chưa thiết lập")
        )

    def open_backups(self) -> None:
        """Tệp → "Các bản sao lưu…": the list of backups, back up now, restore, open the folder."""
        from nsdesk.ui.backups_dialog import open_backups_dialog

        self.backups_dialog = open_backups_dialog(self)

    def open_setup(self) -> None:
        if self.setup_dialog is not None and shiboken6.isValid(self.setup_dialog):
            self.setup_dialog.raise_()
            return
        from nsdesk.ui.setup_dialog import open_setup_dialog

        open_setup_dialog(self)

    # --- consolidation: what offices send the province ------------------------------------

    def open_receive(self):
        from nsdesk.ui.reports.consolidation import ReceiveWizard

        wizard = ReceiveWizard(self, self.ctx)
        wizard.show()
        return wizard

    def open_conflicts(self):
        from nsdesk.ui.reports.consolidation import ConflictList

        dialog = ConflictList(self, self.ctx)
        dialog.show()
        return dialog

    def open_submissions(self):
        from nsdesk.ui.reports.consolidation import SubmissionsRegister

        dialog = SubmissionsRegister(self, self.ctx)
        dialog.show()
        return dialog

    # --- help, language, geometry ----------------------------------------------------------

    def show_help(self) -> None:
        from nsdesk.ui.help import HelpDialog

        if getattr(self, "help_dialog", None) is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.activateWindow()
        self.help_dialog.search.setFocus()

    def show_about(self):
        from nsdesk.ui.about import show_about

        db = self.ctx.database
        return show_about(self, db.describe() if db is not None else None)

    def set_language(self, code: str) -> None:
        if code == self.ctx.settings.get(LANGUAGE):
            return
        self.ctx.settings.set(LANGUAGE, code)
        box = QMessageBox(QMessageBox.Icon.Information, "nsdesk",
                          tr("main", "Ngôn ngữ mới sẽ được dùng từ lần mở nsdesk tiếp theo."),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _restore_geometry(self) -> None:
        saved = self.ctx.settings.get(WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(DEFAULT_SIZE)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ctx.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        super().closeEvent(event)
