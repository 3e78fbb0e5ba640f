"""Cross-check against the full seed texts: the plan facts and every shipped template, word for word.

The seeds are the five real plans in ``../shared/seeds`` (next to the repository, not in it). Each
target's sentence must occur in its plan, carry the target's numbers and milestone; every task row
of the Quảng Ngãi appendix must be in the template, counted here independently from the seed text;
the hand-written facts of ``fixtures/plan_facts.py`` must agree with the plans' wording.

Without the seeds folder this module is skipped as a whole, with one line saying where it looked:
the only skip the suite allows under CI (see ``SEED_SKIP_REASON`` in ``conftest.py``).
The same templates are held against the facts on any clone in ``test_templates.py``.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from fixtures.plan_facts import FRAMES_READ_FROM_WORDING, SEED_PLANS, SOURCES, TARGETS, TASKS, norm, number_in

from nsdesk.services.plans import templates


def _seeds_dir() -> Path:
    """``NSDESK_SEEDS_DIR``, else ``shared/seeds`` beside the repository (or beside a folder holding it)."""
    if os.environ.get("NSDESK_SEEDS_DIR"):
        return Path(os.environ["NSDESK_SEEDS_DIR"])
    repo = Path(__file__).resolve().parents[1]
    for folder in repo.parents:
        if (folder / "shared" / "seeds").is_dir():
            return folder / "shared" / "seeds"
    return repo.parent / "shared" / "seeds"


SEEDS = _seeds_dir()

if not SEEDS.is_dir():
    pytest.skip(f"seed texts not found at {SEEDS} (they live next to the repository, in shared/seeds)",
                allow_module_level=True)


def seed_raw(code: str) -> str:
    tpl = templates.get_template(code)
    assert tpl["source"] == SOURCES[code]
    return (SEEDS / tpl["source"]).read_text(encoding="utf-8")


def seed(code: str) -> str:
    return norm(seed_raw(code))


def all_targets():
    for code in SEED_PLANS:
        for t in templates.get_template(code)["targets"]:
            yield pytest.param(code, t, id=f"{code}/{t['code']}")


# --- the facts against the texts ----------------------------------------------------------------

def test_facts_of_targets_are_in_the_plans():
    """Each fact's figures occur in the plan, in the sentence the template cites for that target."""
    for code in SEED_PLANS:
        text = seed(code)
        by_code = {t["code"]: t for t in templates.get_template(code)["targets"]}
        for tcode, (_kind, milestone, _cmp, lo, hi, _window, _bound) in TARGETS[code].items():
            fragment = norm(by_code[tcode]["text_as_written"])
            assert fragment in text, (code, tcode)
            assert lo is None or number_in(lo, fragment), (code, tcode, lo)
            if hi is not None:
                assert number_in(hi, fragment), (code, tcode, hi)
            assert str(milestone) in fragment or str(milestone) in norm(by_code[tcode]["milestone_as_written"])


def test_facts_of_tasks_are_in_the_plans():
    for code in SEED_PLANS:
        text = seed(code).lower()
        squashed = re.sub(r"\s*-\s*", "-", text)
        for number, lead, frame in TASKS[code]:
            if lead:
                assert norm(lead).lower() in text, (code, number, lead)
            if (code, number) in FRAMES_READ_FROM_WORDING:
                assert norm(FRAMES_READ_FROM_WORDING[code, number]).lower() in text, (code, number)
            elif frame:
                assert re.sub(r"\s*-\s*", "-", frame.lower()) in squashed, (code, number, frame)


# --- the templates against the texts ------------------------------------------------------------

@pytest.mark.parametrize(("code", "target"), list(all_targets()))
def test_target_is_in_the_plan_as_written(code, target):
    text = seed(code)
    fragment = norm(target["text_as_written"])
    assert fragment in text
    assert target["min"] is None or number_in(target["min"], fragment), (target["min"], fragment)
    if target["max"] is not None:
        assert number_in(target["max"], fragment), (target["max"], fragment)
    milestone = str(target["milestone"])
    if milestone not in fragment:
        heading = norm(target["milestone_as_written"])
        assert heading in text and milestone in heading
        if "Mục tiêu đến năm" in heading:  # the fragment sits under that heading, before the next one
            start = text.index(heading)
            nxt = text.find("Mục tiêu đến năm", start + len(heading))
            pos = text.find(fragment, start)
            assert pos > start and (nxt == -1 or pos < nxt), f"{target['code']} is not under {heading!r}"



def test_every_numeric_goal_of_each_plan_has_a_target():
    """Sentences under "Mục tiêu cụ thể" that carry a figure are all templated (none forgotten)."""
    for code in SEED_PLANS:
        text = seed(code)
        section = text[text.index("Mục tiêu cụ thể"): text.index("NHIỆM VỤ VÀ GIẢI PHÁP")]
        figures = re.findall(r"\d+(?:,\d+)?\s?%|\b0?\d{1,2}\b(?= (?:doanh nghiệp|lượt|câu lạc bộ|chuyên gia|trường))", section)
        written = " ".join(norm(t["text_as_written"]) for t in templates.get_template(code)["targets"])
        for fig in figures:
            assert fig in written, f"{code}: figure {fig!r} of the goals has no target"


