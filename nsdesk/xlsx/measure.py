"""Estimates of how much room text and numbers take in a cell, from the body font's metrics.

Neither Excel nor LibreOffice re-measures the rows or columns of a file it opens, so the writer sets
row heights (lines of wrapped text) and column widths (the widest number) itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

# Widths of the body font (Times New Roman 10 pt at 96 dpi) in pixels: a letter 6.3, a wide one (a
# capital, Vietnamese ones included, or m/w) 3.5 more, a space 3.4, a digit 6.7. Checked against the
# font's real advances (Liberation Serif, same metrics) over the demo's names, addresses, people and
# associations at 11 pt in 12 column widths: with text_pixels' margin the estimate never gave fewer
# lines than the text needs (a cut line); it gave one too many for 16% of the cells.
_LETTER_PX = 6.3
_WIDE_PX = 3.5
_SPACE_PX = 3.4
_DIGIT_PX = 6.7
# str.translate table that follows each wide letter with a marker: the text's length grows by its
# number of wide letters. A list indexed by code point is C-speed; later code points stay as they are.
_MARK_WIDE = [chr(i) + "\x01" if chr(i).isupper() or chr(i) in "mw" else i for i in range(0x1F00)]
_CACHE_SIZE = 2048  # line counts kept per column: kinds, communes, size classes repeat a lot


def text_pixels(width: float, font_size: float = 10) -> float:
    """Room for text in a column ``width`` characters wide, in pixels of 10 pt text.

    Excel: 7 px a digit of the default font plus 5 px padding, of which ~3 px a side stay empty; 3% is
    kept free for glyph widths rounded to whole pixels on screen. Text in ``font_size`` pt is that
    much wider than 10 pt text, so it gets proportionally less room.
    """
    return (int(width * 7 + 0.5) + 5 - 6) * 0.97 * 10 / font_size


def line_count(text: str, pixels: float) -> int:
    """Lines that ``text`` takes when wrapped at spaces (a longer word is broken) within ``pixels``.

    Runs for every wrapped cell of the export, so the common answers (one line, two lines) come from
    whole-text measures; only texts that may need three lines or more are wrapped word by word.
    """
    n = len(text)
    if n * (_LETTER_PX + _WIDE_PX) <= pixels or (n * _DIGIT_PX <= pixels and text.isdigit()):
        return 1
    marked = text.translate(_MARK_WIDE)
    spaces = text.count(" ")
    total = (n - spaces) * _LETTER_PX + (len(marked) - n) * _WIDE_PX + spaces * _SPACE_PX
    if total <= pixels:
        return 1
    marked_words = marked.split()
    # A word of a letters, w of them wide, is a·L + w·WIDE ≤ (a + w)·L wide: its marked length × L.
    longest = max(map(len, marked_words)) * _LETTER_PX
    # The first line leaves out less than the word that starts the second, so the second line holds
    # the rest when the text plus its longest word fits in two lines (most names and addresses).
    if longest <= pixels and total + longest <= 2 * pixels:
        return 2
    lines, used = 1, -1.0
    for a, b in zip(map(len, text.split()), map(len, marked_words)):
        size = a * _LETTER_PX + (b - a) * _WIDE_PX
        if used >= 0 and used + _SPACE_PX + size <= pixels:
            used += _SPACE_PX + size
            continue
        if used >= 0:
            lines += 1
        while size > pixels:  # a word longer than the line is broken
            lines += 1
            size -= pixels
        used = size
    return lines


def row_lines(row: Sequence[object], wrap: list[list[Any]]) -> int:
    """The most lines any wrapped cell of ``row`` takes; ``wrap`` holds [column, text pixels, cache].

    A column's cache is dropped (set to None) once it holds _CACHE_SIZE different values: its values
    hardly repeat (names, addresses), so looking them up would only add work.
    """
    lines = 1
    for entry in wrap:
        c, pixels, cache = entry
        value = row[c]
        if value.__class__ is str and value:
            if cache is None:
                count = line_count(value, pixels)
            else:
                count = cache.get(value)
                if count is None:
                    count = cache[value] = line_count(value, pixels)
                    if len(cache) >= _CACHE_SIZE:
                        entry[2] = None
            if count > lines:
                lines = count
    return lines


def number_width(value: float | str | None, decimals: bool, font_size: float) -> int:
    """Columns (Excel characters) that show ``value`` as its number format does (grouped, "_)" gap).

    Grouped numbers that do not fit their column print as "####", so the widest value sets the width.
    """
    value = float(value or 0)
    text = f"{value:,.3f}".rstrip("0") if decimals else f"{value:,.0f}"
    if text.endswith("."):
        text += "0"
    narrow = sum(ch in ",.-" for ch in text)
    pixels = ((len(text) - narrow) * _DIGIT_PX + narrow * _SPACE_PX + 4.5) * font_size / 10 + 6  # "_)": 4.5
    return math.ceil((pixels - 5) / 7)


def digits_width(digits: int, font_size: float) -> int:
    """Columns (Excel characters) for ``digits`` digits in ``font_size`` pt, cell padding included."""
    return math.ceil((digits * _DIGIT_PX * font_size / 10 + 6 - 5) / 7)
