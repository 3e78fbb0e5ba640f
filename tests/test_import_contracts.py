"""The layers hold: ui → reports → services → (xlsx, models), no Qt below the UI, no database in the
xlsx layer (the contracts in pyproject.toml ``[tool.importlinter]``, checked by import-linter).

A plain pytest run catches a broken layer, not only scripts/test.sh; the checker itself is shown to
catch a wrong import in a copy of the package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(source: Path = ROOT) -> subprocess.CompletedProcess:
    """Run lint-imports on the project's contracts over the nsdesk package in ``source`` (lint-imports
    puts the folder it runs in first on the import path)."""
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
                          cwd=source, capture_output=True, text=True, timeout=90)


def test_every_import_contract_is_kept():
    run = lint_imports()
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


@pytest.fixture
def package_copy(tmp_path):
    """A copy of the nsdesk package to break on purpose; returns (folder on the path, package folder)."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "nsdesk", src / "nsdesk", ignore=shutil.ignore_patterns("__pycache__"))
    return src, src / "nsdesk"


def add_line(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_an_unchanged_copy_of_the_package_keeps_every_contract(package_copy):
    src, _pkg = package_copy
    run = lint_imports(src)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize(("module", "line", "contract", "shown"), [
    ("services/register/importing/pipeline.py", "from nsdesk.reports import register_export",
     "Layers: ui and the CLI commands over reports", "nsdesk.services is not allowed to import nsdesk.reports"),
    ("xlsx/reader.py", "from nsdesk.services.common import text",
     "Layers: ui and the CLI commands over reports", "nsdesk.xlsx is not allowed to import nsdesk.services"),
    ("xlsx/table.py", "import sqlalchemy", "The xlsx layer has no database", "nsdesk.xlsx.table -> sqlalchemy"),
    ("services/common/text.py", "from PySide6 import QtCore", "No Qt below the UI",
     "nsdesk.services.common.text -> PySide6"),
    ("reports/plan_report.py", "import pyqtgraph", "No Qt below the UI", "nsdesk.reports.plan_report -> pyqtgraph"),
    ("services/common/office.py", "from nsdesk.services.plans import progress",
     "Services: common at the bottom", "nsdesk.services.common is not allowed to import nsdesk.services.plans"),
    ("services/register/search.py", "from nsdesk.services.pilots import supports",
     "Services: common at the bottom", "nsdesk.services.register is not allowed to import nsdesk.services.pilots"),
    ("ui/plans/data.py", "from sqlalchemy import select", "The UI asks services", "nsdesk.ui.plans.data -> sqlalchemy"),
])
def test_a_wrong_import_breaks_its_contract(package_copy, module, line, contract, shown):
    src, pkg = package_copy
    add_line(pkg / module, line)
    run = lint_imports(src)
    assert run.returncode != 0
    broken = run.stdout.split("Broken contracts", 1)[1]
    assert contract in broken and shown in broken, run.stdout
