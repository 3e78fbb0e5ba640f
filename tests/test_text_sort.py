"""Vietnamese alphabetical order: Đ after D, the alphabet's own letters, tones in dictionary order."""

from __future__ import annotations

import random
import unicodedata

import pytest

from nsdesk.services.common.text import sort_key

IN_ORDER = [
    "An Giang", "Ăn Thủy", "Ấp Bắc", "ba", "bà", "bả", "bã", "bá", "bạ", "Bắc Ninh", "Bến Tre", "Cà Mau",
    "Dương Nội", "Đắk Lắk", "Điện Biên", "Hà Nội", "Hải Phòng", "Ô Môn", "Ơn Thủy", "Phường 2", "Phường 10",
    "Tây Ninh", "Tuyên Quang", "Uông Bí", "Ứng Hòa", "Vũng Tàu", "Xuân Đỉnh",
]


def test_vietnamese_names_sort_as_in_a_dictionary():
    shuffled = IN_ORDER[:]
    random.Random(14).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == IN_ORDER


def test_decomposed_and_composed_text_sort_together_and_case_decides_last():
    assert sort_key(unicodedata.normalize("NFD", "Đắk Lắk")) == sort_key("Đắk Lắk")
    assert sorted(["đà", "Đà", "da"], key=sort_key) == ["da", "đà", "Đà"]
    assert sort_key(None) == sort_key("")


@pytest.mark.db
def test_communes_and_provinces_come_in_vietnamese_order(session):
    from nsdesk.services.common import admin_units

    names = [admin_units.without_prefix(u.name) for u in admin_units.communes(session, "51")]
    assert any(n.startswith("Đ") for n in names) and any(n.startswith("D") for n in names)
    assert names == sorted(names, key=sort_key)
    last_d = max(i for i, n in enumerate(names) if n.startswith("D"))
    first_dd = min(i for i, n in enumerate(names) if n.startswith("Đ"))
    assert last_d < first_dd
    assert all(not n.startswith(("D", "A", "B", "C")) for n in names[first_dd:])
    provinces = [admin_units.without_prefix(u.name) for u in admin_units.provinces(session)]
    assert provinces.index("Tây Ninh") < provinces.index("Tuyên Quang")
