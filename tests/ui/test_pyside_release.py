"""PySide6 6.12.0 from PyPI drops a reference to None on every QStandardItemModel.appendRow /
QStandardItem.setText call; Python 3.11 then aborts with "Fatal Python error: none_dealloc"."""

from __future__ import annotations

import subprocess
import sys

import PySide6

SCRIPT = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
app = QCoreApplication([])
model = QStandardItemModel()
for i in range(20000):
    item = QStandardItem()
    model.appendRow(item)
    item.setText(f"dòng {i}")
assert model.rowCount() == 20000
print("ok")
"""


def test_installed_pyside_is_not_the_broken_release():
    assert PySide6.__version__ != "6.12.0"


def test_many_append_row_and_set_text_calls_do_not_abort_the_interpreter():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
    assert "none_dealloc" not in out.stderr
