"""The suite's own rules about skips, run on tiny test files in a separate pytest process.

Under ``CI=true`` a skipped test fails the run and is named, except the cross-check against the seed
texts (kept outside the repository); a test for one backend is deselected on the other, not skipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).with_name("conftest.py")

SKIPS = '''
import pytest

def test_passes():
    pass

def test_skips_itself():
    pytest.skip("the fixture server is not running")

@pytest.mark.skipif(True, reason="tool not installed")
def test_skipped_by_marker():
    pass
'''

SEED_CHECK = '''
import pytest

pytest.skip("seed texts not found at /nowhere/shared/seeds (they live next to the repository)",
            allow_module_level=True)

def test_against_the_seeds():
    pass
'''

PASSING = '''
import pytest

def test_passes():
    pass

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_known_bug():
    assert False
'''

BACKEND_ONLY = '''
import pytest

def test_every_backend(backend):
    pass

@pytest.mark.backends("sqlite")
def test_sqlite_only(backend):
    assert backend == "sqlite"

@pytest.mark.backends("postgresql")
def test_postgresql_only(backend):
    assert backend == "postgresql"
'''


def run_pytest(tmp_path: Path, files: dict[str, str], ci: bool) -> subprocess.CompletedProcess:
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"), encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NSDESK_TEST_PG_URL", "PYTEST_ADDOPTS")}
    env["NSDESK_TEST_SQLITE_ONLY"] = "1"
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # a plain pytest: no Qt, no timeouts from the venv
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "-q", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_under_ci_an_unexpected_skip_fails_the_run_and_is_named(tmp_path):
    result = run_pytest(tmp_path, {"test_skips.py": SKIPS}, ci=True)
    assert result.returncode == 1, result.stdout
    out = result.stdout
    assert "SKIPPED UNDER CI (fails the run): test_skips.py::test_skips_itself: the fixture server is not running" in out
    assert "SKIPPED UNDER CI (fails the run): test_skips.py::test_skipped_by_marker: tool not installed" in out
    assert "test_passes" not in out.split("unexpected skips")[1]


def test_without_ci_skips_are_reported_but_do_not_fail(tmp_path):
    result = run_pytest(tmp_path, {"test_skips.py": SKIPS}, ci=False)
    assert result.returncode == 0, result.stdout
    assert "2 skipped" in result.stdout and "SKIPPED UNDER CI" not in result.stdout


def test_under_ci_the_seed_text_cross_check_is_the_one_allowed_skip(tmp_path):
    result = run_pytest(tmp_path, {"test_seed_check.py": SEED_CHECK, "test_passing.py": PASSING}, ci=True)
    assert result.returncode == 0, result.stdout
    assert "seed texts not found at /nowhere/shared/seeds" in result.stdout  # still said, once
    assert "1 passed, 1 skipped, 1 xfailed" in result.stdout


def test_under_ci_a_module_level_skip_of_another_kind_fails(tmp_path):
    other = SEED_CHECK.replace("seed texts not found at /nowhere/shared/seeds", "optional package missing")
    result = run_pytest(tmp_path, {"test_other.py": other, "test_passing.py": PASSING}, ci=True)
    assert result.returncode == 1, result.stdout
    assert "SKIPPED UNDER CI (fails the run): test_other.py: optional package missing" in result.stdout


def test_a_backend_only_test_is_not_collected_for_the_other_backend(tmp_path):
    result = run_pytest(tmp_path, {"test_backends.py": BACKEND_ONLY}, ci=True)
    assert result.returncode == 0, result.stdout
    assert "2 passed, 1 deselected" in result.stdout  # PostgreSQL is not configured in this run
    assert "skipped" not in result.stdout
