"""The CLI's JSON on a fixed demo database is exactly what the code gave before the house was
rearranged: moving rules into one place changed no figure a caller sees."""

from __future__ import annotations

import pytest
from golden.cli_outputs import FIXTURES, collect

NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    return collect(tmp_path_factory.mktemp("golden"))


def test_every_recorded_output_is_produced(outputs):
    assert len(NAMES) >= 15
    assert sorted(outputs) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_output_is_byte_identical(outputs, name):
    expected = (FIXTURES / f"{name}.json").read_text(encoding="utf-8")
    assert outputs[name] == expected
