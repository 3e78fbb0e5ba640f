"""English comes from resources/translations/nsdesk_en.ts; Vietnamese is the source language."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "nsdesk_en.ts"

def _update_ts():
    spec = importlib.util.spec_from_file_location("update_ts", ROOT / "resources" / "translations" / "update_ts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_of_the_package_has_an_english_translation():
    from nsdesk.ui.translations import read_ts

    ts = _update_ts()
    used = ts.source_messages(ts.python_files(ROOT / "nsdesk"))
    assert len(used) > 600  # the scanner really finds the tr() calls of every module
    english = read_ts(TS)
    missing = sorted(f"{where}: [{ctx}] {text}" for (ctx, text), where in used.items() if (ctx, text) not in english)
    assert missing == []


def test_translations_keep_placeholders():
    import re

    from nsdesk.ui.translations import read_ts

    for (ctx, source), english in read_ts(TS).items():
        assert set(re.findall(r"{[^{}]*}", source)) == set(re.findall(r"{[^{}]*}", english)), (ctx, source)


def test_translations_keep_accelerators_and_markup():
    """A label with an &-accelerator keeps one, a literal && stays literal, rich text keeps its tags."""
    import re

    from nsdesk.ui.translations import read_ts

    def accelerators(text: str) -> int:
        return len(re.findall(r"&[^&\s]", text.replace("&&", "")))

    for (ctx, source), english in read_ts(TS).items():
        assert accelerators(source) == accelerators(english), (ctx, source, english)
        assert source.count("&&") == english.count("&&"), (ctx, source, english)
        assert sorted(re.findall(r"</?\w+", source)) == sorted(re.findall(r"</?\w+", english)), (ctx, source)


def test_strings_taken_from_tables_are_collected():
    """Labels translated through a variable (status tables, column headers) are messages too."""
    module = _update_ts()
    found, _unfollowed = module.table_messages(module.python_files(ROOT / "nsdesk"))
    assert ("labels", "Đào tạo") in found  # SUPPORT_TYPE_LABELS, via tr("labels", SUPPORT_TYPE_LABELS.get(code))
    assert ("labels", "Đã hủy") in found  # SUPPORT_STATUS_LABELS / PROJECT_STATUS_LABELS
    assert ("register", "Mã số thuế") in found  # ColumnSpec(...).title of the register table
    assert ("import_wizard", "Dòng") in found  # [tr("import_wizard", t) for t in ("Dòng", …)]
    assert ("enterprise_form", "Mã &số thuế") in found  # for name, label, col in FIELDS: tr(…, label)
    # COMPARATOR_LABELS is passed to Fields.choice(…, labels), which shows tr("labels", v) for v in labels.values()
    assert ("labels", "Ít nhất (≥)") in found


def test_statuses_and_headers_are_english_when_chosen(make_app, sqlite_file):
    from PySide6.QtCore import Qt

    from nsdesk.services.pilots.projects import status_label as project_status
    from nsdesk.services.pilots.supports import status_label, type_label
    from nsdesk.ui.register.table import EnterpriseTableModel

    app = make_app(str(sqlite_file), language="en")
    assert [status_label(c) for c in ("planned", "in_progress", "completed", "cancelled")] == [
        "Planned", "In progress", "Completed", "Cancelled"]
    assert type_label("training") == "Training" and project_status("proposed") == "Proposed"
    model = EnterpriseTableModel(app.ctx)
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Tax code", "Enterprise name", "Type"]


def test_english_interface_when_chosen(make_app, sqlite_file):
    app = make_app(str(sqlite_file), language="en")
    w = app.window
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == [
        "Overview", "Enterprises", "Pilot projects", "Supports & tools", "Productivity metrics",
        "Plans & targets", "Reports"]
    assert w.db_label.text() == f"Database: {sqlite_file}"
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Settings", "&Go", "&Consolidation", "&Help"]


def test_a_string_without_english_translation_falls_back_to_vietnamese(make_app, sqlite_file):
    from PySide6.QtCore import QCoreApplication

    from nsdesk.i18n import tr

    make_app(str(sqlite_file), language="en")
    assert QCoreApplication.translate("pages", "Tổng quan") == "Overview"
    assert QCoreApplication.translate("pages", "Chưa dịch câu này") == "Chưa dịch câu này"
    assert QCoreApplication.translate("no-such-context", "Đơn vị") == "Đơn vị"
    assert tr("db", "Hãy chọn một thư mục có thật.") == "Choose a folder that exists."  # services too


def test_vietnamese_is_the_default(make_app, sqlite_file):
    from nsdesk.settings import LANGUAGE, Settings

    assert Settings().get(LANGUAGE) == "vi"
    app = make_app(str(sqlite_file))
    assert [a.text() for a in app.window.menuBar().actions()] == ["&Tệp", "&Cài đặt", "Đi &tới", "Tổng &hợp", "Trợ &giúp"]


def test_language_menu_stores_the_choice_for_next_start(make_app, sqlite_file, qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nsdesk.settings import LANGUAGE, Settings

    app = make_app(str(sqlite_file))
    settings_menu = app.window.menuBar().actions()[1].menu()
    language_menu = next(a.menu() for a in settings_menu.actions() if a.menu())
    english = next(a for a in language_menu.actions() if a.text() == "English")
    english.trigger()
    assert Settings().get(LANGUAGE) == "en"
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert len(boxes) == 1 and "lần mở nsdesk tiếp theo" in boxes[0].text()
    boxes[0].close()


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "pyside6-lrelease").exists(), reason="pyside6-lrelease not installed")
def test_ts_file_compiles_with_lrelease(tmp_path):
    import subprocess

    out = subprocess.run([str(ROOT / ".venv" / "bin" / "pyside6-lrelease"), str(TS), "-qm", str(tmp_path / "x.qm")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "x.qm").stat().st_size > 1000
