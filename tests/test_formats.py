"""The one Vietnamese number and date format, as a reader sees it everywhere."""

from __future__ import annotations

from datetime import date

from nsdesk.services.common import formats


def test_numbers_read_with_a_decimal_comma_and_dotted_thousands():
    assert formats.number(1234.5) == "1.234,5"
    assert formats.number(7.0) == "7"
    assert formats.number(12000) == "12.000"
    assert formats.number(-1234567.891) == "-1.234.567,89"
    assert formats.number(0.125, 1) == "0,1"
    assert formats.number(1234.6, 0) == "1.235"
    assert formats.number(1230.4, 0) == "1.230"
    assert formats.number(3.14159, 3) == "3,142"


def test_a_missing_number_reads_as_a_dash_or_as_asked():
    assert formats.number(None) == "—"
    assert formats.number(None, empty="") == ""


def test_dates_read_day_month_year():
    assert formats.day(date(2025, 3, 7)) == "07/03/2025"
    assert formats.day(None) == ""