def test_thuan_an_iso9001_is_a_task_not_a_target():
    tpl = templates.get_template("THUANAN-2021")
    assert not any("ISO 9001" in t["text_as_written"] for t in tpl["targets"])
    task = next(t for t in tpl["tasks"] if "ISO 9001:2015" in t["content"])
    assert task["time_frame"] == "Hàng năm"
    assert norm(task["content"]) in seed("THUANAN-2021")


@pytest.mark.parametrize("code", SEED_PLANS)
def test_plan_header_as_written(code):
    tpl = templates.get_template(code)
    number = tpl["doc_number"]
    text = seed(code)
    title = tpl["title"].removeprefix("Kế hoạch ")
    assert title.lower() in text.lower()
    if number is None and "Số:" in text:
        assert re.search(r"Số:\s*/KH-UBND", text), "the template leaves the number blank only where the plan does"
    if number:
        assert number in text


def test_parent_plans_are_cited_as_written():
    bd = templates.get_template("BINHDUONG-2109-2021")
    cited = f"Quyết định số {bd['doc_number']} ngày 01/9/2021 của UBND tỉnh Bình Dương"
    assert cited in seed("THUANAN-2021")
    assert "Kế hoạch số 138/KH-UBND ngày 20 tháng 6 năm 2025" in seed("DAKCAM-2025")


# --- Quảng Ngãi appendix -------------------------------------------------------------------------

_ROW = re.compile(r"^\s*(?:((?:IV|V|I{1,3})(?:\.\d{1,2})?)(?:\s+\S.*)?|(\d{1,2}(?:\.\d{1,2})?))\s*$")


def appendix_numbers(raw: str) -> list[str]:
    """Row numbers of the appendix table, in order, read from the seed (page numbers skipped)."""
    lines = raw[raw.index("PHỤ LỤC"):].splitlines()
    numbers = []
    for i, line in enumerate(lines):
        m = _ROW.match(line)
        if not m:
            continue
        following = next((x for x in lines[i + 1:] if x.strip()), "")
        if m.group(2) and following.strip().startswith("STT"):
            continue  # a page number above the repeated table header
        numbers.append(m.group(1) or m.group(2))
    return numbers


def occurs(piece: str, text: str, max_parts: int = 2, max_gap: int = 400) -> bool:
    """``piece`` occurs in ``text`` whole, or in two consecutive parts split by a page break."""
    if piece in text:
        return True
    words = piece.split(" ")
    for cut in range(3, len(words) - 2):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        start = text.find(head)
        while start != -1:
            after = start + len(head)
            pos = text.find(tail, after)
            if pos != -1 and pos - after <= max_gap:
                return True
            start = text.find(head, start + 1)
    return False


def test_quang_ngai_tasks_match_every_appendix_row():
    raw = seed_raw("QN-138-2025")
    text = norm(raw)
    appendix = text[text.index("PHỤ LỤC"):]
    numbers = appendix_numbers(raw)
    tasks = templates.task_rows(templates.get_template("QN-138-2025"))
    assert len(numbers) == 27  # the parser itself, against a count made by hand
    assert len(tasks) == len(numbers)
    assert [t["number"] for t in tasks] == numbers
    squashed = re.sub(r"\s*-\s*", "-", appendix)
    for t in tasks:
        assert occurs(norm(t["content"]), appendix), t["number"]
        for field in ("lead_unit", "partner_units", "note"):
            if t[field]:
                assert norm(t[field]) in appendix, (t["number"], field)
        if t["time_frame"]:
            assert re.sub(r"\s*-\s*", "-", t["time_frame"]) in squashed, t["number"]
    sections = [t for t in tasks if re.fullmatch(r"(?:IV|V|I{1,3})(?:\.\d+)?", t["number"])]
    assert [t["number"] for t in sections] == ["I", "II", "II.1", "II.2", "II.3", "III", "IV"]
    assert all(t["lead_unit"] is None for t in sections)
    by = {(t["number"], t["content"][:20]): t for t in tasks}
    first = by[("1.1", "Xây dựng Kế hoạch tr")]
    assert first["time_frame"] == "Tháng 12/2025" and first["due_date"] == date(2025, 12, 31)
    assert first["lead_unit"] == "Sở Khoa học và Công nghệ"
    assert tasks[3]["note"] == "Sau khi được Bộ Khoa học và Công nghệ công hướng dẫn"
    frames = {t["time_frame"] for t in tasks}
    assert frames == {None, "Tháng 12/2025", "Thường xuyên", "2026-2030", "2025-2030", "Hàng năm"}
    for t in tasks:
        if t["time_frame"] in ("2026-2030", "2025-2030"):
            assert t["due_date"] == date(2030, 12, 31)
        elif t["time_frame"] != "Tháng 12/2025":
            assert t["due_date"] is None


def test_other_plans_tasks_are_in_their_text():
    for code in ("DAKCAM-2025", "THUANAN-2021", "VINHLONG-3064-2023"):
        text = seed(code)
        for t in templates.get_template(code)["tasks"]:
            assert norm(t["content"]) in text, (code, t["number"])
            for field in ("lead_unit", "partner_units"):
                if t[field]:
                    assert norm(t[field]).lower() in text.lower(), (code, t["number"], field)
