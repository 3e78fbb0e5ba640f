"""The JSON that a fixed demo database gives through the CLI, recorded from the code as it was before
the house was rearranged (issue "One rule in one place"), so that the rearrangement can be shown to
change nothing a caller sees.

Record again only when a change of output is intended::

    .venv/bin/python tests/golden/cli_outputs.py --record
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).with_name("outputs")
TODAY = "2026-06-30 09:00:00+07:00"  # the demo's dates are offsets from today
AS_OF = "2026-06-30"


def _run(args: list[str]) -> str:
    from nsdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    if code != 0:
        raise AssertionError(f"nsdesk {' '.join(args)} exited {code}: {err.getvalue()}")
    return out.getvalue()


def collect(workdir: Path) -> dict[str, str]:
    """Build the demo database in ``workdir`` and return each command's output by name."""
    import time_machine

    db = workdir / "golden.sqlite"
    with time_machine.travel(TODAY, tick=False):
        base = ["--db", str(db)]
        _run(base + ["init", "--province", "Quảng Ngãi", "--commune", "Đăk Cấm", "--officer", "Nguyễn Thị Lan"])
        _run(base + ["demo", "--enterprises", "400", "--seed", "36"])
        templates = json.loads(_run(["plan", "templates", "--json"]))
        made = []
        for t in templates:
            code = f"G-{t['code']}"
            _run(base + ["plan", "create", "--from-template", t["code"], "--code", code, "--json"])
            made.append(code)
        outputs = {
            "info": _run(base + ["info", "--json"]).replace(str(db), "<DB>"),
            "supports_list": _run(base + ["supports", "list", "--json"]),
            "projects_list": _run(base + ["projects", "list", "--all", "--json"]),
            "plan_templates": _run(["plan", "templates", "--json"]),
        }
        for by in ("tool", "sector", "commune", "project"):
            outputs[f"metrics_summary_{by}"] = _run(base + ["metrics", "summary", "--by", by, "--json"])
        for code in made:
            outputs[f"progress_{code}"] = _run(base + ["progress", "--plan", code, "--as-of", AS_OF, "--json"])
    return outputs


def record() -> None:
    FIXTURES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in collect(Path(tmp)).items():
            (FIXTURES / f"{name}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    if "--record" in sys.argv:
        record()
    else:
        print(__doc__)
