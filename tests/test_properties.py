"""Properties that hold for every input, checked with hypothesis on generated data.

Tax codes agree with ``stdnum.vn.mst`` wherever the project says it follows it; folding is
idempotent and folds đ/Đ; a target's status never gets worse when more is achieved; exporting the
register and importing the file back changes nothing. Example counts stay modest (this runs in
CI); the profile (``conftest.py``) derandomizes under CI so a failure reproduces.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from stdnum.vn import mst

from nsdesk.models import ENTERPRISE_KINDS, AdminUnit, Enterprise, Sector
from nsdesk.reports import register_export
from nsdesk.services.common.text import fold
from nsdesk.services.plans.progress import judge_count, judge_statistic
from nsdesk.services.register import enterprises, taxcode
from nsdesk.services.register.importing import pipeline as importer

# --- tax codes -----------------------------------------------------------------------------------

# Mostly zeros: the rules about "0000000" in the middle, "000" branch suffixes and leading zeros
# that Excel drops all live there.
ZERO_HEAVY = st.sampled_from("0000000123456789")


def digits(n: int) -> st.SearchStrategy[str]:
    return st.lists(ZERO_HEAVY, min_size=n, max_size=n).map("".join)


def with_check_digit(body: str) -> str:
    """Nine digits and the check digit stdnum computes (a valid code unless that is "10")."""
    return body + mst.calc_check_digit(body)[-1]


TEN = st.one_of(digits(10), digits(9).map(with_check_digit))
THIRTEEN = st.one_of(digits(13), st.tuples(digits(9).map(with_check_digit), digits(3)).map("".join))
SEPARATORS = st.sampled_from([" ", ".", "-", " - ", "  "])


@given(st.one_of(TEN, THIRTEEN))
@example("0100000000")  # seven zeros in the middle
@example("0312687878000")  # branch 000
def test_the_check_digit_rule_is_stdnums(code):
    assert taxcode.valid_mst(code) == mst.is_valid(code)


@given(st.one_of(TEN, THIRTEEN), st.data())
def test_a_10_or_13_digit_code_is_read_as_stdnum_reads_it(code, data):
    """Valid exactly when stdnum says so, stored in stdnum's format, however it is spaced."""
    cuts = sorted(data.draw(st.sets(st.integers(1, len(code) - 1), max_size=3), label="cuts"))
    pieces = [code[i:j] for i, j in zip([0, *cuts], [*cuts, len(code)])]
    written = "".join(p + data.draw(SEPARATORS, label="sep") for p in pieces[:-1]) + pieces[-1]
    result = taxcode.normalize(written)
    assert result.ok == mst.is_valid(written) == mst.is_valid(code)
    if result.ok:
        assert result.code == mst.format(written)
        assert result.kind == ("mst" if len(code) == 10 else "branch")
        assert result.parent == mst.compact(written)[:10]
    else:
        assert result.error  # a message saying what to fix


@given(st.sampled_from("123456789"), digits(7))
def test_a_number_that_lost_its_leading_zero_is_the_zero_padded_code_if_that_is_valid(second, rest):
    body = "0" + second + rest  # one leading zero, which a number cell drops
    code = body + mst.calc_check_digit(body)[-1]
    expected = code if mst.is_valid(code) else None
    assert taxcode.normalize(int(code)).code == expected
    assert taxcode.normalize(float(int(code))).code == expected


@given(digits(9))
def test_make_code_is_valid_for_stdnum_or_says_there_is_none(body):
    made = taxcode.make_code(body)
    if mst.calc_check_digit(body) == "10":
        assert made is None
    else:
        assert made.startswith(body) and mst.is_valid(made) == (body[2:9] != "0000000")


# --- folding -------------------------------------------------------------------------------------

_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_TONES = "\u0300\u0301\u0303\u0309\u0323"
VIETNAMESE_LETTERS = sorted(
    {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in ["", *_TONES]} | set("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX")
)
VIETNAMESE_TEXT = st.text(st.sampled_from([*VIETNAMESE_LETTERS, " ", " ", "\u00a0", "\t", "-", ",", ".", "&", "0", "9"]),
                          max_size=40)


