"""One fold: the importer's fast path gives exactly what search and matching compare, for every input."""

from __future__ import annotations

import unicodedata

import pytest

from nsdesk.services.common.text import clean, fold, fold_cleaned


def reference_fold(value: object) -> str:
    """The rule as written down: clean, đ → d, decompose, drop combining marks, lower case."""
    text = clean(value).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


TRICKY = [
    "Công ty TNHH Thương mại Đại Phát", "ĐẮK LẮK", "đăk cấm", "Đ", "đ", "Ð ð",  # Đ vs Icelandic eth
    unicodedata.normalize("NFD", "Hợp tác xã Nông nghiệp Tân Tiến"),  # decomposed input
    "Ho\u0323\u0302 kinh doanh",  # marks in the non-canonical order
    "a\u0301\u0323", "x\u0323\u0301", "\u0301leading mark", "Ệ", "e\u0302\u0323",
    "İstanbul", "ıi", "Straße", "ÆØÅ æøå", "ﬁle", "Ǆ ǅ ǆ", "Ω Ω ℃ ™", "Ⅻ", "①",
    "  Phường\u00a0\u202fĐăk   Cấm \t", "Quảng\nNgãi", "", "   ",
    "0100233488-001", "Công ty CP 123/4A (chi nhánh)", "東京 Hà Nội", "Ѐ Й й", "Ἀθῆναι", "한국 기업",
    "😀 Đức", "Ǻ ǻ Ǿ ǿ", "Ḁ ḁ ẞ ẚ", "ơư ƠƯ", "Ⱥ ȼ", "ǅ", "K", "ǰ", "ΐ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fold_and_the_fast_path_agree_with_the_rule_on_tricky_strings(text):
    expected = reference_fold(text)
    assert fold(text) == expected
    assert fold_cleaned(clean(text)) == expected
    assert fold(unicodedata.normalize("NFD", text)) == expected
    assert fold(unicodedata.normalize("NFC", text)) == expected


def test_vietnamese_words_fold_as_a_reader_expects():
    assert fold("  Công ty TNHH Đại Phát ") == "cong ty tnhh dai phat"
    assert fold("ĐẮK LẮK") == fold("đắk lắk") == "dak lak"
    assert fold(unicodedata.normalize("NFD", "Nguyễn Thị Hằng")) == "nguyen thi hang"
    assert fold(None) == ""


def test_every_bmp_character_alone_and_after_a_vietnamese_letter_folds_by_the_rule():
    mismatched = []
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        for text in (chr(cp), "Đẹ" + chr(cp) + "A"):
            if fold(text) != reference_fold(text):
                mismatched.append(hex(cp))
                break
    assert mismatched == []
