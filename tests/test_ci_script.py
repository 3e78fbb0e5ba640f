"""The README's two commands and .ci/run agree, and the scripts they name are there and parse."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", section, flags=re.S)]


def test_readme_has_exactly_two_commands_run_then_test():
    commands = _readme_commands()
    assert commands == ["bash scripts/run.sh", "bash scripts/test.sh"]


def test_ci_runs_exactly_the_readme_test_command():
    lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text().splitlines()]
    code = [ln for ln in lines if ln and not ln.startswith("#")]
    assert code[-1] == f"exec {_readme_commands()[1]}"


@pytest.mark.parametrize("script", ["setup.sh", "run.sh", "test.sh", "test-postgres.sh", "screenshot.sh"])
def test_scripts_parse(script):
    path = ROOT / "scripts" / script
    assert path.is_file()
    out = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_setup_rejects_an_unknown_option_without_installing_anything():
    out = subprocess.run(["bash", str(ROOT / "scripts" / "setup.sh"), "--bogus"], capture_output=True, text=True)
    assert out.returncode == 2
    assert "unknown option --bogus" in out.stderr