@given(st.one_of(VIETNAMESE_TEXT, st.text(max_size=40)))
@example("Đặng Đình Đức")
@example("ĐĐ đđ")
def test_folding_is_idempotent_folds_d_and_ignores_the_normal_form(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert "đ" not in folded and "Đ" not in folded
    assert fold(unicodedata.normalize("NFD", text)) == folded == fold(unicodedata.normalize("NFC", text))
    if text.isascii():
        assert folded == " ".join(text.split()).lower()


@given(VIETNAMESE_TEXT)
def test_folding_vietnamese_leaves_plain_ascii(text):
    assert fold(text).isascii()


# --- target status -------------------------------------------------------------------------------

RANK = {"behind": 0, "at_risk": 1, "on_track": 2, "achieved": 3}
COMPARATORS = ["at_least", "more_than", "about", "range", "yearly_rate"]


@st.composite
def targets(draw, statistic: bool):
    comparator = draw(st.sampled_from(COMPARATORS if statistic else COMPARATORS[:4]))
    if statistic:
        minimum = draw(st.floats(-5, 80, allow_nan=False).map(lambda x: round(x, 1)))
    else:
        minimum = draw(st.integers(0, 60))
    maximum = minimum + draw(st.integers(0, 20)) if comparator == "range" else None
    return SimpleNamespace(
        min_value=minimum, max_value=maximum, comparator=comparator,
        tolerance=draw(st.sampled_from([None, 0, 1, 2])) if comparator == "about" else None,
        rule={"bound": draw(st.sampled_from(["at_least", "more_than"]))} if comparator == "yearly_rate" else {},
    )


WINDOW_START = date(2025, 1, 1)
WINDOW_END = date(2030, 12, 31)
AS_OF = st.integers(-200, 2500).map(lambda d: WINDOW_START + timedelta(days=d))


@given(targets(statistic=False), AS_OF, st.integers(0, 100), st.integers(0, 100))
@example(SimpleNamespace(min_value=10, max_value=None, comparator="more_than", tolerance=None, rule={}),
         date(2030, 12, 31), 10, 11)
def test_a_count_target_never_looks_worse_with_more_achieved(target, as_of, a, b):
    low, high = sorted((a, b))
    s_low, _, _ = judge_count(target, low, as_of, WINDOW_START, WINDOW_END)
    s_high, _, _ = judge_count(target, high, as_of, WINDOW_START, WINDOW_END)
    if "no_data" in (s_low, s_high):
        assert s_low == s_high == "no_data"  # no data depends on the date, not on the count
    else:
        assert RANK[s_low] <= RANK[s_high], (s_low, s_high)


@given(targets(statistic=True), AS_OF, st.floats(-20, 100, allow_nan=False), st.floats(-20, 100, allow_nan=False))
def test_a_statistic_target_never_looks_worse_with_a_better_value(target, as_of, a, b):
    low, high = sorted((a, b))
    s_low, _ = judge_statistic(target, low, as_of, WINDOW_END)
    s_high, _ = judge_statistic(target, high, as_of, WINDOW_END)
    assert "no_data" not in (s_low, s_high)
    assert RANK[s_low] <= RANK[s_high], (s_low, s_high)


# --- register export → import --------------------------------------------------------------------

COMPARED = ("uuid", "tax_code", "name", "kind", "sector_code", "province_code", "commune_code", "address",
            "representative", "phone", "email", "founded_year", "association", "registered_by", "employees",
            "revenue", "capital", "size_class", "note", "archived", "name_folded", "search_folded", "modified_at")

WORDS = st.text(st.sampled_from(VIETNAMESE_LETTERS), min_size=1, max_size=8)
# A cell reading only a total-row word is the known bug below, kept out of the round trip here.
TOTAL_WORDS = {"cong", "tong", "tong cong", "tong so"}
PHRASE = st.lists(WORDS, min_size=1, max_size=5).map(" ".join).filter(lambda s: fold(s) not in TOTAL_WORDS)
OPTIONAL_PHRASE = st.none() | PHRASE
MONEY = st.none() | st.integers(0, 10**11).map(lambda cents: cents / 100)


@st.composite
def enterprise_fields(draw, communes: list[str], sectors: list[str]):
    kind = draw(st.sampled_from(ENTERPRISE_KINDS))
    body = draw(digits(9).filter(lambda b: b[2:9] != "0000000" and mst.calc_check_digit(b) != "10"))
    code = body + mst.calc_check_digit(body)
    if draw(st.booleans()):
        code += "-" + draw(st.integers(1, 999).map(lambda n: f"{n:03d}"))
    return {
        "tax_code": code,
        "name": draw(PHRASE),
        "kind": enterprises.kind_label(kind),
        "commune_code": draw(st.none() | st.sampled_from(communes)),
        "sector_code": draw(st.none() | st.sampled_from(sectors)),
        "address": draw(OPTIONAL_PHRASE),
        "representative": draw(OPTIONAL_PHRASE),
        "phone": draw(st.none() | digits(10)),
        "email": draw(st.none() | st.from_regex(r"[a-z][a-z0-9._]{0,8}@[a-z]{1,8}\.vn", fullmatch=True)),
        "founded_year": draw(st.none() | st.integers(1900, 2025)),
        "association": draw(OPTIONAL_PHRASE),
        "employees": draw(st.none() | st.integers(0, 5000)),
        "revenue": draw(MONEY),
        "capital": draw(MONEY),
        "note": draw(OPTIONAL_PHRASE),
    }


def snapshot(session) -> dict[str, dict]:
    session.expire_all()
    return {e.uuid: {f: getattr(e, f) for f in COMPARED} for e in session.scalars(select(Enterprise))}


@pytest.mark.db
@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_exporting_the_register_and_importing_it_back_changes_nothing(session, tmp_path, data):
    communes = session.scalars(select(AdminUnit.code).where(AdminUnit.level == "commune", AdminUnit.province_code == "51")
                               .order_by(AdminUnit.code).limit(30)).all()
    sectors = session.scalars(select(Sector.code).order_by(Sector.code).limit(30)).all()
    rows = data.draw(st.lists(enterprise_fields(communes, sectors), min_size=1, max_size=6,
                              unique_by=lambda f: f["tax_code"][:10]), label="enterprises")
    try:
        for fields in rows:
            enterprises.create(session, fields)
        session.flush()
        before = snapshot(session)
        path = tmp_path / "so.xlsx"
        assert register_export.export_enterprises(session, path) == len(rows)
        result = importer.import_file(session, path, backup=False)
        assert (result.created, result.updated, result.unchanged) == (0, 0, len(rows))
        assert result.rejected == [] and result.merged_duplicate_rows == []
        assert snapshot(session) == before
    finally:
        session.rollback()


@pytest.mark.db
def test_an_enterprise_whose_name_reads_like_a_total_row_survives_the_round_trip(session, tmp_path):
    """Found by the property above with any text as names: the rows from "Cộng" down are dropped."""
    for code, name in zip(["0100233505", "0100233512", "0312687074"], ["Công ty An Bình", "Cộng", "Xí nghiệp Zô"]):
        enterprises.create(session, {"tax_code": code, "name": name})
    session.flush()
    path = tmp_path / "so.xlsx"
    assert register_export.export_enterprises(session, path) == 3
    result = importer.import_file(session, path, backup=False)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)


