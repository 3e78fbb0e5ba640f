"""Every open and save dialog of the app, in one place.

Each one starts in one remembered folder (where the last dialog was left; at first the user's
Documents folder), is Qt's own dialog rather than the system's so that it speaks Vietnamese
(nsdesk.ui.qt_vi translates it), and a save dialog proposes a name a reader recognises:
"Bao-cao-tien-do-2026-06-30.xlsx" — words without accents, joined by hyphens, and the day.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from nsdesk.settings import LAST_FOLDER

MAX_STEM = 80  # a long chart or report title still gives a name that fits a folder listing
OPTIONS = QFileDialog.Option.DontUseNativeDialog  # Qt's dialog: translated, the same on every system


def _settings(parent: QWidget | None):
    from nsdesk.ui.ops import context_of

    try:
        return context_of(parent).settings
    except LookupError:  # a widget outside the main window (tests, previews): nothing remembered
        return None


def documents() -> Path:
    """The user's Documents folder (their home folder when there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def start_folder(parent: QWidget | None) -> Path:
    """Where the next dialog opens: the remembered folder while it exists, else Documents."""
    settings = _settings(parent)
    last = settings.get(LAST_FOLDER) if settings is not None else None
    if last and Path(last).is_dir():
        return Path(last)
    return documents()


def remember(parent: QWidget | None, path: str | Path) -> None:
    """The folder of a chosen file (or a chosen folder) becomes where dialogs start."""
    settings = _settings(parent)
    if settings is None or not path:
        return
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    settings.set(LAST_FOLDER, str(folder))


def file_name(*words: str, day: date | None = None, ext: str = "xlsx") -> str:
    """A proposed file name: ``file_name("Báo cáo", "tiến độ", day=date(2026, 6, 30))`` →
    "Bao-cao-tien-do-2026-06-30.xlsx" (no accents, so it travels by email and USB stick intact)."""
    parts = []
    for word in words:
        folded = re.sub(r"[^0-9A-Za-z]+", "-", _ascii(word)).strip("-")
        if folded:
            parts.append(folded)
    if day is not None:
        parts.append(day.isoformat())
    stem = "-".join(parts)[:MAX_STEM].rstrip("-") or "tep"
    return f"{stem}.{ext}" if ext else stem


def _ascii(text: str) -> str:
    """Accents off, case kept: "Báo cáo Đắk" → "Bao cao Dak"."""
    import unicodedata

    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


DIALOG_SIZE = (900, 560)  # wide enough for the detail view's columns; less on a small screen


def ask(parent: QWidget | None, title: str, start: Path, filters: str, mode: str, name: str = "") -> list[str]:
    """Show the dialog (``mode``: "save", "open" or "open_many") and return what was chosen.

    The one place a file dialog is built: Qt's own (translated), sized to the screen, modal.
    """
    from nsdesk.ui.widgets import screen

    dlg = QFileDialog(parent, title, str(start), filters)
    dlg.setObjectName("fileDialog")
    dlg.setOption(OPTIONS)
    if mode == "save":
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile)
        if name:
            dlg.selectFile(name)
    else:
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles if mode == "open_many" else QFileDialog.FileMode.ExistingFile)
    room_w, room_h = screen.room(dlg)
    dlg.resize(min(DIALOG_SIZE[0], room_w), min(DIALOG_SIZE[1], room_h))
    try:
        return list(dlg.selectedFiles()) if dlg.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dlg.deleteLater()


def save_path(parent: QWidget | None, title: str, name: str, filters: str, folder: Path | None = None) -> str:
    """Ask where to save; ``name`` is proposed in the remembered folder. "" when cancelled."""
    chosen = ask(parent, title, folder or start_folder(parent), filters, "save", name)
    if chosen:
        remember(parent, chosen[0])
    return chosen[0] if chosen else ""


def open_path(parent: QWidget | None, title: str, filters: str, folder: Path | None = None) -> str:
    """Ask for one file to open, starting in the remembered folder. "" when cancelled."""
    chosen = ask(parent, title, folder or start_folder(parent), filters, "open")
    if chosen:
        remember(parent, chosen[0])
    return chosen[0] if chosen else ""


def open_paths(parent: QWidget | None, title: str, filters: str = "") -> list[str]:
    """Ask for files to open (several may be chosen), starting in the remembered folder."""
    chosen = ask(parent, title, start_folder(parent), filters, "open_many")
    if chosen:
        remember(parent, chosen[0])
    return chosen
