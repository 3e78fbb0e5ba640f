"""One version, written once (nsdesk.__version__), read by the package metadata and every command;
two entry points: ``nsdesk`` (console) and ``nsdesk-gui`` (no console window on Windows)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import tomllib

import nsdesk
from nsdesk import logs
from nsdesk.cli import gui_main, main

ROOT = Path(__file__).resolve().parent.parent


def test_the_version_is_written_once():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "nsdesk.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+(\.dev\d+)?", nsdesk.__version__)


def test_version_and_info_print_it(capsys, sqlite_file):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"nsdesk {nsdesk.__version__}\n"
    assert main(["--db", str(sqlite_file), "info"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"nsdesk {nsdesk.__version__}"


def test_a_gui_script_beside_the_console_script():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["nsdesk"] == "nsdesk.cli:main"
    assert project["gui-scripts"]["nsdesk-gui"] == "nsdesk.cli:gui_main"


def test_the_gui_script_runs_without_a_console(monkeypatch):
    """pythonw.exe gives no stdout/stderr: nothing may fail for want of them, and the log is written."""
    monkeypatch.setattr(sys, "argv", ["nsdesk-gui", "--version"])
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        assert gui_main() == 0
        assert logs.current_log_path() is not None and logs.current_log_path().exists()
    finally:
        logs.stop_logging()