# --- where the data of a lượt or measurement sheet ends -------------------------------------------

TOTAL_LIKE = st.sampled_from(["Cộng", "Tổng", "TỔNG CỘNG", "Tổng số:", "Người lập biểu",
                              "Quảng Ngãi, ngày 05 tháng 01 năm 2025"])
ANY_CELL = st.one_of(st.none(), st.just(""), PHRASE, TOTAL_LIKE, st.floats(0, 1e6, allow_nan=False))


@settings(max_examples=200)
@given(st.lists(st.tuples(TEN, ANY_CELL, ANY_CELL, ANY_CELL), min_size=1, max_size=12))
def test_rows_that_carry_a_tax_code_are_all_data_whatever_their_other_cells_say(rows):
    """A measurement or lượt sheet ends at a totals line (first filled cell "Tổng"/"Cộng", no tax
    code) or a signature line — never at a row holding a tax code, whatever its name or note reads."""
    from nsdesk.services.pilots.importing.rows import data_rows

    sheet = [[code, name, "workers", note, extra] for code, name, note, extra in rows]
    assert [r for r, _row in data_rows([list(r) for r in sheet], 1, [], tax_col=0)] == list(range(1, len(sheet) + 1))
    ended = [*sheet, ["Tổng cộng", None, None, None, 3.0], [rows[0][0], "dưới dòng tổng", "workers", None, None]]
    assert [r for r, _row in data_rows([list(r) for r in ended], 1, [], tax_col=0)] == list(range(1, len(sheet) + 1))
    # the register's whole-sheet rule agrees
    from nsdesk.services.register.importing.columns import find_data_end

    assert find_data_end([["MST"], *sheet], 1, tax_col=0) == len(sheet) + 1
    assert find_data_end([["MST"], *ended], 1, tax_col=0) == len(sheet) + 1
