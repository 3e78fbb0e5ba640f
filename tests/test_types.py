"""The package type-checks: mypy with the configuration in pyproject.toml ``[tool.mypy]`` (strict for
models, the xlsx layer, services, reports, ``nsdesk.ui.ops`` and ``nsdesk.logs``; default checks
elsewhere) finds nothing.

A plain pytest run catches a type error, not only scripts/test.sh (which runs mypy before the tests,
so the cache in .mypy_cache is warm here and this takes seconds; a cold run takes about a minute).
The checker is also shown to catch a wrong line in a strict module and in the UI, through mypy's
``--shadow-file`` (the module's text replaced for one run; nothing on disk changes).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


@pytest.mark.timeout(600)
def test_the_package_type_checks():
    run = mypy()
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found" in run.stdout


@pytest.mark.timeout(600)
@pytest.mark.parametrize(("module", "line", "error"), [
    # strict: a function without annotations is refused in a service
    ("nsdesk/services/common/formats.py", "def added(value):\n    return value", "[no-untyped-def]"),
    # default checks: a wrong assignment is refused in the UI
    ("nsdesk/ui/about.py", "added: int = 'text'", "[assignment]"),
])
def test_a_type_error_fails_the_check(tmp_path, module, line, error):
    broken = tmp_path / Path(module).name
    broken.write_text((ROOT / module).read_text(encoding="utf-8") + f"\n\n{line}\n", encoding="utf-8")
    run = mypy("--shadow-file", module, str(broken))
    assert run.returncode == 1, run.stdout + run.stderr
    assert error in run.stdout and module in run.stdout
