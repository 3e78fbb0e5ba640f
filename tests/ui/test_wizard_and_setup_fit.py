"""The setup dialog and the import wizard on a small laptop screen (1366×768 and 1093×614): every
page fits with its buttons in sight; and the enterprise import's "Cho phép chuyển phường/xã"."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWizard
from sqlalchemy import select

from nsdesk.models import Enterprise

from . import test_fit_and_guards as fit
from . import test_register_table as table
from .test_fit_and_guards import global_rect
from .test_register_import import go_to_preview, load_file, messy_file, wizard_of

register = table.register
small_screen = fit.small_screen  # the fixture: 1366×768 and 1093×614

DAK_CAM, CAM_THANH = "23284", "21025"


def assert_wizard_fits(qtbot, wiz: QWizard, area) -> None:
    qtbot.waitUntil(lambda: area.contains(wiz.frameGeometry()))
    inner = global_rect(wiz)
    buttons = [wiz.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                       QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                                       QWizard.WizardButton.CancelButton)]
    shown = [b for b in buttons if isinstance(b, QAbstractButton) and b.isVisible()]
    assert shown
    for b in shown:
        assert inner.contains(global_rect(b)), (b.text(), global_rect(b), inner)


def test_import_wizard_fits_on_every_page(register, qtbot, tmp_path, small_screen):
    app, page = register()
    path = tmp_path / "hoi-vien.xlsx"
    messy_file(path)
    wiz = wizard_of(qtbot, page)
    assert_wizard_fits(qtbot, wiz, small_screen)
    load_file(qtbot, wiz, path)
    assert_wizard_fits(qtbot, wiz, small_screen)
    go_to_preview(qtbot, wiz)  # through the mapping page, the longest
    assert_wizard_fits(qtbot, wiz, small_screen)
    wiz.back()
    assert wiz.currentPage() is wiz.mapping_page
    assert_wizard_fits(qtbot, wiz, small_screen)
    scroll = wiz.mapping_page.findChild(QScrollArea, "formScroll")
    scroll.ensureWidgetVisible(wiz.mapping_page.accept_moves)  # the last option can be scrolled to
    assert wiz.mapping_page.accept_moves.visibleRegion().boundingRect().height() > 0
    wiz.reject()


def test_setup_dialog_fits(make_app, sqlite_file, qtbot, idle, small_screen):
    app = make_app(str(sqlite_file))
    app.window.open_setup()
    qtbot.waitUntil(lambda: app.window.setup_dialog is not None and app.window.setup_dialog.isVisible())
    dlg = app.window.setup_dialog
    fit.assert_fits(qtbot, dlg, small_screen)
    assert not dlg.has_changes()
    dlg.reject()


def _moved_file(path, code: str, commune_name: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Phường/Xã"])
    ws.append([1, code, "Hợp tác xã Nông nghiệp Sao Mai", "Hợp tác xã", commune_name])
    wb.save(path)


def _commune(read_db, sqlite_file, code: str) -> str:
    with read_db(f"sqlite:///{sqlite_file}") as s:
        return s.scalar(select(Enterprise.commune_code).where(Enterprise.tax_code == code))


def _import(qtbot, page, path, *, accept_moves: bool) -> None:
    wiz = wizard_of(qtbot, page)
    load_file(qtbot, wiz, path)
    wiz.next()
    assert wiz.mapping_page.accept_moves.isVisible() and not wiz.mapping_page.accept_moves.isChecked()
    wiz.mapping_page.accept_moves.setChecked(accept_moves)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.preview_page.isComplete())
    wiz.next()  # "Nhập"
    qtbot.waitUntil(lambda: wiz.run_page.finished, timeout=15000)
    with qtbot.waitSignal(wiz.destroyed):
        wiz.accept()


def test_enterprise_import_moves_a_supported_enterprise_only_when_allowed(register, qtbot, tmp_path, read_db,
                                                                         sqlite_file):
    from pilot_helpers import make_support

    app, page = register()
    code = table.valid_codes(len(table.REGISTER))[0]  # "Hợp tác xã Nông nghiệp Sao Mai", in Đăk Cấm
    with read_db(f"sqlite:///{sqlite_file}") as s:
        make_support(s, s.scalar(select(Enterprise).where(Enterprise.tax_code == code)))
        s.commit()
    assert _commune(read_db, sqlite_file, code) == DAK_CAM
    path = tmp_path / "chuyen.xlsx"
    _moved_file(path, code, "Phường Cẩm Thành")
    _import(qtbot, page, path, accept_moves=False)
    assert _commune(read_db, sqlite_file, code) == DAK_CAM  # kept: its lượt are counted here
    _import(qtbot, page, path, accept_moves=True)
    assert _commune(read_db, sqlite_file, code) == CAM_THANH
