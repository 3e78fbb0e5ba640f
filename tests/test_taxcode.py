"""Tax codes and household personal IDs as people and Excel write them."""

from __future__ import annotations

import random

import pytest
from stdnum.vn import mst

from nsdesk.services.register import taxcode


@pytest.mark.parametrize("written", [
    "0100233488", "0100 233 488", "0100\u00a0233\u00a0488", "01.00.233.488", "0100-233-488", " 0100233488 ",
    100233488, 100233488.0, "100233488",
])
def test_every_way_of_writing_one_code_gives_the_same_text(written):
    assert taxcode.normalize(written).code == "0100233488"


def test_nine_digits_are_padded_only_when_the_padded_code_passes_the_check_digit():
    assert taxcode.normalize(100233488.0).code == "0100233488"
    bad = taxcode.normalize(100233489.0)  # 0100233489 fails the check digit
    assert bad.code is None and "chữ số kiểm tra" in bad.error


@pytest.mark.parametrize("written", [
    "0312687878-001", "0312687878 001", "0312687878001", "0312.687.878 - 001", "0312 68 78 78 - 001", 312687878001.0,
])
def test_branch_codes_are_stored_with_a_dash_however_written(written):
    result = taxcode.normalize(written)
    assert result.code == "0312687878-001" and result.kind == "branch"
    assert result.parent == "0312687878"


def test_branch_suffix_000_is_not_a_branch():
    assert taxcode.normalize("0312687878-000").code is None


def test_personal_id_only_for_household_businesses():
    assert taxcode.normalize("001085001234", household=True).code == "001085001234"
    assert taxcode.normalize(1085001235.0, household=True).code == "001085001235"  # Excel dropped "00"
    refused = taxcode.normalize("001085001234")
    assert refused.code is None and "hộ kinh doanh" in refused.error
    # first three digits must be a province code 001–096
    assert taxcode.normalize("097085001234", household=True).code is None
    assert taxcode.normalize("000085001234", household=True).code is None


@pytest.mark.parametrize("written", ["", "   ", None, "abc", "0100233480", "12345", "01002334881234"])
def test_invalid_codes_say_what_is_wrong(written):
    result = taxcode.normalize(written)
    assert result.code is None and result.error


def test_fast_check_agrees_with_stdnum_on_many_codes():
    rng = random.Random(36)
    for _ in range(20000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((10, 13))))
        assert (taxcode.normalize(digits).code is not None) == mst.is_valid(digits), digits


def test_parent_code():
    assert taxcode.parent_code("0312687878-001") == "0312687878"
    assert taxcode.parent_code("0312687878") == "0312687878"
    assert taxcode.parent_code("001085001234") is None


def test_a_short_branch_suffix_is_named_as_the_problem():
    for household in (False, True):
        result = taxcode.normalize("0100109106-01", household=household)
        assert result.code is None
        assert "phần mã chi nhánh gồm ba chữ số" in result.error and "0100109106-001" in result.error
        assert "định danh" not in result.error
